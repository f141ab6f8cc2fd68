import type { Network, NetworkEdge } from '../network/types';

/** Most steps the replay takes; longer histories are sampled evenly (the last date always kept). */
export const MAX_STEPS = 60;

/** Is the tie active on this date? Undated starts count as "always", open ends as "still". */
export function activeOn(edge: Pick<NetworkEdge, 'start' | 'end'>, asOf: string): boolean {
  return (edge.start === null || edge.start <= asOf) && (edge.end === null || edge.end >= asOf);
}

/**
 * The dates on which the network changed (a tie began or ended), in order: the stops of the
 * time slider. Empty when no tie is dated.
 */
export function timeSteps(edges: readonly NetworkEdge[], max = MAX_STEPS): string[] {
  const dates = new Set<string>();
  for (const edge of edges) {
    if (edge.start) dates.add(edge.start);
    if (edge.end) dates.add(edge.end);
  }
  const sorted = [...dates].sort();
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
