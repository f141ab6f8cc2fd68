import type { Driver } from 'neo4j-driver';
import { inject } from 'vitest';
import { loadConfig } from '../../server/src/config.js';
import { createDriver } from '../../server/src/db/driver.js';
import { type Splot, startSplot } from '../../server/src/startup.js';
import { TEST_JWT_SECRET } from './tokens.js';

/**
 * The whole API on a free port, against the shared test database (no second Neo4j, no seeding).
 * It accepts tokens minted with the test secret (test/helpers/tokens.ts).
 */
export async function startTestApi(env: Record<string, string> = {}): Promise<Splot> {
  return startSplot(
    loadConfig({
      NEO4J_URI: inject('neo4jUri'),
      NEO4J_PASSWORD: inject('neo4jPassword'),
      PORT: '0',
      SEED_DEMO: 'false',
      LOG_LEVEL: 'silent',
      JWT_SECRET: TEST_JWT_SECRET,
      // Tests change data behind the API's back (Cypher): answers are never reused unless asked.
      READ_CACHE_MS: '0',
      // The first run of each generated mutation plans its Cypher, which takes seconds on a busy
      // machine; no test here is about the transaction timeout.
      DB_TX_TIMEOUT_MS: '120000',
      // Every test calls from one address, faster than any person: rate limits only where a test
      // is about them (rate-limit.int.test.ts).
      GRAPHQL_RATE_LIMIT: '0',
      EXPORT_RATE_LIMIT: '0',
      IMPORT_RATE_LIMIT: '0',
      ...env,
    }),
  );
}

/** The shared test database's connection settings, as the API's environment names them. */
export const testDatabaseEnv = (): Record<string, string> => ({
  NEO4J_URI: inject('neo4jUri'),
  NEO4J_PASSWORD: inject('neo4jPassword'),
});

/** A driver on the shared test database, with its credentials. */
export const testDriver = (): Driver =>
  createDriver({ uri: inject('neo4jUri'), password: inject('neo4jPassword') });

export interface GraphQLResponse<T> {
  data?: T;
  errors?: Array<{
    message: string;
    extensions?: { code?: string; argumentName?: string; requestId?: string };
  }>;
}

/** POSTs a GraphQL operation the way the web app does. */
export async function gql<T = Record<string, unknown>>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<GraphQLResponse<T>> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as GraphQLResponse<T>;
}

/** A prefix that makes a test's ids unique, so tests can share one database. */
export function uniquePrefix(name: string): string {
  return `t-${name}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 7)}`;
}

/** Like gql, with the HTTP status and headers (for 401/413/503 and x-request-id). */
export async function gqlHttp<T = Record<string, unknown>>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<{ status: number; headers: Headers; body: GraphQLResponse<T> }> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return { status: res.status, headers: res.headers, body: (await res.json()) as GraphQLResponse<T> };
}
