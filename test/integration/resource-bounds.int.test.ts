import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Splot } from '../../server/src/startup.js';
import { gql, gqlHttp, startTestApi } from '../helpers/api.js';

// Issue 14's probe as an anonymous caller: S3 (answers of 60–181 MB that filled the read cache
// until the heap ran out), S5 (a 5,000-wide OR filter planned for a minute), and the requests
// that answered 500 / INTERNAL instead of 400. Each is refused before the database (the test
// counts the sessions the API's own driver opens), with a 4xx status and a code.

let api: Splot;
let sessions = 0;

beforeAll(async () => {
  // The cache on (the tests of S3 fill it), bounded to 0.25 MB; answers above 20 KB refused
  // (the demo data's ~500 areas make ~27 KB of `teryt name level`).
  api = await startTestApi({ READ_CACHE_MS: '60000', READ_CACHE_MAX_MB: '0.25', ANSWER_MAX_MB: '0.02' });
  const open = api.driver.session.bind(api.driver);
  api.driver.session = ((...args: Parameters<typeof open>) => {
    sessions += 1;
    return open(...args);
  }) as typeof api.driver.session;
});

afterAll(() => api.stop());

interface Raw {
  status: number;
  body: { data?: unknown; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> };
  ms: number;
}

/** POSTs any body (several operations, a chosen operationName…) and times the answer. */
async function post(body: Record<string, unknown>): Promise<Raw> {
  const began = performance.now();
  const res = await fetch(`${api.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as Raw['body'], ms: performance.now() - began };
}

/** Expects a 4xx with `code` and no database session. */
async function expectRefused(body: Record<string, unknown>, status: number, code: string, message?: RegExp) {
  const before = sessions;
  const res = await post(body);
  expect(res.status, JSON.stringify(res.body)).toBe(status);
  expect(res.body.errors?.map((e) => e.extensions?.code)).toEqual([code]);
  if (message) expect(res.body.errors?.[0]?.message).toMatch(message);
  expect(sessions - before).toBe(0);
  return res;
}

const readCache = async () =>
  ((await (await fetch(`${api.url}/health`)).json()) as { readCache: { entries: number; bytes: number } })
    .readCache;

describe('S3: anonymous queries that made 60–181 MB answers', () => {
  it('refuses institutions(limit:1000){ area { institutions(limit:1000){ id name } } } before the database', async () => {
    await expectRefused(
      { query: '{ institutions(limit: 1000) { area { institutions(limit: 1000) { id name } } } }' },
      400,
      'QUERY_TOO_COMPLEX',
      /about \d{7,} items and fields, more than the cost limit of 25000/,
    );
    // The same through variables, and without any limit (both lists then hold up to 1,000).
    await expectRefused(
      {
        query: 'query ($n: Int) { institutions(limit: $n) { area { institutions(limit: $n) { id name } } } }',
        variables: { n: 1000 },
      },
      400,
      'QUERY_TOO_COMPLEX',
    );
    await expectRefused(
      { query: '{ institutions { area { institutions { id name } } } }' },
      400,
      'QUERY_TOO_COMPLEX',
    );
  });

  it('refuses an answer larger than ANSWER_MAX_MB with 400 and keeps it out of the cache', async () => {
    // Within the cost limit (1,000 areas × 4), but over 20 KB of JSON.
    const query = '{ areas(limit: 1000) { teryt name level } }';
    const res = await post({ query });
    expect(res.status).toBe(400);
    expect(res.body.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
    expect(res.body.errors?.[0]?.message).toMatch(/MB, more than the 0\.02 MB limit/);
    expect(res.body.data).toBeUndefined();
    const again = await post({ query });
    expect(again.status).toBe(400);
  });

  it('keeps the read cache within READ_CACHE_MAX_MB and the heap bounded through many large answers', async () => {
    const heapBefore = process.memoryUsage().heapUsed;
    // Forty different answers of ~16 KB each: 640 KB, more than the 256 KB the cache may hold.
    let sent = 0;
    for (let offset = 0; offset < 40; offset += 1) {
      const res = await post({ query: `{ areas(limit: 300, offset: ${offset}) { teryt name level } }` });
      expect(res.status).toBe(200);
      sent += JSON.stringify(res.body).length;
    }
    expect(sent).toBeGreaterThan(400_000);
    const { entries, bytes } = await readCache();
    expect(bytes).toBeGreaterThan(100_000);
    expect(bytes).toBeLessThanOrEqual(262_144);
    expect(entries).toBeLessThan(40);
    expect(process.memoryUsage().heapUsed - heapBefore).toBeLessThan(200 * 1_048_576);
    // The process still answers.
    expect((await fetch(`${api.url}/health`)).status).toBe(200);
  });

  it('drops expired answers from the cache by itself', async () => {
    const short = await startTestApi({ READ_CACHE_MS: '100' });
    try {
      const res = await gqlHttp(short.url, '{ areas(limit: 5) { teryt } }');
      expect(res.status).toBe(200);
      const health = async () =>
        ((await (await fetch(`${short.url}/health`)).json()) as { readCache: { entries: number } }).readCache;
      expect((await health()).entries).toBe(1);
      // Kept 2 × READ_CACHE_MS (the stale window), then purged by a timer, with no request asking.
      await new Promise((resolve) => setTimeout(resolve, 600));
      expect((await health()).entries).toBe(0);
    } finally {
      await short.stop();
    }
  });
});

describe('S5: a filter too wide to plan', () => {
  it('answers an anonymous OR of 5,000 name filters (150 KB) with 400 before the database', async () => {
    const OR = Array.from({ length: 5000 }, (_, i) => ({ name: { contains: `x${i}yz` } }));
    const body = {
      query: 'query ($w: InstitutionWhere) { institutions(where: $w, limit: 10) { id name } }',
      variables: { w: { OR } },
    };
    expect(JSON.stringify(body).length).toBeGreaterThan(140_000);
    const res = await expectRefused(body, 400, 'QUERY_TOO_COMPLEX', /at most 200 items, this one has 5000/);
    // Reported, not asserted (the machine is shared): before the bound it planned for 46–116 s.
    console.info(`S5 refused in ${res.ms.toFixed(0)} ms`);
  });

  it('refuses more than 50 AND/OR/NOT operands in all, and filters nested too deep', async () => {
    const OR = Array.from({ length: 60 }, (_, i) => ({ name: { eq: `n${i}` } }));
    await expectRefused(
      { query: 'query ($w: InstitutionWhere) { institutions(where: $w) { id } }', variables: { w: { OR } } },
      400,
      'QUERY_TOO_COMPLEX',
      /at most 50 conditions/,
    );
    let deep: Record<string, unknown> = { name: { eq: 'x' } };
    for (let i = 0; i < 30; i += 1) deep = { NOT: deep };
    await expectRefused(
      { query: 'query ($w: InstitutionWhere) { institutions(where: $w) { id } }', variables: { w: deep } },
      400,
      'QUERY_TOO_COMPLEX',
      /deeper than 24 levels/,
    );
  });

  it('lets a filter of ordinary width through', async () => {
    const OR = Array.from({ length: 20 }, (_, i) => ({ name: { contains: `x${i}yz` } }));
    const res = await gql(api.url, 'query ($w: InstitutionWhere) { institutions(where: $w) { id } }', {
      w: { OR },
    });
    expect(res.errors).toBeUndefined();
  });
});

describe('requests a client gets wrong answer 400 with a code, never 500 / INTERNAL', () => {
  it('a wrong operationName', async () => {
    await expectRefused(
      { query: 'query A { areasWithData { teryt } }', operationName: 'B' },
      400,
      'BAD_USER_INPUT',
    );
  });

  it('several operations and no operationName', async () => {
    await expectRefused(
      { query: 'query A { areasWithData { teryt } } query B { areasWithData { name } }' },
      400,
      'BAD_USER_INPUT',
    );
  });

  it('a negative limit or offset', async () => {
    await expectRefused({ query: '{ institutions(limit: -1) { id } }' }, 400, 'BAD_USER_INPUT', /negative/);
    await expectRefused(
      { query: 'query ($o: Int) { areas(offset: $o) { teryt } }', variables: { o: -5 } },
      400,
      'BAD_USER_INPUT',
    );
  });

  it('a subscription', async () => {
    await expectRefused(
      { query: 'subscription { institutionCreated { createdInstitution { id } } }' },
      400,
      'BAD_USER_INPUT',
    );
  });

  it('a body that is not a GraphQL request', async () => {
    await expectRefused({ query: 42 }, 400, 'BAD_USER_INPUT');
  });
});
