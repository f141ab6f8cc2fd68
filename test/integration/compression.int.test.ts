import { request } from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Splot } from '../../server/src/startup.js';
import { startTestApi } from '../helpers/api.js';

// Network answers are sent compressed when the client asks (fetch in browsers always does), and
// decode to exactly the uncompressed answer.

let api: Splot;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(async () => {
  await api.stop();
});

const QUERY = JSON.stringify({
  query: '{ areaNetwork(teryt: "24") { nodes { id label sector } edges { id source target weight } } }',
});

/** POSTs with a raw Accept-Encoding and returns the undecoded bytes (fetch would decode them). */
function post(encoding: string | null): Promise<{ encoding: string | undefined; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = request(
      `${api.url}/graphql`,
      {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(encoding ? { 'accept-encoding': encoding } : {}) },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({ encoding: res.headers['content-encoding'], body: Buffer.concat(chunks) }),
        );
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(QUERY);
  });
}

describe('compressed answers', () => {
  it('sends identity, gzip or brotli as asked, each decoding to the same network', async () => {
    const plain = await post(null);
    expect(plain.encoding).toBeUndefined();
    const answer = JSON.parse(plain.body.toString('utf8'));
    expect(answer.data.areaNetwork.nodes.length).toBeGreaterThan(0);

    const gzip = await post('gzip');
    expect(gzip.encoding).toBe('gzip');
    expect(JSON.parse(gunzipSync(gzip.body).toString('utf8'))).toEqual(answer);
    expect(gzip.body.length).toBeLessThan(plain.body.length);

    const br = await post('br, gzip');
    expect(br.encoding).toBe('br');
    expect(JSON.parse(brotliDecompressSync(br.body).toString('utf8'))).toEqual(answer);
  });
});
