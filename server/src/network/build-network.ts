import {
  earlierEnd,
  earlierStart,
  isPeriod,
  laterEnd,
  laterStart,
  membershipId,
  mergePeriods,
  type Period,
  tieId,
} from '@splot/domain';
import type { AreaRef, Network, NetworkEdge, NetworkNode } from './types.js';

export interface InstitutionRow {
  id: string;
  label: string;
  kind: string | null;
  sector: string | null;
  /** Seated outside the area read (its boundary): tied to the area, never to another outsider. */
  outside?: boolean;
}

/** One institution's membership in one partnership or collaboration. */
export interface AffiliationRow {
  institution: string;
  affiliation: string;
  type: 'PARTNERSHIP' | 'COLLABORATION';
  label: string;
  tieKind: string;
  start: string | null;
  end: string | null;
  /** False when the affiliation cites no source yet (absent: it does). */
  sourced?: boolean;
}

export function institutionNode(row: InstitutionRow): NetworkNode {
  return {
    id: row.id,
    label: row.label,
    type: 'INSTITUTION',
    sector: row.sector,
    kind: row.kind,
    outside: row.outside === true,
  };
}

export type Span = Period;

/**
 * One partnership or collaboration with its memberships among the institutions read
 * ([institution id, start, end] each): what institution-affiliation-groups.cypher returns.
 */
export interface AffiliationGroup {
  affiliation: string;
  type: 'PARTNERSHIP' | 'COLLABORATION';
  label: string;
  tieKind: string;
  members: Array<[string, string | null, string | null]>;
  /** False when the affiliation cites no source yet (absent: it does). */
  sourced?: boolean;
}

/** Membership rows (one per institution and affiliation) grouped by affiliation, in first-seen order. */
export function groupAffiliations(rows: AffiliationRow[]): AffiliationGroup[] {
  const groups = new Map<string, AffiliationGroup>();
  for (const r of rows) {
    let group = groups.get(r.affiliation);
    if (!group) {
      group = {
        affiliation: r.affiliation,
        type: r.type,
        label: r.label,
        tieKind: r.tieKind,
        members: [],
        sourced: r.sourced !== false,
      };
      groups.set(r.affiliation, group);
    }
    group.members.push([r.institution, r.start, r.end]);
  }
  return [...groups.values()];
}

/**
 * One-mode projection: two institutions are tied while they share an affiliation at the same time
 * (their memberships' periods overlap, domain/time.ts); the weight is how many such affiliations,
 * the kinds are theirs, the periods are the overlaps merged, and start/end their hull. Members who
 * never overlapped are not tied.
 */
export function buildInstitutionNetwork(
  area: AreaRef,
  institutions: InstitutionRow[],
  affiliations: AffiliationRow[],
): Network {
  return projectInstitutions(area, institutions, groupAffiliations(affiliations));
}

/** An edge being built: its periods so far (not yet merged). */
type EdgeSoFar = NetworkEdge & { spans: Period[] };

/**
 * The one-mode projection from grouped memberships. It is the hot loop of every areaNetwork
 * (Σ members² per affiliation, 146,050 ties in the largest synthetic powiat), so it works on
 * integer ranks: an institution's rank is its place in id order, a tie is found through an array
 * indexed by the lower rank and a Map keyed by the higher one, and the ties come out sorted by
 * (source, target) without comparing strings. A period is allocated per pair only when it differs
 * from the tie's last one (members of one affiliation mostly share its dates).
 */
export function projectInstitutions(
  area: AreaRef,
  institutions: InstitutionRow[],
  groups: AffiliationGroup[],
): Network {
  const ids = [...new Set(institutions.map((i) => i.id))].sort();
  const rankOf = new Map<string, number>();
  for (let k = 0; k < ids.length; k++) rankOf.set(ids[k] as string, k);
  // Two institutions outside the area are not one of its ties, even when they share its affiliation.
  const outside = new Uint8Array(ids.length);
  for (const i of institutions) if (i.outside) outside[rankOf.get(i.id) as number] = 1;
  const bySource: Array<Map<number, EdgeSoFar> | undefined> = new Array(ids.length);
  // One group's members present in the network: rank and period (reused across groups). A
  // membership whose period holds no day overlaps nobody's: left out.
  const ranks: number[] = [];
  const starts: Array<string | null> = [];
  const ends: Array<string | null> = [];
  for (const group of groups) {
    let m = 0;
    for (const [id, start, end] of group.members) {
      const rank = rankOf.get(id);
      if (rank === undefined || !isPeriod({ start, end })) continue;
      ranks[m] = rank;
      starts[m] = start;
      ends[m] = end;
      m++;
    }
    const kind = group.tieKind;
    const sourced = group.sourced !== false;
    for (let a = 0; a < m; a++) {
      const ra = ranks[a] as number;
      const sa = starts[a] as string | null;
      const ea = ends[a] as string | null;
      for (let b = a + 1; b < m; b++) {
        const rb = ranks[b] as number;
        if (ra === rb || (outside[ra] === 1 && outside[rb] === 1)) continue;
        // overlap() of the two periods, without allocating one per pair (most pairs add to a tie
        // already found, with the same dates).
        const start = laterStart(sa, starts[b] as string | null);
        const end = earlierEnd(ea, ends[b] as string | null);
        if (start !== null && end !== null && start > end) continue;
        const lo = Math.min(ra, rb);
        const hi = Math.max(ra, rb);
        let targets = bySource[lo];
        if (!targets) {
          targets = new Map();
          bySource[lo] = targets;
        }
        const edge = targets.get(hi);
        if (!edge) {
          const source = ids[lo] as string;
          const target = ids[hi] as string;
          targets.set(hi, {
            id: tieId(source, target),
            source,
            target,
            weight: 1,
            kinds: [kind],
            start,
            end,
            periods: [],
            sourced,
            spans: [{ start, end }],
          });
        } else {
          edge.weight += 1;
          if (sourced) edge.sourced = true;
          if (!edge.kinds.includes(kind)) edge.kinds.push(kind);
          edge.start = earlierStart(edge.start, start);
          edge.end = laterEnd(edge.end, end);
          const last = edge.spans[edge.spans.length - 1] as Period;
          if (last.start !== start || last.end !== end) edge.spans.push({ start, end });
        }
      }
    }
  }
  const edges: NetworkEdge[] = [];
  for (const targets of bySource) {
    if (!targets) continue;
    const order = Int32Array.from(targets.keys()).sort();
    for (const hi of order) {
      const { spans, ...edge } = targets.get(hi) as EdgeSoFar;
      if (edge.kinds.length > 1) edge.kinds.sort();
      edge.periods = spans.length === 1 ? spans : mergePeriods(spans);
      edges.push(edge);
    }
  }
  return { area, nodes: institutions.map(institutionNode), edges };
}

/** Two-mode network: institutions and their affiliations as nodes, memberships as edges. */
export function buildAffiliationNetwork(
  area: AreaRef,
  institutions: InstitutionRow[],
  affiliations: AffiliationRow[],
): Network {
  const present = new Set(institutions.map((i) => i.id));
  const rows = affiliations.filter((r) => present.has(r.institution));
  const affiliationNodes = new Map<string, NetworkNode>();
  for (const a of rows) {
    if (!affiliationNodes.has(a.affiliation)) {
      const kind = a.type === 'PARTNERSHIP' ? null : a.tieKind;
      affiliationNodes.set(a.affiliation, {
        id: a.affiliation,
        label: a.label,
        type: a.type,
        sector: null,
        kind,
        outside: false,
      });
    }
  }
  return {
    area,
    nodes: [...institutions.map(institutionNode), ...affiliationNodes.values()],
    edges: rows.map((a) => ({
      id: membershipId(a.institution, a.affiliation),
      source: a.institution,
      target: a.affiliation,
      weight: 1,
      kinds: [a.tieKind],
      start: a.start,
      end: a.end,
      periods: [{ start: a.start, end: a.end }],
      sourced: a.sourced !== false,
    })),
  };
}

/**
 * The two-mode network from grouped memberships, in the order of membership rows sorted by
 * institution and affiliation (the order buildAffiliationNetwork gives its nodes and edges).
 */
export function projectAffiliations(
  area: AreaRef,
  institutions: InstitutionRow[],
  groups: AffiliationGroup[],
): Network {
  const rows: AffiliationRow[] = [];
  for (const { affiliation, type, label, tieKind, members, sourced } of groups) {
    for (const [institution, start, end] of members) {
      rows.push({ institution, affiliation, type, label, tieKind, start, end, sourced: sourced !== false });
    }
  }
  rows.sort((p, q) =>
    p.institution !== q.institution
      ? p.institution < q.institution
        ? -1
        : 1
      : p.affiliation < q.affiliation
        ? -1
        : p.affiliation > q.affiliation
          ? 1
          : 0,
  );
  return buildAffiliationNetwork(area, institutions, rows);
}
