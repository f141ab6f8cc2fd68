import { createHash } from 'node:crypto';
import { type ApolloServerPlugin, type GraphQLResponse, HeaderMap } from '@apollo/server';
import type { SplotContext } from './context.js';

type Result = Extract<GraphQLResponse['body'], { kind: 'single' }>['singleResult'];

export interface ReadCacheOptions {
  /** How long an answer is reused (ms); 0 turns the cache off. */
  ttlMs: number;
  /** Most answers kept; the oldest go first. */
  maxEntries?: number;
}

/**
 * Anonymous reads are the same for everybody: the public explorer asks the same few questions
 * (an area's network, the area list) over and over. This plugin answers a repeated anonymous
 * query from memory for `ttlMs`, and lets concurrent identical queries share one execution.
 *
 * - Only anonymous queries: a token may change the answer (`editable`), so signed-in callers
 *   always reach the database.
 * - Only complete answers (no errors) are kept. When one expires, the next request refreshes it
 *   while the ones arriving meanwhile still get the old answer (for at most another `ttlMs`).
 * - Any successful mutation through this server empties the cache at once, so its own writes
 *   show immediately; writes that bypass it (imports, another server) show within `ttlMs`.
 */
export function readCachePlugin({
  ttlMs,
  maxEntries = 1000,
}: ReadCacheOptions): ApolloServerPlugin<SplotContext> {
  const answers = new Map<string, { result: Result; until: number }>();
  const running = new Map<string, Promise<Result | null>>();
  let generation = 0;

  return {
    async requestDidStart() {
      let key: string | null = null;
      let settle: ((result: Result | null) => void) | null = null;
      return {
        async responseForOperation({ operation, request, contextValue }) {
          if (ttlMs <= 0 || operation.operation !== 'query' || contextValue.principal !== null) return null;
          key = createHash('sha1')
            .update(`${generation}\u0000${request.operationName ?? ''}\u0000${request.query ?? ''}\u0000`)
            .update(JSON.stringify(request.variables ?? {}))
            .digest('base64');
          const kept = answers.get(key);
          const now = Date.now();
          if (kept && kept.until > now) return cached(kept.result);
          const shared = running.get(key);
          // Just expired and already being refreshed by another request: the old answer will do.
          if (kept && shared && kept.until + ttlMs > now) return cached(kept.result);
          if (shared) {
            const result = await Promise.race([shared, wait(WAIT_AT_MOST_MS)]);
            if (result) return cached(result);
            return null; // the first one failed: run it ourselves
          }
          running.set(key, new Promise((resolve) => (settle = resolve)));
          return null;
        },
        async willSendResponse({ response, operation }) {
          if (operation?.operation === 'mutation' && response.body.kind === 'single') {
            if (!response.body.singleResult.errors) {
              generation += 1;
              answers.clear();
            }
            return;
          }
          if (!settle || !key) return;
          const result =
            response.body.kind === 'single' && !response.body.singleResult.errors && !response.http.status
              ? response.body.singleResult
              : null;
          if (result) {
            if (answers.size >= maxEntries) answers.delete(answers.keys().next().value as string);
            answers.set(key, { result, until: Date.now() + ttlMs });
          }
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
