import { createRequire } from 'node:module';

/**
 * The graphql-js instance the schema is built with. @neo4j/graphql and graphql-jit are CommonJS
 * and load graphql's CommonJS build; graphql refuses to execute or inspect a schema from "another
 * module or realm". Node resolves `import 'graphql'` to that same build, but Vite (vitest) picks
 * graphql's index.mjs for our sources, so code that executes or type-checks the schema takes
 * graphql from here.
 */
export const graphqlRuntime = createRequire(import.meta.url)('graphql') as typeof import('graphql');
