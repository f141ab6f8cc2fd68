import { connectedComponents } from 'graphology-components';
import type { AnalyticsGraph } from './graph.js';

export interface Components {
  /** Connected components, largest first (ties broken by their smallest member id). */
  components: string[][];
  /** Institutions without any tie in the network, by id. */
  isolates: string[];
}

export function components(graph: AnalyticsGraph): Components {
  const found = connectedComponents(graph).map((members) => [...members].sort());
  found.sort((a, b) => b.length - a.length || ((a[0] ?? '') < (b[0] ?? '') ? -1 : 1));
  const isolates = graph.filterNodes((id) => graph.degree(id) === 0).sort();
  return { components: found, isolates };
}
