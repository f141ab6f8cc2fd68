import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Splot } from '../../server/src/startup.js';
import { gqlHttp, startTestApi, uniquePrefix } from '../helpers/api.js';
import { adminHeader, authHeader } from '../helpers/tokens.js';

// Anonymous answers are reused (READ_CACHE_MS), identical concurrent ones share one execution,
// signed-in callers always get fresh answers, and a write shows to anonymous readers within
// 2 × READ_CACHE_MS without emptying the cache.

let api: Splot;
let sessions = 0;
const prefix = uniquePrefix('cache');
const LIST =
  'query ($p: String!) { institutions(where: { name: { startsWith: $p } }, sort: [{ name: ASC }]) { name } }';

const names = (body: { data?: { institutions?: Array<{ name: string }> } }) =>
  body.data?.institutions?.map((i) => i.name);
const add = (name: string) =>
  api.driver.executeQuery("CREATE (:Institution {id: randomUUID(), name: $name, kind: 'OTHER'})", { name });

beforeAll(async () => {
  api = await startTestApi({ READ_CACHE_MS: '60000' });
  const open = api.driver.session.bind(api.driver);
  api.driver.session = ((...args: Parameters<typeof open>) => {
    sessions += 1;
    return open(...args);
  }) as typeof api.driver.session;
  await add(`${prefix} a`);
});

afterAll(async () => {
  await api.driver.executeQuery('MATCH (i:Institution) WHERE i.name STARTS WITH $prefix DETACH DELETE i', {
    prefix,
  });
  await api.stop();
});

describe('the anonymous read cache', () => {
  it('answers a repeated anonymous query from memory, even when the data changed behind its back', async () => {
    const first = await gqlHttp(api.url, LIST, { p: prefix });
    expect(first.headers.get('x-splot-cache')).toBeNull();
    expect(names(first.body)).toEqual([`${prefix} a`]);

    await add(`${prefix} b`); // not through the API: the cache cannot know
    const before = sessions;
    const again = await gqlHttp(api.url, LIST, { p: prefix });
    expect(again.headers.get('x-splot-cache')).toBe('hit');
    expect(names(again.body)).toEqual([`${prefix} a`]);
    expect(sessions).toBe(before);
  });

  it('never serves a signed-in caller from it', async () => {
    const res = await gqlHttp(api.url, LIST, { p: prefix }, await authHeader('viewer'));
    expect(res.headers.get('x-splot-cache')).toBeNull();
    expect(names(res.body)).toEqual([`${prefix} a`, `${prefix} b`]);
  });

  it('keeps its other answers through a write, which its signed-in writer sees at once', async () => {
    const other = '{ areasWithData { teryt } }';
    await gqlHttp(api.url, other);
    const created = await gqlHttp(
      api.url,
      'mutation ($n: String!) { createInstitutions(input: [{ name: $n, kind: OTHER }]) { institutions { id } } }',
      { n: `${prefix} c` },
      await adminHeader(),
    );
    expect(created.body.errors).toBeUndefined();
    // A write no longer empties the whole cache (issue 14: reads fell from 1,724/s to 215/s).
    expect((await gqlHttp(api.url, other)).headers.get('x-splot-cache')).toBe('hit');
    const mine = await gqlHttp(api.url, LIST, { p: prefix }, await adminHeader());
    expect(names(mine.body)).toEqual([`${prefix} a`, `${prefix} b`, `${prefix} c`]);
  });

  it('shows a write to anonymous readers within 2 × READ_CACHE_MS', async () => {
    const short = await startTestApi({ READ_CACHE_MS: '300' });
    try {
      const p = `${prefix} d`;
      expect(names((await gqlHttp(short.url, LIST, { p })).body)).toEqual([]);
      const created = await gqlHttp(
        short.url,
        'mutation ($n: String!) { createInstitutions(input: [{ name: $n, kind: OTHER }]) { institutions { id } } }',
        { n: p },
        await adminHeader(),
      );
      expect(created.body.errors).toBeUndefined();
      // Past the bound the old answer is gone (fresh for 300 ms, stale for at most 300 more).
      await new Promise((resolve) => setTimeout(resolve, 700));
      const res = await gqlHttp(short.url, LIST, { p });
      expect(res.headers.get('x-splot-cache')).toBeNull();
      expect(names(res.body)).toEqual([p]);
    } finally {
      await short.stop();
    }
  });

  it('runs identical concurrent queries once', async () => {
    const p = `${prefix} a`; // a query text + variables not asked before
    const before = sessions;
    const answers = await Promise.all(Array.from({ length: 20 }, () => gqlHttp(api.url, LIST, { p })));
    expect(answers.map((a) => names(a.body))).toEqual(Array.from({ length: 20 }, () => [p]));
    expect(sessions - before).toBe(1);
  });

  it('keeps no failed answer', async () => {
    const bad = '{ areaNetwork(teryt: "9999999") { nodes { id } } }';
    const first = await gqlHttp(api.url, bad);
    const second = await gqlHttp(api.url, bad);
    expect(first.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(second.headers.get('x-splot-cache')).toBeNull();
  });
});
