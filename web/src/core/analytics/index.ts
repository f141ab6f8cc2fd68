import { type RequestState, useRequest } from '../request';
import { fetchBrokers, fetchSectorMatrix } from './api';
import { BROKERS_SHOWN, type BrokersData, type SectorMatrixData } from './types';

/** The area's sector × sector matrix and E-I indices (server: analytics/sector-matrix, ei-index). */
export function useSectorMatrix(
  teryt: string | undefined,
  asOf: string | null,
): [RequestState<SectorMatrixData>, () => void] {
  return useRequest(fetchSectorMatrix, teryt === undefined ? null : [teryt, asOf]);
}

/** The area's top brokers and structure (server: analytics/brokers). */
export function useBrokers(
  teryt: string | undefined,
  asOf: string | null,
): [RequestState<BrokersData>, () => void] {
  return useRequest(fetchBrokers, teryt === undefined ? null : [teryt, asOf, BROKERS_SHOWN]);
}

/** The page language, for number formatting (the i18n module sets <html lang>). */
export function pageLocale(): string {
  return typeof document === 'undefined' ? 'pl' : document.documentElement.lang || 'pl';
}
