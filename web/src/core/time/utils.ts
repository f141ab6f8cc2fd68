import { changeDays, currentOn, today } from '@splot/domain';
import type { Network, NetworkEdge } from '../network/types';

// One time model, the server's (domain/src/time.ts): a tie exists in its periods only.

/** Most steps the replay takes; longer histories are sampled evenly (the last date always kept). */
export const MAX_STEPS = 60;

type Dated = Pick<NetworkEdge, 'periods'>;

/** Is the tie there on this date (in one of its periods)? */
export function activeOn(edge: Dated, asOf: string): boolean {
  return edge.periods.some((p) => currentOn(p, asOf));
}

/**
 * The dates on which the drawing changes, in order: a tie begins, or is gone (the day after it
 * ended; a one-day event appears on its day and is gone the next). The stops of the time
 * slider, each one changing the drawing; empty when no tie is dated.
 */
export function timeSteps(edges: readonly Dated[], max = MAX_STEPS): string[] {
  const sorted = changeDays(edges.flatMap((e) => e.periods));
  if (sorted.length <= max) return sorted;
  const sampled: string[] = [];
  for (let i = 0; i < max; i++) {
    const date = sorted[Math.round((i * (sorted.length - 1)) / (max - 1))];
    if (date !== undefined && sampled.at(-1) !== date) sampled.push(date);
  }
  return sampled;
}

/** The step at or before a date (the slider position for a date from the URL); -1 before the first. */
export function stepIndex(steps: readonly string[], asOf: string | null): number {
  if (asOf === null) return steps.length;
  let index = -1;
  for (let i = 0; i < steps.length; i++) if ((steps[i] ?? '') <= asOf) index = i;
  return index;
}

/** The years the ties span: first start to last end (today while one is open); null if undated. */
export function yearSpan(edges: readonly Dated[], now = today()): { from: string; to: string } | null {
  let from: string | null = null;
  let to: string | null = null;
  for (const edge of edges) {
    for (const p of edge.periods) {
      const end = p.end ?? now;
      if (p.start !== null && (from === null || p.start < from)) from = p.start;
      if (to === null || end > to) to = end;
    }
  }
  return from === null || to === null ? null : { from: from.slice(0, 4), to: to.slice(0, 4) };
}

/**
 * Ids of what is not there on `asOf`: inactive ties and, in the two-mode view, partnerships and
 * collaborations with no active membership. Institutions stay, so the picture does not jump.
 */
export function hiddenOn(network: Network, asOf: string | null): Set<string> {
  const hidden = new Set<string>();
  if (asOf === null) return hidden;
  const alive = new Set<string>();
  for (const edge of network.edges) {
    if (activeOn(edge, asOf)) {
      alive.add(edge.source);
      alive.add(edge.target);
    } else {
      hidden.add(edge.id);
    }
  }
  for (const node of network.nodes) {
    if (node.type !== 'INSTITUTION' && !alive.has(node.id)) hidden.add(node.id);
  }
  return hidden;
}

/**
 * In the all-years view (no date), the ties that are not there today: drawn as ended (dashed and
 * faded), not hidden. Empty when a date is chosen (then only what exists that day is drawn).
 */
export function endedOn(network: Network, asOf: string | null, now = today()): Set<string> {
  const ended = new Set<string>();
  if (asOf !== null) return ended;
  for (const edge of network.edges) if (!activeOn(edge, now)) ended.add(edge.id);
  return ended;
}
