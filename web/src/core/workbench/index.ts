import { type RequestState, useRequest } from '../request';
import { fetchAreaMissing, fetchCoverageGaps, fetchSeats } from './api';
import type { AreaMissing, CoverageGaps } from './types';

export type { AreaCandidate, AreaMissing, CoverageGaps, WorkbenchTab } from './types';

/** Kinds absent from the area and below, and institutions without a cross-sector tie. */
export function useCoverageGaps(
  teryt: string | null,
  asOf: string | null,
): [RequestState<CoverageGaps>, () => void] {
  return useRequest(fetchCoverageGaps, teryt === null ? null : [teryt, asOf]);
}

/**
 * The area's missing pairs (best first) with the area's counts, for explaining an empty list;
 * `sourcedOnly`: pairs tied only by unsourced ties count as not tied, as on the canvas.
 */
export function useAreaMissing(
  teryt: string | null,
  asOf: string | null,
  sourcedOnly = false,
): [RequestState<AreaMissing>, () => void] {
  return useRequest(fetchAreaMissing, teryt === null ? null : [teryt, asOf, sourcedOnly]);
}

/** Where the drawn institutions are seated, to light up those of one gmina or powiat. */
export function useSeats(ids: string[] | null): [RequestState<Map<string, string | null>>, () => void] {
  return useRequest(fetchSeats, ids === null ? null : [ids]);
}
