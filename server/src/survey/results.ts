import { UndirectedGraph } from 'graphology';
import { brokers } from '../analytics/measures/brokers.js';
import { type AnalyticsGraph, UNKNOWN_SECTOR } from '../analytics/measures/graph.js';
import type { ReportedTie, RosterEntry, Survey } from './types.js';

export interface SurveyNode {
  id: string;
  label: string;
  kind: string | null;
  sector: string | null;
  rostered: boolean;
}

export interface ResultTie extends Omit<ReportedTie, 'proposal' | 'response'> {
  /** The target reports the source too. */
  reciprocated: boolean;
}

/** Two institutions and who of them reported the tie. */
export interface ReportedPair {
  a: string;
  b: string;
  reportedBy: string[];
  mutual: boolean;
  /** One-sided, and the side that did not report it has not submitted its response yet. */
  awaiting: boolean;
}

export interface NodeResult extends SurveyNode {
  responded: boolean;
  outDegree: number;
  inDegree: number;
  mutual: number;
  meanValueIn: number | null;
  meanTrustIn: number | null;
  betweenness: number;
  community: number;
  component: number;
}

export interface SurveyResults {
  rostered: number;
  submitted: number;
  inProgress: number;
  responseRate: number;
  notAnswered: RosterEntry[];
  nodes: NodeResult[];
  ties: ResultTie[];
  pairs: ReportedPair[];
  mutualPairs: number;
  oneSidedPairs: number;
  /** Share of reported pairs confirmed by both sides; null when nothing was reported. */
  reciprocity: number | null;
  /** Directed density: reported ties over ordered pairs of institutions. */
  density: number;
  components: number;
  isolates: number;
  /** Answers naming a proposed partner the editor has not decided on. */
  pendingTies: number;
}

const mean = (values: Array<number | null>) => {
  const known = values.filter((v): v is number => v !== null);
  return known.length ? Math.round((known.reduce((a, b) => a + b, 0) / known.length) * 100) / 100 : null;
};
const pairKey = (x: string, y: string) => (x < y ? `${x}\u0000${y}` : `${y}\u0000${x}`);

/** Everything the editor's results show, from the stored answers (plain data in, plain data out). */
export function surveyResults(
  survey: Survey,
  reported: ReportedTie[],
  nodeRows: SurveyNode[],
): SurveyResults {
  const submittedBy = new Set(
    survey.roster.filter((r) => r.status === 'SUBMITTED').map((r) => r.institutionId),
  );
  const known = new Map(nodeRows.map((n) => [n.id, n]));
  const institutionTies = reported.filter((t) => !t.proposal && known.has(t.source) && known.has(t.target));
  const directed = new Set(institutionTies.map((t) => `${t.source}\u0000${t.target}`));
  const ties: ResultTie[] = institutionTies.map(({ proposal: _p, response: _r, ...t }) => ({
    ...t,
    reciprocated: directed.has(`${t.target}\u0000${t.source}`),
  }));
  ties.sort((x, y) => x.source.localeCompare(y.source) || x.target.localeCompare(y.target));

  const pairs = new Map<string, ReportedPair>();
  for (const t of ties) {
    const key = pairKey(t.source, t.target);
    const [a, b] = t.source < t.target ? [t.source, t.target] : [t.target, t.source];
    const pair = pairs.get(key) ?? { a, b, reportedBy: [], mutual: false, awaiting: false };
    pair.reportedBy.push(t.source);
    pairs.set(key, pair);
  }
  for (const pair of pairs.values()) {
    pair.reportedBy.sort();
    pair.mutual = pair.reportedBy.length === 2;
    const silent = pair.reportedBy[0] === pair.a ? pair.b : pair.a;
    pair.awaiting = !pair.mutual && !submittedBy.has(silent);
  }
  const pairList = [...pairs.values()].sort((x, y) => x.a.localeCompare(y.a) || x.b.localeCompare(y.b));
  const mutualPairs = pairList.filter((p) => p.mutual).length;

  // The usual measures on the reported network, read as undirected (a tie either side reported).
  const graph: AnalyticsGraph = new UndirectedGraph();
  for (const n of nodeRows)
    graph.addNode(n.id, { label: n.label, kind: n.kind, sector: n.sector ?? UNKNOWN_SECTOR });
  for (const p of pairList) graph.mergeEdge(p.a, p.b, { weight: p.reportedBy.length, kinds: [] });
  const report = brokers(graph, { orderBy: 'BETWEENNESS' });
  const byId = new Map(report.ranking.map((r) => [r.id, r]));
  const nodes: NodeResult[] = nodeRows.map((n) => {
    const out = ties.filter((t) => t.source === n.id);
    const into = ties.filter((t) => t.target === n.id);
    const row = byId.get(n.id);
    return {
      ...n,
      responded: submittedBy.has(n.id),
      outDegree: out.length,
      inDegree: into.length,
      mutual: out.filter((t) => t.reciprocated).length,
      meanValueIn: mean(into.map((t) => t.value)),
      meanTrustIn: mean(into.map((t) => t.trust)),
      betweenness: row?.betweennessNormalized ?? 0,
      community: row?.community ?? -1,
      component: row?.component ?? -1,
    };
  });
  nodes.sort((x, y) => y.inDegree - x.inDegree || x.label.localeCompare(y.label, 'pl'));
  const n = nodeRows.length;
  return {
    rostered: survey.roster.length,
    submitted: submittedBy.size,
    inProgress: survey.roster.filter((r) => r.status === 'IN_PROGRESS').length,
    responseRate: survey.roster.length ? submittedBy.size / survey.roster.length : 0,
    notAnswered: survey.roster.filter((r) => r.status !== 'SUBMITTED'),
    nodes,
    ties,
    pairs: pairList,
    mutualPairs,
    oneSidedPairs: pairList.length - mutualPairs,
    reciprocity: pairList.length ? mutualPairs / pairList.length : null,
    density: n > 1 ? ties.length / (n * (n - 1)) : 0,
    components: report.components.length,
    isolates: report.isolates.length,
    pendingTies: reported.filter((t) => t.proposal).length,
  };
}
