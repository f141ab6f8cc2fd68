import { execute } from '../../api/client';
import {
  AreaMissingPartnersDocument,
  CoverageGapsDocument,
  InstitutionSeatsDocument,
} from '../../api/operations.generated';
import type { AreaMissing, CoverageGaps } from './types';

/** How many pairs the area-wide worklist asks for. */
export const WORKLIST_LIMIT = 50;

export async function fetchCoverageGaps(
  signal: AbortSignal,
  teryt: string,
  asOf: string | null,
): Promise<CoverageGaps> {
  return (await execute(CoverageGapsDocument, { teryt, asOf }, signal)).coverageGaps;
}

export async function fetchAreaMissing(
  signal: AbortSignal,
  teryt: string,
  asOf: string | null,
  sourcedOnly = false,
): Promise<AreaMissing> {
  return execute(AreaMissingPartnersDocument, { teryt, asOf, sourcedOnly, limit: WORKLIST_LIMIT }, signal);
}

/** The seat (TERYT of the area it is located in) of each institution asked about. */
export async function fetchSeats(signal: AbortSignal, ids: string[]): Promise<Map<string, string | null>> {
  const data = await execute(InstitutionSeatsDocument, { ids }, signal);
  return new Map(data.institutions.map((i) => [i.id, i.area[0]?.teryt ?? null]));
}
