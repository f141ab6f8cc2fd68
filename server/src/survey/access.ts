import type { Principal } from '../auth/principal.js';
import { forbidden, unauthenticated } from '../errors.js';

// Who may manage a survey: the region rules of README "Access control" (access.graphql), applied
// to the survey's area — an admin anywhere, an editor when the area is one of their voivodeships
// or lies below it (TERYT codes nest: 26 ⊃ 2607 ⊃ 2607011). Respondents never come through here:
// they hold a link token, not an account (respond-routes.ts).

const isAdmin = (p: Principal) => p.roles.includes('admin');

/** The regions a caller may manage surveys in: null for all (admin); refuses anyone else. */
export function surveyRegions(principal: Principal | null): string[] | null {
  if (!principal) throw unauthenticated('Sign in as an editor to manage surveys.');
  if (isAdmin(principal)) return null;
  if (!principal.roles.includes('editor')) throw forbidden('Only editors and admins manage surveys.');
  return principal.regions;
}

export const inRegions = (regions: string[] | null, teryt: string | null | undefined) =>
  regions === null || (typeof teryt === 'string' && regions.some((r) => teryt.startsWith(r)));

/** Refuses a caller who may not manage surveys of this area. */
export function assertSurveyArea(principal: Principal | null, teryt: string): void {
  const regions = surveyRegions(principal);
  if (!inRegions(regions, teryt)) {
    throw forbidden(
      `The survey's area ${teryt} lies outside your regions (${regions?.join(', ') || 'none'}); nothing was changed.`,
    );
  }
}

/** Whether the caller may manage surveys of this area (for `editable`), never throwing. */
export function maySurveyArea(principal: Principal | null, teryt: string): boolean {
  try {
    assertSurveyArea(principal, teryt);
    return true;
  } catch {
    return false;
  }
}
