import { NODE_MEASURES, type NodeMeasure, tieCount, toMeasureGraph } from '@splot/measures';
import type { Session } from 'neo4j-driver';
import { namedQuery } from '../db/queries.js';
import { DEFAULT_NETWORK_LIMITS, type NetworkLimits } from '../network/limits.js';
import type { MembershipRow } from './read-export.js';
import { rows, slices } from './read-rows.js';
import { foldTies, MembershipTable } from './ties.js';
import type { ExportMeasures, ExportRequest } from './types.js';

/** The measures of a one-mode export, and each exported node's values (undefined: none). */
export interface MeasuredExport {
  measures: ExportMeasures;
  valuesOf(id: string): Readonly<Record<string, number | null>> | undefined;
}

const NONE: MeasuredExport = { measures: { carried: [], leftOut: [] }, valuesOf: () => undefined };

const count = (n: number) => n.toLocaleString('en-US');

/** Σ c·(c−1)/2 over the affiliations: an upper bound of the ties that costs no fold. */
function memberPairs(table: MembershipTable): number {
  const members = new Map<number, number>();
  for (const a of table.affiliation) members.set(a, (members.get(a) ?? 0) + 1);
  let pairs = 0;
  for (const c of members.values()) pairs += (c * (c - 1)) / 2;
  return pairs;
}

/** Why a whole-graph walk (a measure with a browser bound) is not run here, or null. */
function tooCostly(measure: NodeMeasure, institutions: number, ties: number, limits: NetworkLimits) {
  if (measure.browserMaxNodes === undefined || institutions * ties <= limits.maxBetweennessWork) return null;
  return `institutions × ties = ${count(institutions * ties)}, more than BETWEENNESS_MAX_WORK (${count(limits.maxBetweennessWork)})`;
}

/**
 * Every measure of the registry (@splot/measures) on the area's own institutions and the ties
 * among them: the graph GraphQL's nodeMetrics measures, so the values are the same. Partners
 * outside the area get none (they are the area's boundary, not its members). Read before the
 * nodes are written, as a file's node records come first: the area's memberships are folded once
 * into the typed-array graph. The limits of the API hold: past NETWORK_MAX_TIES no measure is
 * computed, past BETWEENNESS_MAX_WORK no whole-graph walk; what is left out says why.
 */
export async function measureExport(
  session: Session,
  { teryt, mode, filter }: ExportRequest,
  limits: NetworkLimits = DEFAULT_NETWORK_LIMITS,
): Promise<MeasuredExport> {
  if (mode !== 'INSTITUTIONS') return NONE;
  const query = namedQuery(teryt === null ? 'export-institutions-all' : 'export-institutions');
  const params = { teryt, asOf: filter.asOf, sectors: filter.sectors, kinds: filter.kinds };
  const nodes: Array<{ id: string; sector: string | null }> = [];
  for await (const r of rows<{ id: string; sector: string | null }>(session, query, params))
    nodes.push({ id: r.id, sector: r.sector });
  const table = new MembershipTable();
  for (const slice of slices(nodes.map((n) => n.id))) {
    const memberships = namedQuery('export-memberships');
    const sliceParams = {
      ids: slice,
      asOf: filter.asOf,
      tieKinds: filter.tieKinds,
      sourcedOnly: filter.sourcedOnly,
    };
    for await (const m of rows<MembershipRow>(session, memberships, sliceParams)) table.add(m);
  }
  const check = memberPairs(table) > limits.maxTies;
  const edges: Array<{ source: string; target: string; weight: number }> = [];
  for (const tie of foldTies(table)) {
    edges.push({ source: tie.source, target: tie.target, weight: tie.weight });
    if (check && edges.length > limits.maxTies) {
      const reason = `more than ${count(limits.maxTies)} ties among the area's institutions (NETWORK_MAX_TIES)`;
      return { ...NONE, measures: { carried: [], leftOut: NODE_MEASURES.map(({ id }) => ({ id, reason })) } };
    }
  }
  // In id order, as nodeMetrics builds it: the same sums in the same order give the same values.
  nodes.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const graph = toMeasureGraph({ nodes, edges });
  const ties = tieCount(graph);
  const measures: ExportMeasures = { carried: [], leftOut: [] };
  const columns: Array<ArrayLike<number | null>> = [];
  for (const measure of NODE_MEASURES) {
    const reason = tooCostly(measure, graph.ids.length, ties, limits);
    if (reason !== null) {
      measures.leftOut.push({ id: measure.id, reason });
      continue;
    }
    measures.carried.push({ id: measure.id, type: measure.integer ? 'int' : 'double' });
    columns.push(measure.fn(graph));
  }
  const index = new Map(graph.ids.map((id, i) => [id, i]));
  return {
    measures,
    valuesOf(id) {
      const i = index.get(id);
      if (i === undefined) return undefined;
      const values: Record<string, number | null> = {};
      measures.carried.forEach(({ id: measure }, k) => {
        const v = columns[k]?.[i];
        values[measure] = v === undefined || v === null || !Number.isFinite(v) ? null : v;
      });
      return values;
    },
  };
}
