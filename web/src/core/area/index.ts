import { useMemo } from 'react';
import { execute } from '../../api/client';
import { AreasWithDataDocument } from '../../api/operations.generated';
import { type RequestState, useRequest } from '../request';
import type { Area } from './types';
import { defaultArea, sortAreas } from './utils';

export interface AreaState {
  areas: RequestState<Area[]>;
  /** The area in the URL if it has data, else the default one. */
  selected: Area | undefined;
  retry: () => void;
}

async function fetchAreas(signal: AbortSignal): Promise<Area[]> {
  return sortAreas((await execute(AreasWithDataDocument, {}, signal)).areasWithData);
}

const NO_ARGS: [] = [];

export function useAreas(chosen: string | null): AreaState {
  const [areas, retry] = useRequest(fetchAreas, NO_ARGS);
  const selected = useMemo(() => {
    if (areas.status !== 'success') return undefined;
    return areas.data.find((area) => area.teryt === chosen) ?? defaultArea(areas.data);
  }, [areas, chosen]);
  return { areas, selected, retry };
}
