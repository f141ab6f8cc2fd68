import type { Driver } from 'neo4j-driver';
import { readDataSummary } from '../../summary/read-summary.js';

/** `dataSummary`: counts for the first screen (server/src/summary). */
export function summaryResolvers(driver: Driver) {
  return { Query: { dataSummary: () => readDataSummary(driver) } };
}
