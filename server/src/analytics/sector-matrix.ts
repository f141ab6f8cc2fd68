import { SECTOR_CODES } from '../domain/kinds.js';
import type { SectorNetwork } from './graph.js';

export interface SectorBlock {
  /** Row and column sectors; the matrix is symmetric and lists both (a, b) and (b, a). */
  from: string;
  to: string;
  /** Ties between the two blocks (within the block when from = to). */
  ties: number;
  /** Sum of those ties' weights (shared affiliations). */
  weight: number;
  /** Ties the blocks could hold: n(n−1)/2 within a block, n_a·n_b between two. */
  possible: number;
  /** ties / possible; null when the block can hold no tie. */
  density: number | null;
}

export interface SectorMatrix {
  /** The four sectors always, in the domain's order, then UNKNOWN when some institution has none. */
  sectors: Array<{ sector: string; institutions: number }>;
  blocks: SectorBlock[];
  institutions: number;
  ties: number;
}

/** The sectors to show: all four, plus UNKNOWN only when it occurs (so the heatmap keeps its shape). */
export function sectorOrder(network: SectorNetwork): string[] {
  const order: string[] = [...SECTOR_CODES];
  for (const node of network.nodes) if (!order.includes(node.sector)) order.push(node.sector);
  return order;
}

const pairKey = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);

/** Sector × sector tie counts and block densities of an institution network (simple, undirected). */
export function sectorMatrix(network: SectorNetwork): SectorMatrix {
  const sectors = sectorOrder(network);
  const size = new Map<string, number>(sectors.map((s) => [s, 0]));
  const sectorOf = new Map<string, string>();
  for (const node of network.nodes) {
    size.set(node.sector, (size.get(node.sector) ?? 0) + 1);
    sectorOf.set(node.id, node.sector);
  }
  const ties = new Map<string, { ties: number; weight: number }>();
  for (const edge of network.edges) {
    const key = pairKey(sectorOf.get(edge.source) ?? '', sectorOf.get(edge.target) ?? '');
    const cell = ties.get(key) ?? { ties: 0, weight: 0 };
    cell.ties += 1;
    cell.weight += edge.weight;
    ties.set(key, cell);
  }
  const blocks: SectorBlock[] = [];
  for (const from of sectors) {
    for (const to of sectors) {
      const cell = ties.get(pairKey(from, to)) ?? { ties: 0, weight: 0 };
      const a = size.get(from) ?? 0;
      const b = size.get(to) ?? 0;
      const possible = from === to ? (a * (a - 1)) / 2 : a * b;
      blocks.push({ from, to, ...cell, possible, density: possible === 0 ? null : cell.ties / possible });
    }
  }
  return {
    sectors: sectors.map((sector) => ({ sector, institutions: size.get(sector) ?? 0 })),
    blocks,
    institutions: network.nodes.length,
    ties: network.edges.length,
  };
}
