import { request } from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Splot } from '../../server/src/startup.js';
import { startTestApi } from '../helpers/api.js';

// Network answers and exports are sent compressed when the client asks (fetch in browsers always
// does), decode to exactly the uncompressed answer, and keep the security and rate-limit headers.

let api: Splot;
beforeAll(async () => {
  // Rate limits on (the test helper turns them off), high enough never to refuse these requests.
  api = await startTestApi({ GRAPHQL_RATE_LIMIT: '1000', EXPORT_RATE_LIMIT: '1000' });
});
afterAll(async () => {
  await api.stop();
});

const QUERY = JSON.stringify({
  query: '{ areaNetwork(teryt: "24") { nodes { id label sector } edges { id source target weight } } }',
});

interface Raw {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  /** The bytes as sent, not decoded (fetch would decode them). */
  body: Buffer;
}

/** A request with a raw Accept-Encoding (none when null). */
function send(path: string, encoding: string | null, body?: string): Promise<Raw> {
  return new Promise((resolve, reject) => {
    const req = request(
      `${api.url}${path}`,
      {
        method: body === undefined ? 'GET' : 'POST',
        headers: {
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
          ...(encoding ? { 'accept-encoding': encoding } : {}),
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
        );
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

const expectGuarded = (answer: Raw) => {
  expect(answer.headers['content-security-policy']).toContain("default-src 'self'");
  expect(answer.headers['x-content-type-options']).toBe('nosniff');
  expect(answer.headers['x-frame-options']).toBe('DENY');
  expect(answer.headers['ratelimit-policy']).toMatch(/q=1000/);
  expect(answer.headers.ratelimit).toMatch(/r=\d+/);
};

describe('compressed answers', () => {
  it('sends identity, gzip or brotli as asked, each decoding to the same network', async () => {
    const plain = await send('/graphql', null, QUERY);
    expect(plain.headers['content-encoding']).toBeUndefined();
    const answer = JSON.parse(plain.body.toString('utf8'));
    expect(answer.data.areaNetwork.nodes.length).toBeGreaterThan(0);

    const gzip = await send('/graphql', 'gzip', QUERY);
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(JSON.parse(gunzipSync(gzip.body).toString('utf8'))).toEqual(answer);
    expect(gzip.body.length).toBeLessThan(plain.body.length);
    expectGuarded(gzip);
    expectGuarded(plain);

    const br = await send('/graphql', 'br, gzip', QUERY);
    expect(br.headers['content-encoding']).toBe('br');
    expect(JSON.parse(brotliDecompressSync(br.body).toString('utf8'))).toEqual(answer);
  });

  it('streams an export gzipped when asked, the same file once decoded, identity otherwise', async () => {
    const plain = await send('/export/2607.gexf', null);
    expect(plain.status).toBe(200);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString('utf8')).toContain('<gexf');

    const gzip = await send('/export/2607.gexf', 'gzip');
    expect(gzip.status).toBe(200);
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gzip.headers['content-disposition']).toBe(plain.headers['content-disposition']);
    expect(gunzipSync(gzip.body).equals(plain.body)).toBe(true);
    expect(gzip.body.length).toBeLessThan(plain.body.length / 3);
    expectGuarded(gzip);
  });
});
