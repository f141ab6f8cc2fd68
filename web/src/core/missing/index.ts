import { execute } from '../../api/client';
import { MissingPartnersDocument, type MissingPartnersQuery } from '../../api/operations.generated';
import { type RequestState, useRequest } from '../request';

export type MissingPartners = MissingPartnersQuery['missingPartners'];
export type PartnerCandidate = MissingPartners['candidates'][number];

export const MISSING_LIMIT = 8;

async function fetchMissing(
  signal: AbortSignal,
  institutionId: string,
  asOf: string | null,
  area: string | null,
) {
  return (await execute(MissingPartnersDocument, { institutionId, area, limit: MISSING_LIMIT, asOf }, signal))
    .missingPartners;
}

/**
 * Ranked candidate partners for an institution, with the reasons (server: analytics/missing-partners).
 * `area`: the area on the canvas; a candidate outside it says so (reason OUTSIDE_AREA).
 */
export function useMissingPartners(
  institutionId: string | null,
  asOf: string | null,
  area: string | null,
): [RequestState<MissingPartners>, () => void] {
  return useRequest(fetchMissing, institutionId === null ? null : [institutionId, asOf, area]);
}
