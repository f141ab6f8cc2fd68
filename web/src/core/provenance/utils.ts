import type { Network, NetworkEdge, NetworkNode } from '../network/types';

/**
 * What a selected line stands for. One-mode: two institutions, explained by the affiliations they
 * share. Two-mode: an institution and one partnership/collaboration, explained by that affiliation.
 */
export type SelectedTie =
  | { kind: 'institutions'; a: string; b: string }
  | { kind: 'membership'; institution: string; affiliation: string };

/** Reads the edge's ends in the drawn nodes; null when either end is not drawn. */
export function tieOfEdge(
  edge: Pick<NetworkEdge, 'source' | 'target'>,
  nodes: readonly NetworkNode[],
): SelectedTie | null {
  const source = nodes.find((n) => n.id === edge.source);
  const target = nodes.find((n) => n.id === edge.target);
  if (!source || !target) return null;
  if (source.type === 'INSTITUTION' && target.type === 'INSTITUTION') {
    return { kind: 'institutions', a: source.id, b: target.id };
  }
  const [institution, affiliation] = source.type === 'INSTITUTION' ? [source, target] : [target, source];
  if (institution.type !== 'INSTITUTION' || affiliation.type === 'INSTITUTION') return null;
  return { kind: 'membership', institution: institution.id, affiliation: affiliation.id };
}

/** The id of the drawn line joining two nodes (either direction); null when there is none. */
export function edgeBetween(
  network: Pick<Network, 'edges'> | null,
  ends: Pick<NetworkEdge, 'source' | 'target'>,
): string | null {
  const found = network?.edges.find(
    (e) =>
      (e.source === ends.source && e.target === ends.target) ||
      (e.source === ends.target && e.target === ends.source),
  );
  return found?.id ?? null;
}
