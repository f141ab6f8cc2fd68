import { SignJWT } from 'jose';
import type { Role } from './principal.js';

export interface MintOptions {
  secret: string;
  role: Role;
  regions?: string[];
  subject?: string;
  /** Lifetime as jose reads it: "8h", "30d", "15m". */
  expiresIn?: string;
  issuer?: string;
  audience?: string;
}

/** An HS256 token for local use and tests, with the claims the access rules read. */
export function mintToken(options: MintOptions): Promise<string> {
  return signClaims(options.secret, { roles: [options.role], regions: options.regions ?? [] }, options);
}

/** Signs any claims with the HS256 secret (tests use it for tokens `pnpm token` would not make). */
export async function signClaims(
  secret: string,
  claims: Record<string, unknown>,
  options: Omit<MintOptions, 'secret' | 'role' | 'regions'> = {},
): Promise<string> {
  const jwt = new SignJWT(claims)
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(options.subject ?? `local-${String((claims.roles as string[] | undefined)?.[0] ?? 'user')}`)
    .setIssuedAt()
    .setExpirationTime(options.expiresIn ?? '8h');
  if (options.issuer) jwt.setIssuer(options.issuer);
  if (options.audience) jwt.setAudience(options.audience);
  return jwt.sign(new TextEncoder().encode(secret));
}
