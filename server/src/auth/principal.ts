/** What a verified token says about its bearer, in the shape the `JWT @jwt` type declares. */
export interface Principal {
  sub: string;
  roles: Role[];
  /** Two-digit TERYT voivodeship codes an editor looks after (e.g. ["26"]). */
  regions: string[];
}

export const ROLES = ['viewer', 'editor', 'admin'] as const;
export type Role = (typeof ROLES)[number];

const isRole = (value: unknown): value is Role => ROLES.includes(value as Role);
const VOIVODESHIP = /^\d{2}$/;

/** A claim that may be a list or a comma/space separated string (identity providers differ). */
function listClaim(value: unknown): string[] {
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string');
  if (typeof value === 'string') return value.split(/[\s,]+/).filter((v) => v.length > 0);
  return [];
}

/**
 * Reads roles and regions from verified claims. Roles come from `roles`, or from Keycloak's
 * `realm_access.roles`; unknown roles are dropped. Regions come from `regions`; anything that is
 * not a two-digit code is dropped, so a malformed claim grants less, never more.
 */
export function principalFromClaims(claims: Record<string, unknown>): Principal {
  const realmAccess = claims.realm_access as { roles?: unknown } | undefined;
  const roles = listClaim(claims.roles ?? realmAccess?.roles).filter(isRole);
  const regions = listClaim(claims.regions).filter((r) => VOIVODESHIP.test(r));
  return {
    sub: typeof claims.sub === 'string' ? claims.sub : '',
    roles: [...new Set(roles)],
    regions: [...new Set(regions)],
  };
}
