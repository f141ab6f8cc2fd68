import { betweenness } from './betweenness.js';
import { type BrokerageRoles, brokerageRoles } from './brokerage.js';
import { communities } from './communities.js';
import { components } from './components.js';
import { degrees } from './degree.js';
import type { AnalyticsGraph } from './graph.js';
import { weightedDegrees } from './weighted-degree.js';

export const BROKER_ORDERS = ['CROSS_SECTOR', 'BETWEENNESS', 'DEGREE', 'WEIGHTED_DEGREE'] as const;
export type BrokerOrder = (typeof BROKER_ORDERS)[number];

export interface BrokerRow {
  rank: number;
  id: string;
  label: string;
  kind: string | null;
  sector: string;
  degree: number;
  weightedDegree: number;
  betweenness: number;
  betweennessNormalized: number;
  brokerage: BrokerageRoles;
  /** Index into `communities` / `components`. */
  community: number;
  component: number;
}

export interface BrokersReport {
  institutions: number;
  ties: number;
  ranking: BrokerRow[];
  components: string[][];
  isolates: string[];
  communities: string[][];
  modularity: number | null;
}

type Key = (row: BrokerRow) => number;
const KEYS: Record<BrokerOrder, Key[]> = {
  // Who bridges sectors first; betweenness then says who bridges the network as a whole.
  CROSS_SECTOR: [(r) => r.brokerage.crossSector, (r) => r.betweenness, (r) => r.weightedDegree],
  BETWEENNESS: [(r) => r.betweenness, (r) => r.brokerage.crossSector, (r) => r.weightedDegree],
  DEGREE: [(r) => r.degree, (r) => r.weightedDegree, (r) => r.betweenness],
  WEIGHTED_DEGREE: [(r) => r.weightedDegree, (r) => r.degree, (r) => r.betweenness],
};

/** Ranks institutions as brokers (highest first, then by name and id), with the area's structure. */
export function brokers(
  graph: AnalyticsGraph,
  { limit = null, orderBy = 'CROSS_SECTOR' }: { limit?: number | null; orderBy?: BrokerOrder } = {},
): BrokersReport {
  const degree = degrees(graph);
  const weighted = weightedDegrees(graph);
  const between = betweenness(graph);
  const roles = brokerageRoles(graph);
  const parts = components(graph);
  const groups = communities(graph);
  const componentOf = new Map<string, number>();
  parts.components.forEach((members, i) => {
    for (const id of members) componentOf.set(id, i);
  });
  const rows: BrokerRow[] = graph.mapNodes((id, attrs) => ({
    rank: 0,
    id,
    label: attrs.label,
    kind: attrs.kind,
    sector: attrs.sector,
    degree: degree[id] ?? 0,
    weightedDegree: weighted[id] ?? 0,
    betweenness: between[id]?.raw ?? 0,
    betweennessNormalized: between[id]?.normalized ?? 0,
    brokerage: roles[id] as BrokerageRoles,
    community: groups.membership[id] ?? -1,
    component: componentOf.get(id) ?? -1,
  }));
  const keys = KEYS[orderBy];
  rows.sort((a, b) => {
    for (const key of keys) {
      const d = key(b) - key(a);
      if (d !== 0) return d;
    }
    return a.label.localeCompare(b.label, 'pl') || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  });
  rows.forEach((row, i) => {
    row.rank = i + 1;
  });
  return {
    institutions: graph.order,
    ties: graph.size,
    ranking: limit === null ? rows : rows.slice(0, limit),
    components: parts.components,
    isolates: parts.isolates,
    communities: groups.communities,
    modularity: groups.modularity,
  };
}
