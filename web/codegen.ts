import type { CodegenConfig } from '@graphql-codegen/cli';

// Typed operations from the server's own schema: `pnpm --filter @splot/web codegen` first writes
// the SDL snapshot from server/src/graphql (no database), then generates one TypeScript module
// from the operations in src/api/operations/*.graphql. Both outputs are committed.
const config: CodegenConfig = {
  schema: '../server/schema.generated.graphql',
  documents: ['src/api/operations/*.graphql'],
  generates: {
    'src/api/operations.generated.ts': {
      plugins: ['typescript-operations', 'typed-document-node'],
      config: {
        documentMode: 'string',
        useTypeImports: true,
        enumsAsTypes: true,
        avoidOptionals: { field: true, inputValue: false, object: true, defaultValue: false },
        scalars: {
          ID: 'string',
          Date: 'string',
          DateTime: 'string',
          BigInt: 'string',
          IntList: 'number[]',
          StringList: 'string[]',
        },
        skipTypename: true,
        dedupeFragments: true,
      },
    },
  },
};

export default config;
