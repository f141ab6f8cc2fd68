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
 * One-mode projection: two institutions are tied when they share affiliations; the weight is how
 * many, the kinds are theirs, and the tie lasts from the earliest start to the latest end.
 */
export function buildInstitutionNetwork(
  area: AreaRef,
  institutions: InstitutionRow[],
  affiliations: AffiliationRow[],
): Network {
  const present = new Set(institutions.map((i) => i.id));
  const members = new Map<string, AffiliationRow[]>();
  for (const row of affiliations) {
    if (!present.has(row.institution)) continue;
    const list = members.get(row.affiliation);
    if (list) list.push(row);
    else members.set(row.affiliation, [row]);
  }
  // The hot loop of every areaNetwork (Σ members² per affiliation): no allocation per pair, edges
  // found through source → target maps; pairSpan and widenSpan are inlined.
  const bySource = new Map<string, Map<string, NetworkEdge>>();
  const sorted: NetworkEdge[] = [];
  for (const rows of members.values()) {
    const n = rows.length;
    for (let a = 0; a < n; a++) {
      const x = rows[a] as AffiliationRow;
      for (let b = a + 1; b < n; b++) {
        const y = rows[b] as AffiliationRow;
        if (x.institution === y.institution) continue;
        const forward = x.institution < y.institution;
        const source = forward ? x.institution : y.institution;
        const target = forward ? y.institution : x.institution;
        const start = x.start !== null && y.start !== null ? latest(x.start, y.start) : (x.start ?? y.start);
        const end = earliest(x.end, y.end) ?? x.end ?? y.end;
        let targets = bySource.get(source);
        if (!targets) {
          targets = new Map();
          bySource.set(source, targets);
        }
        const edge = targets.get(target);
        if (!edge) {
          const created = {
            id: `${source}--${target}`,
            source,
            target,
            weight: 1,
            kinds: [x.tieKind],
            start,
            end,
          };
          targets.set(target, created);
          sorted.push(created);
        } else {
          edge.weight += 1;
          if (!edge.kinds.includes(x.tieKind)) edge.kinds.push(x.tieKind);
          edge.start = earliest(edge.start, start);
          edge.end = latest(edge.end, end);
        }
      }
    }
  }
  sorted.sort((p, q) => (p.id < q.id ? -1 : 1));
  for (const e of sorted) e.kinds.sort();
  return { area, nodes: institutions.map(institutionNode), edges: sorted };
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
