import type { AnalyticsGraph } from './graph.js';

/** The one shape of a per-institution measure, so the API and the web app can offer each alike. */
export interface NodeMetric {
  /** Stable identifier used by GraphQL and the web app (`metric.<id>` in the locales). */
  id: string;
  /** One value per institution; null where the measure is undefined (e.g. E-I with no tie). */
  fn(graph: AnalyticsGraph): Record<string, number | null>;
}
