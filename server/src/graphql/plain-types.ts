import type { GraphQLSchema } from 'graphql';
import { graphqlRuntime } from './runtime.js';

/**
 * Object types that only splot's own modules fill, with plain JS values (strings, numbers, arrays):
 * the network that areaNetwork and egoNetwork return.
 */
export const PLAIN_TYPES = ['Network', 'NetworkNode', 'NetworkEdge', 'CompactNodes', 'CompactEdges'] as const;

/**
 * @neo4j/graphql gives every field of every type a resolver of its own (alias lookup, Neo4j
 * integer and ID conversion) meant for the records its generated Cypher returns. The plain types'
 * values need none of it, and a network has up to a million such fields: without a resolver
 * graphql-jit reads the property inline (about half the execution time of a large network).
 */
export function dropGeneratedResolvers(schema: GraphQLSchema, typeNames: readonly string[] = PLAIN_TYPES) {
  for (const name of typeNames) {
    const type = schema.getType(name);
    if (!graphqlRuntime.isObjectType(type)) throw new Error(`${name} is not an object type of the schema`);
    for (const field of Object.values(type.getFields())) field.resolve = undefined;
  }
  return schema;
}
