import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mintToken, signClaims } from '../../server/src/auth/mint-token.js';
import type { Splot } from '../../server/src/startup.js';
import { gqlHttp, startTestApi } from '../helpers/api.js';
import { authHeader, TEST_JWT_SECRET } from '../helpers/tokens.js';

// The settings a production deployment changes (anonymous reading, introspection, landing page)
// and what the API says about tokens it cannot trust. Every answer carries the request's id.

let open: Splot;
let closed: Splot;

beforeAll(async () => {
  [open, closed] = await Promise.all([
    startTestApi({ INTROSPECTION: 'true', LANDING_PAGE: 'true' }),
    startTestApi({ ANONYMOUS_READ: 'false' }),
  ]);
});

afterAll(async () => {
  await Promise.all([open?.stop(), closed?.stop()]);
});

const READS = [
  '{ institutions(limit: 1) { id } }',
  '{ institutionsConnection(first: 1) { totalCount } }',
  '{ areasWithData { teryt } }',
  '{ areaNetwork(teryt: "26") { nodes { id } } }',
];
const codes = (body: { errors?: Array<{ extensions?: { code?: string } }> }) =>
  body.errors?.map((e) => e.extensions?.code);

describe('ANONYMOUS_READ=false', () => {
  it.each(READS)('refuses an anonymous read before it runs: %s', async (query) => {
    const res = await gqlHttp(closed.url, query);
    expect(res.status).toBe(401);
    expect(codes(res.body)).toEqual(['UNAUTHENTICATED']);
  });

  it.each(READS)('lets a viewer read: %s', async (query) => {
    const res = await gqlHttp(closed.url, query, {}, await authHeader('viewer'));
    expect(res.body.errors).toBeUndefined();
    expect(res.status).toBe(200);
  });

  it('applies to exports as well', async () => {
    const anonymous = await fetch(`${closed.url}/export/2607.json`);
    expect(anonymous.status).toBe(401);
    await anonymous.body?.cancel();
    const viewer = await fetch(`${closed.url}/export/2607.json`, { headers: await authHeader('viewer') });
    expect(viewer.status).toBe(200);
    await viewer.body?.cancel();
  });

  it('refuses a valid token that carries no splot role', async () => {
    const token = await signClaims(TEST_JWT_SECRET, { roles: ['offline_access'] });
    const res = await gqlHttp(closed.url, READS[0] ?? '', {}, { authorization: `Bearer ${token}` });
    expect(res.status).toBe(403);
    expect(codes(res.body)).toEqual(['FORBIDDEN']);
  });
});

describe('INTROSPECTION and LANDING_PAGE', () => {
  const INTROSPECT = '{ __schema { queryType { name } } }';

  it('answers introspection when turned on and refuses it by default, even to a viewer', async () => {
    expect((await gqlHttp(open.url, INTROSPECT)).body.errors).toBeUndefined();
    const res = await gqlHttp(closed.url, INTROSPECT, {}, await authHeader('viewer'));
    expect(codes(res.body)).toEqual(['BAD_USER_INPUT']);
    expect(res.body.errors?.[0]?.message).toMatch(/introspection is not allowed/i);
  });

  it('gives no field-name or enum hints when introspection is off', async () => {
    const typo = '{ institution(limit: 1) { id } }';
    expect((await gqlHttp(open.url, typo)).body.errors?.[0]?.message).toMatch(/Did you mean/);
    const res = await gqlHttp(closed.url, typo, {}, await authHeader('viewer'));
    expect(res.body.errors?.[0]?.message).not.toMatch(/Did you mean/);
    // Issue 14: enum values leaked through the hint even with introspection off.
    const enumTypo = '{ areaNetwork(teryt: "2607", mode: INSTITUTION) { nodes { id } } }';
    expect((await gqlHttp(open.url, enumTypo)).body.errors?.[0]?.message).toMatch(/Did you mean/);
    const hidden = await gqlHttp(closed.url, enumTypo, {}, await authHeader('viewer'));
    expect(hidden.status).toBe(400);
    expect(JSON.stringify(hidden.body)).not.toMatch(/Did you mean|INSTITUTIONS/);
  });

  it('serves the landing page when turned on and not by default', async () => {
    const page = (url: string) => fetch(`${url}/graphql`, { headers: { accept: 'text/html' } });
    const shown = await page(open.url);
    expect(shown.status).toBe(200);
    expect(shown.headers.get('content-type')).toMatch(/text\/html/);
    const hidden = await page(closed.url);
    expect(hidden.headers.get('content-type') ?? '').not.toMatch(/text\/html/);
  });
});

describe('tokens the API cannot trust', () => {
  it.each([
    ['expired', () => mintToken({ secret: TEST_JWT_SECRET, role: 'admin', expiresIn: '-1m' }), /expired/],
    [
      'signed with another secret',
      () => mintToken({ secret: `${TEST_JWT_SECRET}x`, role: 'admin' }),
      /not valid/,
    ],
  ])('refuses a token that is %s with 401, even for a read', async (_name, make, message) => {
    const res = await gqlHttp(open.url, READS[0] ?? '', {}, { authorization: `Bearer ${await make()}` });
    expect(res.status).toBe(401);
    expect(res.headers.get('www-authenticate')).toBe('Bearer');
    expect(codes(res.body)).toEqual(['UNAUTHENTICATED']);
    expect(res.body.errors?.[0]?.message).toMatch(message);
  });

  it('asks for the Bearer scheme', async () => {
    const res = await gqlHttp(open.url, READS[0] ?? '', {}, { authorization: 'Basic YWRtaW46YWRtaW4=' });
    expect(res.status).toBe(401);
    expect(res.body.errors?.[0]?.message).toMatch(/Bearer <token>/);
  });
});

describe('me', () => {
  it('tells a signed-in caller who the token says they are, and an anonymous one null', async () => {
    const ME = '{ me { roles regions } }';
    const editor = await gqlHttp(open.url, ME, {}, await authHeader('editor', ['26', '06']));
    expect(editor.body.data).toEqual({ me: { roles: ['editor'], regions: ['26', '06'] } });
    expect((await gqlHttp(open.url, ME)).body.data).toEqual({ me: null });
  });
});

describe('request ids', () => {
  it("echoes the caller's x-request-id and quotes it in errors", async () => {
    const res = await gqlHttp(
      open.url,
      '{ areaNetwork(teryt: "x") { nodes { id } } }',
      {},
      { 'x-request-id': 'trace-42' },
    );
    expect(res.headers.get('x-request-id')).toBe('trace-42');
    expect(res.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', requestId: 'trace-42' });
  });

  it('makes up an id when the caller sends none', async () => {
    const res = await gqlHttp(open.url, '{ areasWithData { teryt } }');
    expect(res.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });
});
