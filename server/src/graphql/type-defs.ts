import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { graphqlDir } from '../paths.js';
import { domainEnumsSdl } from './domain-enums.js';

/** All GraphQL type definitions: every .graphql file in this folder, in name order, and the domain's enums. */
export function loadTypeDefs(): string {
  return readdirSync(graphqlDir)
    .filter((f) => f.endsWith('.graphql'))
    .sort()
    .map((f) => readFileSync(join(graphqlDir, f), 'utf8'))
    .concat(domainEnumsSdl())
    .join('\n');
}
