import { hull, mergePeriods, overlap } from '@splot/domain';
import type { ExportEdge, Span } from './types.js';

/** One dated membership of an exported institution (export-memberships.cypher). */
export interface MembershipSpan {
  institution: string;
  affiliation: string;
  tieKind: string;
  start: string | null;
  end: string | null;
  /** The affiliation cites a source; absent: it does. */
  sourced?: boolean;
}

/**
 * The spells of a tie for a dynamic file: its periods merged (domain/time.ts); [] when it always
 * existed (one period open at both ends), which GEXF writes as no spells at all.
 */
export function mergeSpans(spans: Span[]): Span[] {
  const merged = mergePeriods(spans);
  return merged.length === 1 && merged[0]?.start === null && merged[0].end === null ? [] : merged;
}

/** Gives each distinct string a dense index (and keeps one copy of each string). */
class Ranks {
  readonly values: string[] = [];
  private readonly rank = new Map<string, number>();
  of(value: string): number {
    let r = this.rank.get(value);
    if (r === undefined) {
      r = this.values.length;
      this.rank.set(value, r);
      this.values.push(value);
    }
    return r;
  }
}

/**
 * The memberships of an export held as parallel arrays of small integers, so a national export
 * (~1M memberships) fits in tens of MB: member pairs are never stored, only walked (foldTies).
 */
export class MembershipTable {
  readonly institutions = new Ranks();
  readonly affiliations = new Ranks();
  readonly kinds = new Ranks();
  private readonly dates = new Map<string, string>();
  readonly institution: number[] = [];
  readonly affiliation: number[] = [];
  readonly kind: number[] = [];
  readonly start: Array<string | null> = [];
  readonly end: Array<string | null> = [];
  /** Per affiliation (by its rank): whether it cites a source. */
  readonly sourced: boolean[] = [];

  add(m: MembershipSpan): void {
    this.sourced[this.affiliations.of(m.affiliation)] = m.sourced !== false;
    this.institution.push(this.institutions.of(m.institution));
    this.affiliation.push(this.affiliations.of(m.affiliation));
    this.kind.push(this.kinds.of(m.tieKind));
    this.start.push(this.date(m.start));
    this.end.push(this.date(m.end));
  }

  /** One string per distinct date: the driver makes a new one per row. */
  private date(d: string | null): string | null {
    if (d === null) return null;
    const known = this.dates.get(d);
    if (known !== undefined) return known;
    this.dates.set(d, d);
    return d;
  }
}

/** Row numbers grouped by key (keys 0..size-1): CSR offsets and items. */
function groupRows(keys: readonly number[], size: number): { offsets: Int32Array; rows: Int32Array } {
  const offsets = new Int32Array(size + 1);
  for (const k of keys) offsets[k + 1] = (offsets[k + 1] ?? 0) + 1;
  for (let i = 0; i < size; i++) offsets[i + 1] = (offsets[i + 1] ?? 0) + (offsets[i] ?? 0);
  const next = offsets.slice(0, size);
  const rows = new Int32Array(keys.length);
  keys.forEach((k, row) => {
    rows[next[k] ?? 0] = row;
    next[k] = (next[k] ?? 0) + 1;
  });
  return { offsets, rows };
}

interface TieSoFar {
  weight: number;
  kinds: string[];
  start: string | null;
  end: string | null;
  periods: Span[];
  sourced: boolean;
}

/**
 * The one-mode ties of the memberships, one at a time, sorted by source id then target id
 * (source < target): the same weight, kinds, periods and hull dates as areaNetwork (the same
 * overlap rule of domain/time.ts: members who never overlapped are not tied); never between two
 * `outside` institutions (the area's boundary, as areaNetwork). Only one institution's ties are held at a time,
 * so memory stays bounded however many ties a dense region has (millions in a voivodeship).
 */
export function* foldTies(
  table: MembershipTable,
  outside: ReadonlySet<string> = new Set(),
): Generator<ExportEdge> {
  const ids = table.institutions.values;
  const n = ids.length;
  const isOutside = Uint8Array.from(ids, (id) => (outside.has(id) ? 1 : 0));
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => {
    const x = ids[a] as string;
    const y = ids[b] as string;
    return x < y ? -1 : x > y ? 1 : 0;
  });
  const position = new Int32Array(n);
  order.forEach((rank, p) => {
    position[rank] = p;
  });
  const byInstitution = groupRows(table.institution, n);
  const byAffiliation = groupRows(table.affiliation, table.affiliations.values.length);
  const ties: Array<TieSoFar | undefined> = new Array(n);
  for (const i of order) {
    const touched: number[] = [];
    const own = position[i] ?? 0;
    for (let a = byInstitution.offsets[i] ?? 0; a < (byInstitution.offsets[i + 1] ?? 0); a++) {
      const m = byInstitution.rows[a] ?? 0;
      const x = table.affiliation[m] ?? 0;
      const kind = table.kinds.values[table.kind[m] ?? 0] as string;
      const sourced = table.sourced[x] === true;
      const mine = { start: table.start[m] ?? null, end: table.end[m] ?? null };
      for (let b = byAffiliation.offsets[x] ?? 0; b < (byAffiliation.offsets[x + 1] ?? 0); b++) {
        const m2 = byAffiliation.rows[b] ?? 0;
        const j = table.institution[m2] ?? 0;
        if ((position[j] ?? 0) <= own || (isOutside[i] === 1 && isOutside[j] === 1)) continue;
        const span = overlap(mine, { start: table.start[m2] ?? null, end: table.end[m2] ?? null });
        if (span === null) continue;
        const tie = ties[j];
        if (tie === undefined) {
          ties[j] = { weight: 1, kinds: [kind], start: span.start, end: span.end, periods: [span], sourced };
          touched.push(j);
          continue;
        }
        tie.weight += 1;
        tie.sourced ||= sourced;
        if (!tie.kinds.includes(kind)) tie.kinds.push(kind);
        const widened = hull(tie, span);
        tie.start = widened.start;
        tie.end = widened.end;
        tie.periods.push(span);
      }
    }
    touched.sort((a, b) => (position[a] ?? 0) - (position[b] ?? 0));
    const source = ids[i] as string;
    for (const j of touched) {
      const tie = ties[j] as TieSoFar;
      ties[j] = undefined;
      const target = ids[j] as string;
      yield {
        id: `${source}--${target}`,
        source,
        target,
        weight: tie.weight,
        kinds: tie.kinds.sort(),
        start: tie.start,
        end: tie.end,
        spells: mergeSpans(tie.periods),
        role: null,
        sourced: tie.sourced,
      };
    }
  }
}
