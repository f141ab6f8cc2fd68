import { randomBytes } from 'node:crypto';
import { Neo4jGraphQL } from '@neo4j/graphql';
import type { GraphQLSchema } from 'graphql';
import type { Driver } from 'neo4j-driver';
import { readAccessTypeDefs } from '../auth/read-access.js';
import { DEFAULT_NETWORK_LIMITS, type NetworkLimits } from '../network/limits.js';
import { customObjectTypes, delegateModelFields } from './model-fields.js';
import { pageLimitTypeDefs } from './page-limits.js';
import { dropGeneratedResolvers } from './plain-types.js';
import { buildResolvers } from './resolvers/index.js';
import { loadTypeDefs } from './type-defs.js';
import { guardMutations } from './write-guard/index.js';

export interface SchemaOptions {
  /** Whether anonymous callers may read (ANONYMOUS_READ). */
  anonymousRead?: boolean;
  /** Most items one list or connection returns (PAGE_SIZE_MAX). */
  pageSizeMax?: number;
  /** The key tokens are checked with: the HS256 secret or the JWKS URL. */
  jwtSecret?: string;
  jwksUrl?: string;
  /** How big a network one answer or analysis may take on (NETWORK_MAX_TIES, BETWEENNESS_MAX_WORK). */
  limits?: NetworkLimits;
}

/**
 * The one place the @neo4j/graphql schema is configured: the server (buildSchema) and the SDL
 * printer (sdl/print-sdl.ts, which needs no database) share it, so the web app's generated types
 * describe exactly what the server answers.
 */
export function createNeoSchema(driver: Driver, options: SchemaOptions = {}): Neo4jGraphQL {
  const model = loadTypeDefs();
  const typeDefs = [
    model,
    pageLimitTypeDefs(model, options.pageSizeMax ?? 1000),
    readAccessTypeDefs(options.anonymousRead ?? true),
  ].join('\n');
  return new Neo4jGraphQL({
    typeDefs,
    resolvers: buildResolvers(driver, options.limits ?? DEFAULT_NETWORK_LIMITS),
    driver,
    features: {
      // The HTTP layer verifies tokens itself and hands @neo4j/graphql the verified claims as
      // context.jwt; the key is given too, so a raw context.token would be checked the same way.
      // Without a configured key a random one makes sure no token verifies.
      authorization: {
        key: options.jwksUrl
          ? { url: options.jwksUrl }
          : (options.jwtSecret ?? randomBytes(32).toString('hex')),
      },
    },
  });
}

/** Root query fields answered by splot's own resolvers. */
function customQueryFields(driver: Driver, options: SchemaOptions): string[] {
  return Object.keys(buildResolvers(driver, options.limits ?? DEFAULT_NETWORK_LIMITS).Query ?? {});
}

/** Builds the executable schema and fails fast if Neo4j is too old or APOC is missing. */
export async function buildSchema(driver: Driver, options: SchemaOptions = {}): Promise<GraphQLSchema> {
  const neoSchema = createNeoSchema(driver, options);
  await neoSchema.checkNeo4jCompat();
  // Who may write what, and the shared input rules (domain/rules), guard every generated write.
  const schema = dropGeneratedResolvers(guardMutations(await neoSchema.getSchema(), driver));
  // Custom answers that hold a model (a network's Area…) resolve all of its fields as the
  // generated queries do.
  delegateModelFields(schema, customObjectTypes(loadTypeDefs()), customQueryFields(driver, options));
  await neoSchema.assertIndexesAndConstraints();
  return schema;
}
