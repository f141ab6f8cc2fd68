import { createHash } from 'node:crypto';
import { type ApolloServerPlugin, type GraphQLResponse, HeaderMap } from '@apollo/server';
import { LRUCache } from 'lru-cache';
import type { SplotContext } from '../graphql/context.js';

type Result = Extract<GraphQLResponse['body'], { kind: 'single' }>['singleResult'];

export interface ReadCacheOptions {
  /** How long an answer is reused (ms); 0 turns the cache off. */
  ttlMs: number;
  /** Most bytes of JSON kept, all answers together; the least recently used go first. */
  maxBytes: number;
  /** The size of an answer's JSON in bytes. */
  sizeOf: (result: Result) => number;
}

/** Kept and running answers, for tests and /health. */
export interface ReadCacheStats {
  entries: number;
  bytes: number;
}

/**
 * Anonymous reads are the same for everybody: the public explorer asks the same few questions
 * (an area's network, the area list) over and over. This plugin answers a repeated anonymous
 * query from memory for `ttlMs`, and lets concurrent identical queries share one execution.
 *
 * - Only anonymous queries: a token may change the answer (`editable`), so signed-in callers,
 *   every writer among them, always reach the database and see their own writes at once.
 * - Only complete answers (no errors) are kept, at most `maxBytes` of them (an answer larger than
 *   a quarter of that is not kept at all); expired ones are dropped when they expire.
 * - Writes do not empty the cache: an anonymous answer is at most `ttlMs` old, or 2 × `ttlMs`
 *   while one request refreshes an expired answer and the ones arriving meanwhile still get the
 *   old one. That bound holds for every write alike (GraphQL, imports, another API process), and
 *   reads stay fast under a steady stream of writes.
 */
export function readCachePlugin({
  ttlMs,
  maxBytes,
  sizeOf,
}: ReadCacheOptions): ApolloServerPlugin<SplotContext> & {
  stats(): ReadCacheStats;
} {
  const answers = new LRUCache<string, { result: Result; until: number }>({
    max: 10_000,
    maxSize: Math.max(maxBytes, 1),
    maxEntrySize: Math.max(Math.floor(maxBytes / 4), 1),
    sizeCalculation: (entry) => Math.max(sizeOf(entry.result), 1),
    // Kept through the stale window, then dropped by a timer, not only when next looked up.
    ttl: Math.max(2 * ttlMs, 1),
    ttlAutopurge: true,
  });
  const running = new Map<string, Promise<Result | null>>();

  return {
    stats: () => ({ entries: answers.size, bytes: answers.calculatedSize }),
    async requestDidStart() {
      let key: string | null = null;
      let settle: ((result: Result | null) => void) | null = null;
      return {
        async responseForOperation({ operation, request, contextValue }) {
          if (ttlMs <= 0 || operation?.operation !== 'query' || contextValue.principal !== null) return null;
          key = createHash('sha1')
            .update(`${request.operationName ?? ''}\u0000${request.query ?? ''}\u0000`)
            .update(JSON.stringify(request.variables ?? {}))
            .digest('base64');
          const kept = answers.get(key);
          const now = Date.now();
          if (kept && kept.until > now) return cached(kept.result);
          const shared = running.get(key);
          // Just expired and already being refreshed by another request: the old answer will do.
          if (kept && shared) return cached(kept.result);
          if (shared) {
            const result = await Promise.race([shared, wait(WAIT_AT_MOST_MS)]);
            if (result) return cached(result);
            return null; // the first one failed: run it ourselves
          }
          running.set(key, new Promise((resolve) => (settle = resolve)));
          return null;
        },
        async willSendResponse({ response }) {
          if (!settle || !key) return;
          const result =
            response.body.kind === 'single' && !response.body.singleResult.errors && !response.http.status
              ? response.body.singleResult
              : null;
          if (result) answers.set(key, { result, until: Date.now() + ttlMs });
          running.delete(key);
          (settle as (result: Result | null) => void)(result);
        },
      };
    },
  };
}

/** A caller waiting for an identical running query gives up after this and runs its own. */
const WAIT_AT_MOST_MS = 10_000;

const wait = (ms: number) => new Promise<null>((resolve) => setTimeout(() => resolve(null), ms).unref());

function cached(result: Result): GraphQLResponse {
  return {
    http: { status: undefined, headers: new HeaderMap([['x-splot-cache', 'hit']]) },
    body: { kind: 'single', singleResult: result },
  };
}
