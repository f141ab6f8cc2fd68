import type { Driver } from 'neo4j-driver';
import { badUserInput } from '../../errors.js';
import { readAffiliationProvenance, readTieProvenance } from '../../provenance/read-provenance.js';
import { readSourceDocument } from '../../provenance/source-text.js';

/** Thin resolvers over server/src/provenance: check the arguments, read, return. */
export function provenanceResolvers(driver: Driver) {
  return {
    Query: {
      tieSources: async (_root: unknown, args: { a: string; b: string }) => {
        if (args.a === args.b)
          throw badUserInput('b', 'A tie needs two different institutions: "a" and "b" are equal.');
        const tie = await readTieProvenance(driver, args.a, args.b);
        if (!tie.ok) throw badUserInput(tie.missing, `No institution has the id "${args[tie.missing]}".`);
        return tie.affiliations;
      },
      affiliationSources: (_root: unknown, args: { id: string }) =>
        readAffiliationProvenance(driver, args.id),
      // Only by the Source's own file, inside the sources folder (source-text.ts).
      sourceText: (_root: unknown, args: { id: string }) => readSourceDocument(driver, args.id),
    },
  };
}
