import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Splot } from '../../server/src/startup.js';
import { startTestApi } from '../helpers/api.js';
import { authHeader } from '../helpers/tokens.js';

// Per-client rate limits on /graphql, /export and /import (issue 14, item 3): a burst beyond the
// limit answers 429 RATE_LIMITED with Retry-After and a GraphQL-shaped body, while other
// clients — another address, another signed-in subject — go on unaffected. The second address
// is 127.0.0.2, which the loopback interface also answers for.

let api: Splot;

beforeAll(async () => {
  api = await startTestApi({
    GRAPHQL_RATE_LIMIT: '5',
    EXPORT_RATE_LIMIT: '2',
    IMPORT_RATE_LIMIT: '2',
    RATE_LIMIT_WINDOW_MS: '60000',
  });
});

afterAll(async () => {
  await api?.stop();
});

interface Answer {
  status: number;
  retryAfter: string | undefined;
  body: {
    errors?: Array<{ message: string; extensions?: { code?: string; retryAfterSeconds?: number } }>;
    data?: unknown;
  };
}

/** One request from a chosen local address (the client), with node:http so it can be chosen. */
function call(
  method: 'GET' | 'POST',
  path: string,
  {
    from = '127.0.0.1',
    headers = {},
    body = '',
  }: { from?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<Answer> {
  const { port } = new URL(api.url);
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port, path, method, localAddress: from, headers, agent: false },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => {
          text += chunk;
        });
        res.on('end', () => {
          const retry = res.headers['retry-after'];
          resolve({
            status: res.statusCode ?? 0,
            retryAfter: Array.isArray(retry) ? retry[0] : retry,
            body: text.startsWith('{') ? JSON.parse(text) : {},
          });
        });
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

const graphql = (from: string, headers: Record<string, string> = {}) =>
  call('POST', '/graphql', {
    from,
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query: '{ __typename }' }),
  });

const expectRateLimited = (a: Answer) => {
  expect(a.status).toBe(429);
  expect(Number(a.retryAfter)).toBeGreaterThan(0);
  expect(Number(a.retryAfter)).toBeLessThanOrEqual(60);
  expect(a.body.errors).toHaveLength(1);
  expect(a.body.errors?.[0]?.extensions).toMatchObject({
    code: 'RATE_LIMITED',
    retryAfterSeconds: Number(a.retryAfter),
  });
  expect(a.body.errors?.[0]?.message).toMatch(/^Too many .+ Try again in \d+ s\.$/);
};

describe('per-client rate limits', () => {
  it('answers a /graphql burst beyond the limit with 429 RATE_LIMITED; other clients are unaffected', async () => {
    const burst = await Promise.all(Array.from({ length: 9 }, () => graphql('127.0.0.1')));
    const statuses = burst.map((a) => a.status).sort();
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429, 429, 429, 429]);
    for (const a of burst.filter((b) => b.status === 200))
      expect(a.body.data).toEqual({ __typename: 'Query' });
    for (const a of burst.filter((b) => b.status === 429)) expectRateLimited(a);

    // Another address is another client.
    const other = await graphql('127.0.0.2');
    expect(other.status).toBe(200);
    expect(other.body.data).toEqual({ __typename: 'Query' });
    // A signed-in caller is counted by its subject, even from the address that is over its limit.
    const viewer = await authHeader('viewer');
    for (let i = 0; i < 5; i++) expect((await graphql('127.0.0.1', viewer)).status).toBe(200);
    expectRateLimited(await graphql('127.0.0.1', viewer));
    // …and the editor beside it still has a budget of its own.
    expect((await graphql('127.0.0.1', await authHeader('editor', ['26']))).status).toBe(200);
  });

  it('limits /export and /import per client too', async () => {
    // An unknown format is refused after the limiter counted it: no export process is started.
    const exports = [];
    for (let i = 0; i < 3; i++)
      exports.push(await call('GET', '/export/network.nothing?area=26', { from: '127.0.0.3' }));
    expect(exports.map((a) => a.status)).toEqual([400, 400, 429]);
    expectRateLimited(exports[2] as Answer);
    expect((await call('GET', '/export/network.nothing?area=26', { from: '127.0.0.4' })).status).toBe(400);

    // An empty upload is refused after the limiter counted it: nothing is imported.
    const editor = await authHeader('editor', ['26']);
    const imports = [];
    for (let i = 0; i < 3; i++) imports.push(await call('POST', '/import', { headers: editor }));
    expect(imports.map((a) => a.status)).toEqual([400, 400, 429]);
    expectRateLimited(imports[2] as Answer);
    expect((await call('POST', '/import', { headers: await authHeader('admin') })).status).toBe(400);
  });
});
