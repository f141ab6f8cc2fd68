// The time model of splot, the one rule every answer follows: the API, the analytics and their
// snapshot, the exports and the web app (which imports this file). Its Cypher twin is
// cypher/fragments/time.cypher; test/integration/time-model.int.test.ts pins the two together.
// Dates are 'YYYY-MM-DD' strings (they compare as strings). Keep this file free of Node imports.

/**
 * A period of days, both ends included. `start` null: unknown, counted as "since always";
 * `end` null: ongoing. A period whose start is after its end is no period (holds no day).
 */
export interface Period {
  start: string | null;
  end: string | null;
}

/** Collaboration kinds that last their day(s): without an end date they end on the day they start. */
export const DAY_KINDS: readonly string[] = ['EVENT', 'STUDY_VISIT'];

/**
 * A partnership or collaboration's own period. A partnership or a project (any kind but EVENT and
 * STUDY_VISIT) without an end is ongoing; an event or study visit without one lasts its start day.
 */
export function affiliationPeriod(x: {
  kind?: string | null;
  signedOn?: string | null;
  startedOn?: string | null;
  endedOn?: string | null;
}): Period {
  const start = x.signedOn ?? x.startedOn ?? null;
  const end = x.endedOn ?? (x.kind && DAY_KINDS.includes(x.kind) ? start : null);
  return { start, end };
}

/**
 * One institution's membership of a partnership (its own since/until, else the partnership's
 * dates) or participation in a collaboration (the collaboration's period).
 */
export function membershipPeriod(
  membership: { since?: string | null; until?: string | null } | null,
  affiliation: Parameters<typeof affiliationPeriod>[0],
): Period {
  const own = affiliationPeriod(affiliation);
  return { start: membership?.since ?? own.start, end: membership?.until ?? own.end };
}

/** Does it hold at least one day (open ends always do)? */
export const isPeriod = (p: Period): boolean => p.start === null || p.end === null || p.start <= p.end;

/** Is the period current on the day? (Any period is, when there is no day: "all years".) */
export function currentOn(p: Period, day: string | null): boolean {
  if (!isPeriod(p)) return false;
  return day === null || ((p.start === null || p.start <= day) && (p.end === null || p.end >= day));
}

// Dates compare as strings; null is the open side, handled by the callers.
const later = (a: string, b: string) => (a < b ? b : a);
const earlier = (a: string, b: string) => (a < b ? a : b);

/**
 * The days two periods share, or null if none: the tie two members of one affiliation make lasts
 * exactly this long, and two members who never overlapped are not tied.
 */
export function overlap(a: Period, b: Period): Period | null {
  if (!isPeriod(a) || !isPeriod(b)) return null;
  const start = laterStart(a.start, b.start);
  const end = earlierEnd(a.end, b.end);
  return start !== null && end !== null && start > end ? null : { start, end };
}

// The four ends of overlap and hull, for loops that must not allocate a period per pair
// (the one-mode projection, server/src/network/build-network.ts).
/** The start of an overlap: the later start (an unknown start yields to the other). */
export const laterStart = (a: string | null, b: string | null): string | null =>
  a === null ? b : b === null ? a : later(a, b);
/** The end of an overlap: the earlier end (an open end yields to the other). */
export const earlierEnd = (a: string | null, b: string | null): string | null =>
  a === null ? b : b === null ? a : earlier(a, b);
/** The start of a hull: the earlier start (an unknown start wins). */
export const earlierStart = (a: string | null, b: string | null): string | null =>
  a === null || b === null ? null : earlier(a, b);
/** The end of a hull: the later end (an open end wins). */
export const laterEnd = (a: string | null, b: string | null): string | null =>
  a === null || b === null ? null : later(a, b);

/** The smallest period holding both (unknown start and open end win): a tie's hull. */
export function hull(a: Period, b: Period): Period {
  return {
    start: earlierStart(a.start, b.start),
    end: laterEnd(a.end, b.end),
  };
}

/**
 * Periods merged where they share a day, sorted by start: the spells a tie existed in. Periods
 * that are none are dropped.
 */
export function mergePeriods(periods: readonly Period[]): Period[] {
  const sorted = periods.filter(isPeriod).sort((a, b) => ((a.start ?? '') < (b.start ?? '') ? -1 : 1));
  const merged: Period[] = [];
  for (const p of sorted) {
    const last = merged[merged.length - 1];
    if (last && (last.end === null || p.start === null || p.start <= last.end)) {
      last.end = last.end === null || p.end === null ? null : later(last.end, p.end);
    } else {
      merged.push({ start: p.start, end: p.end });
    }
  }
  return merged;
}

/** The day after a date ('2019-06-28' → '2019-06-29'). */
export function nextDay(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/**
 * The days on which something with these periods appears or disappears, in order: each start, and
 * the day after each end (the first day it is gone). Stepping through them changes the picture at
 * every step.
 */
export function changeDays(periods: readonly Period[]): string[] {
  const days = new Set<string>();
  for (const p of periods) {
    if (!isPeriod(p)) continue;
    if (p.start !== null) days.add(p.start);
    if (p.end !== null) days.add(nextDay(p.end));
  }
  return [...days].sort();
}

/** Today as 'YYYY-MM-DD' in UTC (the date "current" means when no date is given). */
export const today = (now: Date = new Date()): string => now.toISOString().slice(0, 10);

/** The open ends of a period as day keys (fit an Int32Array). */
export const OPEN_START = -2_147_483_648;
export const OPEN_END = 2_147_483_647;

/** A date as a number that orders as the date does (yyyymmdd), for typed-array walks; null: open. */
export function dayKey(date: string | null, open: typeof OPEN_START | typeof OPEN_END): number {
  if (date === null) return open;
  return Number(date.slice(0, 4)) * 10_000 + Number(date.slice(5, 7)) * 100 + Number(date.slice(8, 10));
}

/** overlap() !== null, on day keys: both are periods and they share a day. */
export const keysOverlap = (fromA: number, toA: number, fromB: number, toB: number): boolean =>
  fromA <= toA && fromB <= toB && Math.max(fromA, fromB) <= Math.min(toA, toB);
