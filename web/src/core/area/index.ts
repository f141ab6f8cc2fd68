import { useMemo } from 'react';
import { execute } from '../../api/client';
import { AreaByTerytDocument, AreasWithDataDocument } from '../../api/operations.generated';
import { type RequestState, useRequest } from '../request';
import type { Area, AreaProblem } from './types';
import { resolveArea, sortAreas } from './utils';

export interface AreaState {
  areas: RequestState<Area[]>;
  /** The area in the URL if it has data (or the country), the default one when none is given. */
  selected: Area | undefined;
  /** Why the area in the URL is not drawn; then `selected` is undefined and nothing is drawn. */
  problem: AreaProblem | null;
  retry: () => void;
}

async function fetchAreas(signal: AbortSignal): Promise<Area[]> {
  return sortAreas((await execute(AreasWithDataDocument, {}, signal)).areasWithData);
}

async function fetchArea(signal: AbortSignal, teryt: string): Promise<Area | null> {
  return (await execute(AreaByTerytDocument, { teryt }, signal)).areas[0] ?? null;
}

const NO_ARGS: [] = [];

/**
 * The areas with data and the one on screen. `preferred`: the default area when the link names
 * none (see core/summary); while it is not known yet (undefined), such a link selects nothing.
 */
export function useAreas(chosen: string | null, preferred?: string): AreaState {
  const [areas, retry] = useRequest(fetchAreas, NO_ARGS);
  const resolved = useMemo(
    () =>
      areas.status === 'success' && (chosen !== null || preferred !== undefined)
        ? resolveArea(areas.data, chosen, preferred)
        : null,
    [areas, chosen, preferred],
  );
  // A well-formed code without data: does such an area exist at all?
  const missing = resolved && 'problem' in resolved && resolved.problem === 'missing' ? resolved.code : null;
  const [known] = useRequest(fetchArea, missing === null ? null : [missing]);
  const problem = useMemo((): AreaProblem | null => {
    if (!resolved || 'area' in resolved) return null;
    const { code, nearby } = resolved;
    if (resolved.problem === 'malformed') return { kind: 'malformed', code, nearby };
    if (known.status === 'success') {
      return known.data
        ? { kind: 'noData', code, area: known.data, nearby }
        : { kind: 'unknown', code, nearby };
    }
    // Not knowing whether it exists (loading, or the check failed) is still no network of another area.
    return { kind: known.status === 'error' ? 'unknown' : 'checking', code, nearby };
  }, [resolved, known]);
  const selected = resolved && 'area' in resolved ? resolved.area : undefined;
  return { areas, selected, problem, retry };
}
