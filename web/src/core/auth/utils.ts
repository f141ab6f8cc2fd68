export const ROLES = ['viewer', 'editor', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** What the web app reads from a token; the server checks the signature, the app only displays. */
export interface Session {
  token: string;
  role: Role;
  /** Voivodeship TERYT codes an editor may change; empty for admins and viewers. */
  regions: string[];
  subject: string | null;
  /** Seconds since the epoch, or null when the token does not expire. */
  expiresAt: number | null;
}

export type TokenProblem = 'malformed' | 'expired';

function base64UrlDecode(part: string): string {
  const base64 = part
    .replace(/-/g, '+')
    .replace(/_/g, '/')
    .padEnd(Math.ceil(part.length / 4) * 4, '=');
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  return new TextDecoder().decode(bytes);
}

function roleOf(claims: Record<string, unknown>): Role {
  // `roles` as `pnpm token` writes it, `role`, or Keycloak's realm_access.roles.
  const realm = (claims.realm_access as { roles?: unknown } | undefined)?.roles;
  const candidates = [
    claims.role,
    ...(Array.isArray(claims.roles) ? claims.roles : []),
    ...(Array.isArray(realm) ? realm : []),
  ];
  // The strongest role named wins (a token may list several).
  let best: Role = 'viewer';
  for (const c of candidates) {
    const role = ROLES.find((r) => r === String(c).toLowerCase());
    if (role && ROLES.indexOf(role) > ROLES.indexOf(best)) best = role;
  }
  return best;
}

/**
 * Reads the claims of a JWT without verifying it (only the server can): role (`role` or
 * `roles`), `regions`, `sub`, `exp`. A token that is not a JWT, or has expired, is refused.
 */
export function decodeToken(raw: string, now = Date.now() / 1000): Session | TokenProblem {
  const token = raw.trim().replace(/^Bearer\s+/i, '');
  const payload = token.split('.')[1];
  if (token.split('.').length !== 3 || !payload) return 'malformed';
  let claims: Record<string, unknown>;
  try {
    claims = JSON.parse(base64UrlDecode(payload)) as Record<string, unknown>;
  } catch {
    return 'malformed';
  }
  if (!claims || typeof claims !== 'object') return 'malformed';
  const expiresAt = typeof claims.exp === 'number' ? claims.exp : null;
  if (expiresAt !== null && expiresAt <= now) return 'expired';
  // A list, or one comma-separated string (as some identity providers map attributes).
  const rawRegions = Array.isArray(claims.regions)
    ? claims.regions
    : typeof claims.regions === 'string'
      ? claims.regions.split(',')
      : [];
  const regions = rawRegions.map((r) => String(r).trim()).filter((r) => /^\d{2}$/.test(r));
  return {
    token,
    role: roleOf(claims),
    regions,
    subject: typeof claims.sub === 'string' ? claims.sub : null,
    expiresAt,
  };
}

export function canEdit(session: Session | null): boolean {
  return session !== null && (session.role === 'editor' || session.role === 'admin');
}

/** Whether the session may change data located in this area (editors: their voivodeships only). */
export function canEditArea(session: Session | null, teryt: string | null | undefined): boolean {
  if (!canEdit(session) || !session) return false;
  if (session.role === 'admin') return true;
  return teryt !== null && teryt !== undefined && session.regions.some((region) => teryt.startsWith(region));
}
