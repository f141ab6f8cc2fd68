import { type BrokerageRoles, betweenness, brokerageRoles, degrees, weightedDegrees } from '@splot/measures';
import { communities } from './communities.js';
import { components } from './components.js';
import { type AnalyticsGraph, measureGraphOf } from './graph.js';

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
  // One typed-array graph for the four measures; its node order is the graph's (mapNodes below).
  const measured = measureGraphOf(graph);
  const degree = degrees(measured);
  const weighted = weightedDegrees(measured);
  const between = betweenness(measured);
  const roles = brokerageRoles(measured);
  const parts = components(graph);
  const groups = communities(graph);
  const componentOf = new Map<string, number>();
  parts.components.forEach((members, i) => {
    for (const id of members) componentOf.set(id, i);
  });
  const rows: BrokerRow[] = measured.ids.map((id, i) => {
    const attrs = graph.getNodeAttributes(id);
    return {
      rank: 0,
      id,
      label: attrs.label,
      kind: attrs.kind,
      sector: attrs.sector,
      degree: degree[i] ?? 0,
      weightedDegree: weighted[i] ?? 0,
      betweenness: between.raw[i] ?? 0,
      betweennessNormalized: between.normalized[i] ?? 0,
      brokerage: roles[i] as BrokerageRoles,
      community: groups.membership[id] ?? -1,
      component: componentOf.get(id) ?? -1,
    };
  });
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
