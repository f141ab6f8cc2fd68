import { Neo4jGraphQL } from '@neo4j/graphql';
import type { GraphQLSchema } from 'graphql';
import type { Driver } from 'neo4j-driver';
import { buildResolvers } from './resolvers/index.js';
import { loadTypeDefs } from './type-defs.js';

/** Builds the executable schema and fails fast if Neo4j is too old or APOC is missing. */
export async function buildSchema(driver: Driver): Promise<GraphQLSchema> {
  const neoSchema = new Neo4jGraphQL({ typeDefs: loadTypeDefs(), resolvers: buildResolvers(driver), driver });
  await neoSchema.checkNeo4jCompat();
  const schema = await neoSchema.getSchema();
  await neoSchema.assertIndexesAndConstraints();
  return schema;
}
