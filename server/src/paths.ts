import { fileURLToPath } from 'node:url';

const at = (relative: string) => fileURLToPath(new URL(relative, import.meta.url));

// Repository folders, resolved from this file so commands work from any working directory.
export const paths = {
  repoRoot: at('../../'),
  cypher: at('../../cypher/'),
  seed: at('../../cypher/seed/'),
  graphql: at('./graphql/'),
  webDist: at('../../web/dist/'),
};
export const cypherDir = paths.cypher;
export const graphqlDir = paths.graphql;
export const webDistDir = paths.webDist;
