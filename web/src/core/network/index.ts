import { execute } from '../../api/client';
import { AreaNetworkDocument, EgoNetworkDocument } from '../../api/operations.generated';
import { type RequestState, useRequest } from '../request';
import type { ViewState } from '../view/types';
import { fromCompact } from './compact';
import type { Network } from './types';

/** What the server is asked for; the date is applied in the browser (see core/time). */
export interface NetworkRequest {
  teryt: string;
  focus: string | null;
  depth: number;
  mode: ViewState['mode'];
  sectors: ViewState['sectors'];
  kinds: ViewState['kinds'];
  ties: ViewState['ties'];
  /** Only ties that cite a source: the server leaves out the affiliations citing none. */
  sourcedOnly: boolean;
}

const orNull = <T>(list: readonly T[]) => (list.length > 0 ? [...list] : null);

export async function fetchNetwork(signal: AbortSignal, request: NetworkRequest): Promise<Network> {
  const filters = {
    mode: request.mode,
    sectors: orNull(request.sectors),
    kinds: orNull(request.kinds),
    tieKinds: orNull(request.ties),
    sourcedOnly: request.sourcedOnly,
  };
  if (request.focus !== null) {
    const data = await execute(
      EgoNetworkDocument,
      { institutionId: request.focus, depth: request.depth, ...filters },
      signal,
    );
    return fromCompact(data.egoNetwork);
  }
  return fromCompact(
    (await execute(AreaNetworkDocument, { teryt: request.teryt, ...filters }, signal)).areaNetwork,
  );
}

/** `version` only changes the request key: a new version (after an edit) reads again. */
async function fetchVersioned(signal: AbortSignal, request: NetworkRequest, _version: number) {
  return fetchNetwork(signal, request);
}

/** The area's network, or the ego network of the focused institution; idle until an area is known. */
export function useNetwork(
  view: ViewState,
  teryt: string | undefined,
  version = 0,
): [RequestState<Network>, () => void] {
  const request: NetworkRequest | null =
    teryt === undefined && view.focus === null
      ? null
      : {
          teryt: teryt ?? '',
          focus: view.focus,
          depth: view.depth,
          mode: view.mode,
          sectors: view.sectors,
          kinds: view.kinds,
          ties: view.ties,
          sourcedOnly: view.sourced === 'only',
        };
  return useRequest(fetchVersioned, request === null ? null : [request, version]);
}
