import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT, UnsecuredJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mintToken } from './mint-token.js';
import { createTokenVerifier, TokenError } from './verify-token.js';

const secret = 'unit-test-secret-0123456789abcdef0123';
const bearer = (token: string) => `Bearer ${token}`;

describe('createTokenVerifier with an HS256 secret', () => {
  const verify = createTokenVerifier({ secret });

  it('treats a missing header as anonymous', async () => {
    expect(await verify(undefined)).toBeNull();
    expect(await verify('  ')).toBeNull();
  });

  it('accepts a token minted with the same secret and reads its role and regions', async () => {
    const token = await mintToken({ secret, role: 'editor', regions: ['26'], subject: 'ala' });
    expect(await verify(bearer(token))).toEqual({ sub: 'ala', roles: ['editor'], regions: ['26'] });
  });

  it.each([
    ['another secret', () => mintToken({ secret: `${secret}-other`, role: 'admin' }), /not valid/],
    ['an expired token', () => mintToken({ secret, role: 'admin', expiresIn: '-1m' }), /expired/],
    ['an unsigned token', async () => new UnsecuredJWT({ roles: ['admin'] }).encode(), /not valid/],
    ['garbage', async () => 'not.a.token', /not valid/],
  ])('refuses %s with a TokenError', async (_name, make, message) => {
    const header = bearer(await make());
    await expect(verify(header)).rejects.toThrow(TokenError);
    await expect(verify(header)).rejects.toThrow(message);
  });

  it('asks for the Bearer scheme', async () => {
    await expect(verify('Basic dXNlcjpwYXNz')).rejects.toThrow(/Bearer <token>/);
  });

  it('checks issuer and audience when they are configured', async () => {
    const strict = createTokenVerifier({ secret, issuer: 'splot', audience: 'splot-api' });
    const good = await mintToken({ secret, role: 'viewer', issuer: 'splot', audience: 'splot-api' });
    const wrong = await mintToken({ secret, role: 'viewer', issuer: 'elsewhere', audience: 'splot-api' });
    expect((await strict(bearer(good)))?.roles).toEqual(['viewer']);
    await expect(strict(bearer(wrong))).rejects.toThrow(/not for this server \(iss\)/);
  });

  it('refuses every token when no key is configured', async () => {
    const none = createTokenVerifier({});
    const token = await mintToken({ secret, role: 'admin' });
    await expect(none(bearer(token))).rejects.toThrow(/accepts no tokens/);
  });
});

describe('createTokenVerifier with a JWKS endpoint', () => {
  let server: Server;
  let jwksUrl: string;
  let sign: (claims: Record<string, unknown>) => Promise<string>;

  beforeAll(async () => {
    // A stand-in identity provider on loopback: one RSA key, published as a JWKS.
    const { publicKey, privateKey } = await generateKeyPair('RS256');
    const jwk = { ...(await exportJWK(publicKey)), kid: 'k1', alg: 'RS256', use: 'sig' };
    server = createServer((_req, res) => {
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ keys: [jwk] }));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    jwksUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/certs`;
    sign = (claims) =>
      new SignJWT(claims)
        .setProtectedHeader({ alg: 'RS256', kid: 'k1' })
        .setSubject('kc-user')
        .setExpirationTime('5m')
        .sign(privateKey);
  });

  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('accepts a token signed by the published key, with Keycloak-style roles', async () => {
    const verify = createTokenVerifier({ jwksUrl });
    const token = await sign({ realm_access: { roles: ['editor'] }, regions: ['06'] });
    expect(await verify(bearer(token))).toEqual({ sub: 'kc-user', roles: ['editor'], regions: ['06'] });
  });

  it('refuses an HS256 token even when it claims the right roles', async () => {
    const verify = createTokenVerifier({ jwksUrl });
    const forged = await mintToken({ secret, role: 'admin' });
    await expect(verify(bearer(forged))).rejects.toThrow(TokenError);
  });
});
