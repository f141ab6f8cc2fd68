import type { AddressInfo } from 'node:net';
import { PassThrough } from 'node:stream';
import { createGunzip } from 'node:zlib';
import compression from 'compression';
import express from 'express';
import { afterEach, describe, expect, it } from 'vitest';
import { pipeFlushing } from './pipe-flushing.js';

// A real express app with the compression middleware the API uses: the second chunk is only sent
// once the client has decoded the first, which it can only do if the first was flushed.

let close: (() => void) | undefined;
afterEach(() => close?.());

async function serve(body: PassThrough): Promise<string> {
  const app = express();
  app.use(compression());
  app.get('/file', (_req, res) => {
    res.setHeader('content-type', 'application/xml');
    pipeFlushing(body, res);
    body.on('end', () => res.end());
  });
  const server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  close = () => server.close();
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/file`;
}

describe('pipeFlushing', () => {
  it('gets each chunk of a gzipped download to the client before the next is written', async () => {
    const body = new PassThrough();
    const url = await serve(body);
    const { request } = await import('node:http');
    const decoded: string[] = [];
    let gotFirst: () => void = () => {};
    const first = new Promise<void>((resolve) => {
      gotFirst = resolve;
    });
    const done = new Promise<string | undefined>((resolve, reject) => {
      request(url, { headers: { 'accept-encoding': 'gzip' } }, (res) => {
        const gunzip = createGunzip();
        res.pipe(gunzip);
        gunzip.on('data', (c: Buffer) => {
          decoded.push(c.toString('utf8'));
          if (decoded.join('').includes('</first>')) gotFirst();
        });
        gunzip.on('end', () => resolve(res.headers['content-encoding']));
        gunzip.on('error', reject);
      })
        .on('error', reject)
        .end();
    });
    body.write(`<first>${'a'.repeat(5000)}</first>`);
    const timeout = new Promise<'stuck'>((resolve) => setTimeout(() => resolve('stuck'), 3000));
    expect(await Promise.race([first.then(() => 'arrived' as const), timeout])).toBe('arrived');
    body.end('<second/>');
    expect(await done).toBe('gzip');
    expect(decoded.join('')).toBe(`<first>${'a'.repeat(5000)}</first><second/>`);
  });
});
