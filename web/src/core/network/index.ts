import { fetchAreaNetwork } from '../../api/queries';
import { type RequestState, useRequest } from '../request';
import type { Network, NetworkMode } from './types';

/** The network of one area in one mode; idle until an area is chosen. */
export function useAreaNetwork(
  teryt: string | undefined,
  mode: NetworkMode,
): [RequestState<Network>, () => void] {
  return useRequest(fetchAreaNetwork, teryt === undefined ? null : [teryt, mode]);
}
