import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import type { GraphQLSchema } from 'graphql';
import type { Driver } from 'neo4j-driver';
import { readGatePlugin } from '../auth/read-access.js';
import { classifyError, formatClientError, formatWithoutHints } from '../client-errors.js';
import { httpStatusOf } from '../errors.js';
import type { SplotContext } from '../graphql/context.js';
import { answerSizePlugin } from './answer-size.js';
import { compiledExecutionGateway } from './compiled-execution.js';
import { armorProtection, operationBoundsPlugin, type QueryLimits } from './limits.js';
import { type ReadCacheStats, readCachePlugin } from './read-cache.js';
import { stringifyOnce } from './stringify-once.js';

export interface GraphQLServerOptions {
  schema: GraphQLSchema;
  /** Mutation requests run in one transaction of this driver (all root fields or none). */
  driver?: Driver;
  limits: QueryLimits;
  anonymousRead: boolean;
  introspection: boolean;
  landingPage: boolean;
  /** How long anonymous answers are reused (READ_CACHE_MS; 0: never), and how many bytes of them. */
  readCacheMs: number;
  readCacheMaxBytes: number;
  /** Largest answer sent (ANSWER_MAX_MB), in bytes of JSON. */
  answerMaxBytes: number;
}

/**
 * Logs each error once, with the request's id: the server's own faults with their stack, the
 * rest as one line. Clients get the classified code and message (formatClientError), the
 * request id to quote, and HTTP 503 when the database is away, so load balancers see it too.
 */
const errorPlugin: ApolloServerPlugin<SplotContext> = {
  async requestDidStart() {
    return {
      async didEncounterErrors({ errors, contextValue }) {
        for (const error of errors) {
          const client = classifyError(error);
          if (client.serverFault) contextValue.log.error({ err: error }, 'GraphQL request failed');
          else if (client.code === 'DATABASE_UNAVAILABLE')
            contextValue.log.warn({ reason: error.message }, 'database unavailable');
          else
            contextValue.log.info({ code: client.code, reason: client.message }, 'GraphQL request refused');
        }
      },
      async willSendResponse({ response, contextValue }) {
        if (response.body.kind !== 'single') return;
        const result = response.body.singleResult;
        // A rule may report the same refusal once per offending node (e.g. per directive).
        const seen = new Set<string>();
        const errors = (result.errors ?? []).filter((e) => {
          const key = `${String(e.extensions?.code)}\u0000${e.message}\u0000${JSON.stringify(e.path ?? null)}`;
          if (seen.has(key)) return false;
          seen.add(key);
          return true;
        });
        if (result.errors) result.errors = errors;
        for (const error of errors) {
          if (error.extensions) error.extensions.requestId = contextValue.requestId;
        }
        if (errors.some((e) => e.extensions?.code === 'DATABASE_UNAVAILABLE')) {
          response.http.status = httpStatusOf.DATABASE_UNAVAILABLE;
          response.http.headers.set('retry-after', '5');
        }
      },
    };
  },
};

// Root fields whose resolvers return large plain data (networks of up to ~150,000 edges): their
// queries are compiled with graphql-jit (compiled-execution.ts).
const COMPILED_FIELDS: ReadonlySet<string> = new Set(['areaNetwork', 'egoNetwork']);

export function createGraphQLServer(options: GraphQLServerOptions): {
  apollo: ApolloServer<SplotContext>;
  readCache: () => ReadCacheStats;
} {
  const armor = armorProtection(options.limits);
  const text = stringifyOnce();
  const readCache = readCachePlugin({
    ttlMs: options.readCacheMs,
    maxBytes: options.readCacheMaxBytes,
    sizeOf: text.bytes,
  });
  const apollo = new ApolloServer<SplotContext>({
    gateway: compiledExecutionGateway(options.schema, COMPILED_FIELDS, options.driver),
    introspection: options.introspection,
    includeStacktraceInErrorResponses: false,
    // main.ts owns the process signals and stops everything in order.
    stopOnTerminationSignals: false,
    parseOptions: { maxTokens: options.limits.maxTokens },
    validationRules: armor.validationRules,
    formatError: options.limits.blockFieldSuggestions ? formatWithoutHints : formatClientError,
    // A cached answer is serialised once, not on every hit.
    stringifyResult: text,
    plugins: [
      ...(armor.plugins as ApolloServerPlugin<SplotContext>[]),
      operationBoundsPlugin(options.limits) as ApolloServerPlugin<SplotContext>,
      readGatePlugin(options.anonymousRead),
      errorPlugin,
      // No @cacheControl hints are used; the built-in plugin would still run a hook on every
      // resolved field (a few per cent of a 5,000-edge areaNetwork in a CPU profile).
      ApolloServerPluginCacheControlDisabled(),
      // Before the cache: an answer refused for its size is not kept.
      answerSizePlugin(options.answerMaxBytes, text),
      readCache,
      ...(options.landingPage ? [] : [ApolloServerPluginLandingPageDisabled()]),
    ],
  });
  return { apollo, readCache: readCache.stats };
}
