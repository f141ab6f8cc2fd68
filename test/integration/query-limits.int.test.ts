import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Splot } from '../../server/src/startup.js';
import * as operations from '../../web/src/api/operations.generated.js';
import { gql, gqlHttp, startTestApi } from '../helpers/api.js';

// Queries that ask for too much are refused with QUERY_TOO_COMPLEX before any database session
// is opened: the test counts the sessions the API's own driver opens.

let api: Splot;
let sessions = 0;

beforeAll(async () => {
  api = await startTestApi();
  const open = api.driver.session.bind(api.driver);
  api.driver.session = ((...args: Parameters<typeof open>) => {
    sessions += 1;
    return open(...args);
  }) as typeof api.driver.session;
});

afterAll(() => api.stop());

/** Sends the query, expects QUERY_TOO_COMPLEX (HTTP 400) and no database session. */
async function expectRefused(query: string, variables: Record<string, unknown> = {}, message?: RegExp) {
  const before = sessions;
  const res = await gqlHttp(api.url, query, variables);
  expect(res.status).toBe(400);
  expect(res.body.errors?.map((e) => e.extensions?.code)).toEqual(['QUERY_TOO_COMPLEX']);
  expect(res.body.errors?.[0]?.extensions?.requestId).toBe(res.headers.get('x-request-id'));
  if (message) expect(res.body.errors?.[0]?.message).toMatch(message);
  expect(sessions - before).toBe(0);
}

/** `institutions { partnerships { members { … } } }`, `levels` relationship hops deep. */
function nested(levels: number, leaf = 'id'): string {
  let body = leaf;
  for (let i = levels; i > 0; i -= 1) body = i % 2 === 1 ? `partnerships { ${body} }` : `members { ${body} }`;
  return `{ institutions(limit: 1) { ${body} } }`;
}

describe('query limits', () => {
  it('lets an ordinary query through to the database (so the counter counts)', async () => {
    const before = sessions;
    const res = await gql(api.url, nested(3));
    expect(res.errors).toBeUndefined();
    expect(sessions - before).toBeGreaterThan(0);
  });

  it('refuses a query nested too deep', async () => {
    await expectRefused(nested(12), {}, /depth limit of 8 exceeded/);
  });

  it('refuses too many aliases', async () => {
    const aliases = Array.from({ length: 40 }, (_, i) => `a${i}: areasWithData { teryt }`).join(' ');
    await expectRefused(`{ ${aliases} }`, {}, /Aliases limit of 15/);
  });

  it('refuses a query that is shallow enough but too costly', async () => {
    const fields =
      'id name shortName kind legalForm krs regon nip website email phone address founded lat lon ' +
      'sector { code name nameEn } area { teryt name level } ' +
      'collaborations { id title kind startedOn endedOn programme amountPln synthetic }';
    const sources = 'sources { id title publisher url publishedOn file }';
    const partnership = `id name signedOn endedOn goal membersDeclared synthetic covers { teryt name level } ${sources}`;
    const collaboration = `id title kind startedOn endedOn programme amountPln synthetic ${sources}`;
    const wide = (depth: number): string =>
      depth === 0
        ? fields
        : `${fields} partnerships { ${partnership} members { ${fields} ${wide(depth - 1)} } } ` +
          `collaborations { ${collaboration} participants { ${fields} ${wide(depth - 1)} } }`;
    // Six levels deep (the limit is 8), no aliases: only its breadth makes it costly.
    await expectRefused(`{ institutions(limit: 1) { ${wide(2)} } }`, {}, /more than the cost limit of 25000/);
  });

  it('lets every operation the web app sends through the limits', async () => {
    const documents = Object.entries(operations).filter(([name]) => name.endsWith('Document'));
    expect(documents.length).toBeGreaterThan(10);
    for (const [name, document] of documents) {
      // No variables: a passing document fails later, at variable coercion, never as QUERY_TOO_COMPLEX.
      const res = await gqlHttp(api.url, String(document), {});
      const codes = res.body.errors?.map((e) => e.extensions?.code) ?? [];
      expect(codes, name).not.toContain('QUERY_TOO_COMPLEX');
    }
  });

  it('refuses a page larger than the cap, literal or through a variable', async () => {
    await expectRefused('{ institutions(limit: 1000000) { id } }', {}, /at most 1000 items/);
    await expectRefused('query ($n: Int) { areas(limit: $n) { teryt } }', { n: 50_000 }, /asks for 50000/);
    await expectRefused('{ institutionsConnection(first: 5000) { totalCount } }');
  });

  it('refuses a huge literal list and an overly long document', async () => {
    const ids = Array.from({ length: 3000 }, (_, i) => `"id-${i}"`).join(', ');
    await expectRefused(`{ institutions(where: { id: { in: [${ids}] } }) { id } }`, {}, /token limit/);
  });

  it('refuses too many directives', async () => {
    const fields = Array.from({ length: 30 }, () => 'teryt @include(if: true)').join(' ');
    await expectRefused(`{ areasWithData { ${fields} } }`, {}, /Directives limit of 20/);
  });

  it('refuses a request body over the size cap with 413', async () => {
    const before = sessions;
    const res = await gqlHttp(api.url, '{ areasWithData { teryt } }', { padding: 'x'.repeat(300_000) });
    expect(res.status).toBe(413);
    expect(res.body.errors?.[0]?.extensions?.code).toBe('PAYLOAD_TOO_LARGE');
    expect(sessions - before).toBe(0);
  });

  it('caps a list asked for without a limit at the page size', async () => {
    const res = await gql<{ areas: unknown[] }>(api.url, '{ areas { teryt } }');
    expect(res.errors).toBeUndefined();
    expect(res.data?.areas.length).toBeGreaterThan(0);
    expect(res.data?.areas.length).toBeLessThanOrEqual(1000);
  });
});
