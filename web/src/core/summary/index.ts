import { execute } from '../../api/client';
import { DataSummaryDocument, type DataSummaryQuery } from '../../api/operations.generated';
import { type RequestState, useRequest } from '../request';

export type DataSummary = DataSummaryQuery['dataSummary'];

async function fetchSummary(signal: AbortSignal, _version: number): Promise<DataSummary> {
  return (await execute(DataSummaryDocument, {}, signal)).dataSummary;
}

/** What the database holds (server: summary/read-summary); `version` reads it again after a change. */
export function useDataSummary(version: number): [RequestState<DataSummary>, () => void] {
  return useRequest(fetchSummary, [version]);
}

/**
 * Up to this many institutions, the first screen shows the whole country: every institution
 * fits on one canvas, and a newcomer sees all there is rather than one powiat of it.
 */
export const COUNTRY_DEFAULT_MAX = 300;
