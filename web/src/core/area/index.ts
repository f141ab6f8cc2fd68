import { useMemo, useState } from 'react';
import { fetchAreasWithData } from '../../api/queries';
import { type RequestState, useRequest } from '../request';
import type { Area } from './types';
import { defaultArea, sortAreas } from './utils';

export interface AreaState {
  areas: RequestState<Area[]>;
  /** The chosen area, or the default one until the user picks. */
  selected: Area | undefined;
  select: (teryt: string) => void;
  retry: () => void;
}

const NO_ARGS: [] = [];

export function useAreas(): AreaState {
  const [request, retry] = useRequest(fetchAreasWithData, NO_ARGS);
  const [chosen, setChosen] = useState<string | null>(null);

  const areas = useMemo<RequestState<Area[]>>(
    () => (request.status === 'success' ? { status: 'success', data: sortAreas(request.data) } : request),
    [request],
  );
  const list = areas.status === 'success' ? areas.data : [];
  const selected = list.find((area) => area.teryt === chosen) ?? defaultArea(list);

  return { areas, selected, select: setChosen, retry };
}
