import type { AddressInfo } from 'node:net';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clientRateLimit } from './rate-limit.js';

// A bare Express app with the limiter behind a stand-in for `authenticate` (the header "x-sub"
// plays the verified token's subject).
let server: ReturnType<express.Express['listen']>;
let url: string;

beforeAll(async () => {
  const app = express();
  app.use((req, res, next) => {
    const sub = req.headers['x-sub'];
    res.locals.principal = typeof sub === 'string' ? { sub, roles: ['viewer'], regions: [] } : null;
    next();
  });
  app.use('/limited', clientRateLimit({ what: 'requests', limit: 2, windowMs: 60_000 }));
  app.use('/off', clientRateLimit({ what: 'requests', limit: 0, windowMs: 60_000 }));
  app.use((_req, res) => res.json({ ok: true }));
  server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise((resolve) => server.close(resolve)));

const hit = (path: string, sub?: string) => fetch(`${url}${path}`, { headers: sub ? { 'x-sub': sub } : {} });

describe('clientRateLimit', () => {
  it('lets `limit` requests through per signed-in subject, then answers 429 RATE_LIMITED', async () => {
    expect((await hit('/limited', 'alice')).status).toBe(200);
    expect((await hit('/limited', 'alice')).status).toBe(200);
    const refused = await hit('/limited', 'alice');
    expect(refused.status).toBe(429);
    const wait = Number(refused.headers.get('retry-after'));
    expect(wait).toBeGreaterThan(0);
    expect(wait).toBeLessThanOrEqual(60);
    const body = (await refused.json()) as {
      code: string;
      errors: Array<{ message: string; extensions: { code: string; retryAfterSeconds: number } }>;
    };
    expect(body.code).toBe('RATE_LIMITED');
    expect(body.errors[0]?.extensions).toMatchObject({ code: 'RATE_LIMITED', retryAfterSeconds: wait });
    expect(body.errors[0]?.message).toMatch(/at most 2 per 60 s/);
    // Another subject from the same address has its own budget, and so has the anonymous address.
    expect((await hit('/limited', 'bob')).status).toBe(200);
    expect((await hit('/limited')).status).toBe(200);
    expect((await hit('/limited')).status).toBe(200);
    expect((await hit('/limited')).status).toBe(429);
  });

  it('limits nothing with limit 0', async () => {
    for (let i = 0; i < 5; i++) expect((await hit('/off', 'carol')).status).toBe(200);
  });
});
