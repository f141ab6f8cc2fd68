import { createRemoteJWKSet, errors, type JWTPayload, type JWTVerifyGetKey, jwtVerify } from 'jose';
import { type Principal, principalFromClaims } from './principal.js';

export interface TokenKeyOptions {
  /** HS256 secret for locally minted tokens (`pnpm token`). */
  secret?: string;
  /** JWKS endpoint of an identity provider (Keycloak: <realm>/protocol/openid-connect/certs). */
  jwksUrl?: string;
  issuer?: string;
  audience?: string;
}

/** A token was sent but cannot be trusted; the message says why in plain words. */
export class TokenError extends Error {}

export type TokenVerifier = (authorization: string | undefined) => Promise<Principal | null>;

const BEARER = /^Bearer\s+(\S+)\s*$/i;
// Asymmetric algorithms identity providers use; HS256 only with the local secret. Naming them
// stops a token from choosing its own algorithm (e.g. "none", or HS256 signed with a public key).
const JWKS_ALGORITHMS = ['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'ES256', 'ES384', 'EdDSA'];

/**
 * Turns an Authorization header into the caller: null when there is none (anonymous), a
 * Principal for a valid token, a TokenError for anything else. Without a secret or a JWKS URL
 * every token is refused: there is nothing to check it against.
 */
export function createTokenVerifier(options: TokenKeyOptions): TokenVerifier {
  const key: Uint8Array | JWTVerifyGetKey | undefined = options.secret
    ? new TextEncoder().encode(options.secret)
    : options.jwksUrl
      ? createRemoteJWKSet(new URL(options.jwksUrl), { timeoutDuration: 3000, cooldownDuration: 30_000 })
      : undefined;
  const verifyOptions = {
    algorithms: options.secret ? ['HS256'] : JWKS_ALGORITHMS,
    ...(options.issuer ? { issuer: options.issuer } : {}),
    ...(options.audience ? { audience: options.audience } : {}),
  };

  return async (authorization) => {
    if (authorization === undefined || authorization.trim() === '') return null;
    const token = BEARER.exec(authorization)?.[1];
    if (!token) throw new TokenError('The Authorization header must read "Bearer <token>".');
    if (!key) throw new TokenError('This server accepts no tokens (neither JWT_SECRET nor JWKS_URL is set).');
    let payload: JWTPayload;
    try {
      payload = (
        typeof key === 'function'
          ? await jwtVerify(token, key, verifyOptions)
          : await jwtVerify(token, key, verifyOptions)
      ).payload;
    } catch (error) {
      throw new TokenError(describe(error));
    }
    return principalFromClaims(payload);
  };
}

function describe(error: unknown): string {
  if (error instanceof errors.JWTExpired) return 'The token has expired; get a new one.';
  if (error instanceof errors.JWTClaimValidationFailed)
    return `The token is not for this server (${error.claim}).`;
  if (error instanceof errors.JWKSTimeout || error instanceof errors.JWKSInvalid)
    return 'The identity provider could not be reached to check the token; try again shortly.';
  return 'The token is not valid (bad signature, algorithm or format).';
}
