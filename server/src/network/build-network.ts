import type { AreaRef, Network, NetworkEdge, NetworkNode } from './types.js';

export interface InstitutionRow {
  id: string;
  label: string;
  kind: string | null;
  sector: string | null;
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
}

function institutionNode(row: InstitutionRow): NetworkNode {
  return { id: row.id, label: row.label, type: 'INSTITUTION', sector: row.sector, kind: row.kind };
}

// Dates as YYYY-MM-DD compare as strings; null means "unknown/open", which wins.
const earliest = (a: string | null, b: string | null) => (a === null || b === null ? null : a < b ? a : b);
const latest = (a: string | null, b: string | null) => (a === null || b === null ? null : a > b ? a : b);

export interface Span {
  start: string | null;
  end: string | null;
}

/** The span of the tie one shared affiliation makes: from when both were in to when the first left. */
export function pairSpan(x: Span, y: Span): Span {
  return {
    start: x.start !== null && y.start !== null ? latest(x.start, y.start) : (x.start ?? y.start),
    end: earliest(x.end, y.end) ?? x.end ?? y.end,
  };
}

/** A tie over several affiliations lasts from the earliest start to the latest end (unknown wins). */
export function widenSpan(a: Span, b: Span): Span {
  return { start: earliest(a.start, b.start), end: latest(a.end, b.end) };
}

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
}

/** Membership rows (one per institution and affiliation) grouped by affiliation, in first-seen order. */
export function groupAffiliations(rows: AffiliationRow[]): AffiliationGroup[] {
  const groups = new Map<string, AffiliationGroup>();
  for (const r of rows) {
    let group = groups.get(r.affiliation);
    if (!group) {
      group = { affiliation: r.affiliation, type: r.type, label: r.label, tieKind: r.tieKind, members: [] };
      groups.set(r.affiliation, group);
    }
    group.members.push([r.institution, r.start, r.end]);
  }
  return [...groups.values()];
}

/**
 * One-mode projection: two institutions are tied when they share affiliations; the weight is how
 * many, the kinds are theirs, and the tie lasts from the earliest start to the latest end.
 */
export function buildInstitutionNetwork(
  area: AreaRef,
  institutions: InstitutionRow[],
  affiliations: AffiliationRow[],
): Network {
  return projectInstitutions(area, institutions, groupAffiliations(affiliations));
}

/**
 * The one-mode projection from grouped memberships. It is the hot loop of every areaNetwork
 * (Σ members² per affiliation, 146,050 ties in the largest synthetic powiat), so it works on
 * integer ranks: an institution's rank is its place in id order, a tie is found through an array
 * indexed by the lower rank and a Map keyed by the higher one, nothing is allocated per pair, and
 * the ties come out sorted by (source, target) without comparing strings.
 */
export function projectInstitutions(
  area: AreaRef,
  institutions: InstitutionRow[],
  groups: AffiliationGroup[],
): Network {
  const ids = [...new Set(institutions.map((i) => i.id))].sort();
  const rankOf = new Map<string, number>();
  for (let k = 0; k < ids.length; k++) rankOf.set(ids[k] as string, k);
  const bySource: Array<Map<number, NetworkEdge> | undefined> = new Array(ids.length);
  // One group's members present in the network: rank, start, end (reused across groups).
  const ranks: number[] = [];
  const starts: Array<string | null> = [];
  const ends: Array<string | null> = [];
  for (const group of groups) {
    let m = 0;
    for (const [id, start, end] of group.members) {
      const rank = rankOf.get(id);
      if (rank === undefined) continue;
      ranks[m] = rank;
      starts[m] = start;
      ends[m] = end;
      m++;
    }
    const kind = group.tieKind;
    for (let a = 0; a < m; a++) {
      const ra = ranks[a] as number;
      const sa = starts[a] as string | null;
      const ea = ends[a] as string | null;
      for (let b = a + 1; b < m; b++) {
        const rb = ranks[b] as number;
        if (ra === rb) continue;
        const sb = starts[b] as string | null;
        const eb = ends[b] as string | null;
        // pairSpan and widenSpan, inlined.
        const start = sa !== null && sb !== null ? latest(sa, sb) : (sa ?? sb);
        const end = earliest(ea, eb) ?? ea ?? eb;
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
            id: `${source}--${target}`,
            source,
            target,
            weight: 1,
            kinds: [kind],
            start,
            end,
          });
        } else {
          edge.weight += 1;
          if (!edge.kinds.includes(kind)) edge.kinds.push(kind);
          edge.start = earliest(edge.start, start);
          edge.end = latest(edge.end, end);
        }
      }
    }
  }
  const edges: NetworkEdge[] = [];
  for (const targets of bySource) {
    if (!targets) continue;
    const order = Int32Array.from(targets.keys()).sort();
    for (const hi of order) {
      const edge = targets.get(hi) as NetworkEdge;
      if (edge.kinds.length > 1) edge.kinds.sort();
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
      });
    }
  }
  return {
    area,
    nodes: [...institutions.map(institutionNode), ...affiliationNodes.values()],
    edges: rows.map((a) => ({
      id: `${a.institution}->${a.affiliation}`,
      source: a.institution,
      target: a.affiliation,
      weight: 1,
      kinds: [a.tieKind],
      start: a.start,
      end: a.end,
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
  for (const { affiliation, type, label, tieKind, members } of groups) {
    for (const [institution, start, end] of members) {
      rows.push({ institution, affiliation, type, label, tieKind, start, end });
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
