import { pairSpan, widenSpan } from '../network/build-network.js';
import type { ExportEdge, Span } from './types.js';

/** One shared affiliation of two institutions (source < target), with both memberships' dates. */
export interface PairRow {
  source: string;
  target: string;
  tieKind: string;
  start1: string | null;
  end1: string | null;
  start2: string | null;
  end2: string | null;
}

// null start = since always, null end = still open: compare them as -∞ and +∞.
const startKey = (s: string | null) => s ?? '';
const laterDate = (a: string, b: string) => (a < b ? b : a);
const endBefore = (end: string | null, start: string | null) => end !== null && start !== null && end < start;

/** Merges overlapping periods; [] when the tie always existed (one period open at both ends). */
export function mergeSpans(spans: Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => (startKey(a.start) < startKey(b.start) ? -1 : 1));
  const merged: Span[] = [];
  for (const span of sorted) {
    const last = merged[merged.length - 1];
    if (last && !endBefore(last.end, span.start)) {
      last.end = last.end === null || span.end === null ? null : laterDate(last.end, span.end);
    } else {
      merged.push({ ...span });
    }
  }
  return merged.length === 1 && merged[0]?.start === null && merged[0].end === null ? [] : merged;
}

/**
 * Folds pair rows sorted by (source, target) into one-mode ties, one at a time: the same weight,
 * kinds and hull dates as areaNetwork (the same pairSpan/widenSpan rules), plus the periods.
 * `keep(target)` drops pairs whose other end is not an exported node.
 */
export async function* foldTies(rows: AsyncIterable<PairRow>, keep: (id: string) => boolean) {
  let current: { edge: ExportEdge; periods: Span[] } | null = null;
  const finish = (c: { edge: ExportEdge; periods: Span[] }): ExportEdge => {
    c.edge.kinds.sort();
    c.edge.spells = mergeSpans(c.periods);
    return c.edge;
  };
  for await (const row of rows) {
    if (!keep(row.target) || row.source === row.target) continue;
    const span = pairSpan({ start: row.start1, end: row.end1 }, { start: row.start2, end: row.end2 });
    const id = `${row.source}--${row.target}`;
    if (current && current.edge.id === id) {
      const edge = current.edge;
      edge.weight += 1;
      if (!edge.kinds.includes(row.tieKind)) edge.kinds.push(row.tieKind);
      Object.assign(edge, widenSpan(edge, span));
      current.periods.push(span);
      continue;
    }
    if (current) yield finish(current);
    current = {
      edge: {
        id,
        source: row.source,
        target: row.target,
        weight: 1,
        kinds: [row.tieKind],
        start: span.start,
        end: span.end,
        spells: [],
        role: null,
      },
      periods: [span],
    };
  }
  if (current) yield finish(current);
}
