import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Splot } from '../../server/src/startup.js';
import { startTestApi } from '../helpers/api.js';

// Issue 14: no CSP, X-Content-Type-Options, frame or referrer policy. Every route answers with them,
// errors included.

let api: Splot;

beforeAll(async () => {
  api = await startTestApi();
});

afterAll(() => api.stop());

function expectHeaders(headers: Headers) {
  expect(headers.get('content-security-policy')).toMatch(/default-src 'self'/);
  expect(headers.get('content-security-policy')).toMatch(/frame-ancestors 'none'/);
  expect(headers.get('x-content-type-options')).toBe('nosniff');
  expect(headers.get('x-frame-options')).toBe('DENY');
  expect(headers.get('referrer-policy')).toBe('no-referrer');
}

describe('security headers', () => {
  it('on /health, /ready, /graphql (answer and error) and /export errors', async () => {
    expectHeaders((await fetch(`${api.url}/health`)).headers);
    expectHeaders((await fetch(`${api.url}/ready`)).headers);
    const post = (body: string) =>
      fetch(`${api.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    const ok = await post(JSON.stringify({ query: '{ areasWithData { teryt } }' }));
    expect(ok.status).toBe(200);
    expectHeaders(ok.headers);
    const bad = await post('{not json');
    expect(bad.status).toBe(400);
    expectHeaders(bad.headers);
    const exportError = await fetch(`${api.url}/export/nowhere.txt`);
    expect(exportError.status).toBe(400);
    expectHeaders(exportError.headers);
  });
});
