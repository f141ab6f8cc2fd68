import { type RequestState, useRequest } from '../request';
import { fetchBrokers, fetchSectorMatrix } from './api';
import { type AnalyticsFilter, BROKERS_SHOWN, type BrokersData, type SectorMatrixData } from './types';

/**
 * The area's sector × sector matrix and E-I indices (server: analytics/sector-matrix, ei-index),
 * over the institutions and ties the filters on screen leave (as the canvas draws them).
 */
export function useSectorMatrix(
  teryt: string | undefined,
  asOf: string | null,
  filter: AnalyticsFilter,
): [RequestState<SectorMatrixData>, () => void] {
  return useRequest(fetchSectorMatrix, teryt === undefined ? null : [teryt, asOf, filter]);
}

/** The area's top brokers and structure (server: analytics/brokers). */
export function useBrokers(
  teryt: string | undefined,
  asOf: string | null,
  filter: AnalyticsFilter,
): [RequestState<BrokersData>, () => void] {
  return useRequest(fetchBrokers, teryt === undefined ? null : [teryt, asOf, filter, BROKERS_SHOWN]);
}

/** The page language, for number formatting (the i18n module sets <html lang>). */
export function pageLocale(): string {
  return typeof document === 'undefined' ? 'pl' : document.documentElement.lang || 'pl';
}
