import {
  type Network,
  type NetworkEdge,
  type NetworkNode,
  type NetworkNodeType,
  SECTORS,
  type Sector,
  type SectorKey,
} from './types';

export function isSector(value: string | null): value is Sector {
  return SECTORS.some((sector) => sector === value);
}

export function sectorKey(sector: string | null): SectorKey {
  return isSector(sector) ? sector : 'UNKNOWN';
}

/** Sectors of the institutions present, in the canonical order, UNKNOWN last. */
export function sectorsPresent(nodes: readonly NetworkNode[]): SectorKey[] {
  const present = new Set<SectorKey>();
  for (const node of nodes) if (node.type === 'INSTITUTION') present.add(sectorKey(node.sector));
  return [...SECTORS, 'UNKNOWN' as const].filter((key) => present.has(key));
}

/** Non-institution node types present (partnerships, collaborations), in the canonical order. */
export function affiliationTypesPresent(nodes: readonly NetworkNode[]): NetworkNodeType[] {
  const present = new Set(nodes.map((node) => node.type));
  return (['PARTNERSHIP', 'COLLABORATION'] as const).filter((type) => present.has(type));
}

/** Shortens a label for drawing, on a word boundary where one is near. */
export function shortLabel(label: string, max = 40): string {
  const clean = label.trim().replace(/\s+/g, ' ');
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.-]+$/, '')}…`;
}

/** Nodes sorted for a readable list: institutions first, then by label (Polish collation). */
export function sortedNodes(nodes: readonly NetworkNode[]): NetworkNode[] {
  const collator = new Intl.Collator('pl');
  const rank = (node: NetworkNode) => (node.type === 'INSTITUTION' ? 0 : 1);
  return [...nodes].sort((a, b) => rank(a) - rank(b) || collator.compare(a.label, b.label));
}

/** The ties no partnership or collaboration behind cites a source for (drawn dotted). */
export const isUnsourced = (edge: Pick<NetworkEdge, 'sourced'>) => edge.sourced === false;

/**
 * The network without its unsourced ties ("only sourced ties"). In the two-mode view an affiliation
 * left without a membership goes too; institutions stay (an institution is not a claim of a tie).
 */
export function onlySourced(network: Network): Network {
  if (!network.edges.some(isUnsourced)) return network;
  const edges = network.edges.filter((edge) => !isUnsourced(edge));
  const linked = new Set(edges.flatMap((edge) => [edge.source, edge.target]));
  const nodes = network.nodes.filter((node) => node.type === 'INSTITUTION' || linked.has(node.id));
  return { ...network, nodes, edges };
}

/** The network without the institutions outside the area (and their ties): the boundary hidden. */
export function withoutOutside(network: Network): Network {
  if (!network.nodes.some((node) => node.outside)) return network;
  const nodes = network.nodes.filter((node) => !node.outside);
  const kept = new Set(nodes.map((node) => node.id));
  const edges = network.edges.filter((edge) => kept.has(edge.source) && kept.has(edge.target));
  return { ...network, nodes, edges };
}
