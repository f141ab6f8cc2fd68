import { execute } from '../../api/client';
import { AreaMeasuresDocument, MeasuresDocument, type MeasuresQuery } from '../../api/operations.generated';
import { filterArgs } from '../analytics/api';
import type { AnalyticsFilter } from '../analytics/types';
import type { Network } from '../network/types';

export type Measure = MeasuresQuery['measures'][number];

/** The five Gould–Fernandez roles, as the brokers answer names them. */
export const ROLES = ['coordinator', 'consultant', 'representative', 'gatekeeper', 'liaison'] as const;
export type Role = (typeof ROLES)[number];

/** One institution's numbers: the registry's metrics by id, its roles, its community (1 = largest). */
export interface MeasureRow {
  id: string;
  label: string;
  kind: string | null;
  sector: string | null;
  values: Record<string, number | null>;
  community: number | null;
}

export async function fetchMeasures(signal: AbortSignal): Promise<Measure[]> {
  return (await execute(MeasuresDocument, {}, signal)).measures;
}

export type AreaMeasures = Awaited<ReturnType<typeof fetchAreaMeasures>>;

export async function fetchAreaMeasures(
  signal: AbortSignal,
  teryt: string,
  asOf: string | null,
  filter: AnalyticsFilter,
) {
  return execute(AreaMeasuresDocument, { teryt, asOf, ...filterArgs(filter) }, signal);
}

/**
 * The table's rows: the institutions drawn in the current view, each with every registered metric
 * (nodeMetrics, in the registry's order), the five roles and the community the server computed on
 * the area's network. Nodes the server did not measure (affiliations) keep empty cells.
 */
export function measureRows(network: Network, hidden: ReadonlySet<string>, data: AreaMeasures): MeasureRow[] {
  const index = new Map(data.nodeMetrics.ids.map((id, i) => [id, i]));
  const brokers = new Map(data.brokers.ranking.map((b) => [b.id, b]));
  return network.nodes
    .filter((node) => !hidden.has(node.id))
    .map((node) => {
      const i = index.get(node.id);
      const values: Record<string, number | null> = {};
      for (const metric of data.nodeMetrics.metrics)
        values[metric.id] = i === undefined ? null : (metric.values[i] ?? null);
      const broker = brokers.get(node.id);
      for (const role of ROLES) values[role] = broker ? broker.brokerage[role] : null;
      return {
        id: node.id,
        label: node.label,
        kind: node.kind ?? null,
        sector: node.sector ?? null,
        values,
        community: broker ? broker.community + 1 : null,
      };
    });
}

export type SortKey = 'label' | 'kind' | 'sector' | 'community' | string;

/** Rows sorted by a column (numbers descending first, empty cells last; ties by name). */
export function sortRows(rows: readonly MeasureRow[], key: SortKey, ascending: boolean): MeasureRow[] {
  const value = (row: MeasureRow): string | number | null =>
    key === 'label' || key === 'kind' || key === 'sector'
      ? row[key]
      : key === 'community'
        ? row.community
        : (row.values[key] ?? null);
  return [...rows].sort((a, b) => {
    const va = value(a);
    const vb = value(b);
    if (va === null && vb === null) return a.label.localeCompare(b.label, 'pl');
    if (va === null) return 1;
    if (vb === null) return -1;
    const order =
      typeof va === 'number' && typeof vb === 'number' ? va - vb : String(va).localeCompare(String(vb), 'pl');
    return (ascending ? order : -order) || a.label.localeCompare(b.label, 'pl');
  });
}

/** Rows whose name, kind or sector contain the query (diacritics and case ignored). */
export function searchRows(
  rows: readonly MeasureRow[],
  query: string,
  fold: (s: string) => string,
): MeasureRow[] {
  const q = fold(query.trim());
  if (q === '') return [...rows];
  return rows.filter((row) => fold(`${row.label} ${row.kind ?? ''} ${row.sector ?? ''}`).includes(q));
}
