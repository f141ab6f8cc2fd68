import type { SectorNetwork } from '../measures/graph.js';
import { type SectorTies, sectorTiesOfNetwork } from './sector-ties.js';

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

/** Sector × sector tie counts and block densities of an institution network (simple, undirected). */
export function sectorMatrix(network: SectorNetwork): SectorMatrix {
  return sectorMatrixOfTies(sectorTiesOfNetwork(network));
}

/**
 * The same from per-institution sums: a tie within a sector is counted from both its ends, a tie
 * between two sectors once from each side.
 */
export function sectorMatrixOfTies({ sectors, nodes, sectorOf, ties, weight }: SectorTies): SectorMatrix {
  const width = sectors.length;
  const size = new Array<number>(width).fill(0);
  const cellTies = new Array<number>(width * width).fill(0);
  const cellWeight = new Array<number>(width * width).fill(0);
  for (let i = 0; i < nodes.length; i++) {
    const from = sectorOf[i] ?? 0;
    size[from] = (size[from] ?? 0) + 1;
    for (let to = 0; to < width; to++) {
      cellTies[from * width + to] = (cellTies[from * width + to] ?? 0) + (ties[i * width + to] ?? 0);
      cellWeight[from * width + to] = (cellWeight[from * width + to] ?? 0) + (weight[i * width + to] ?? 0);
    }
  }
  const blocks: SectorBlock[] = [];
  let total = 0;
  for (let from = 0; from < width; from++) {
    for (let to = 0; to < width; to++) {
      const within = from === to;
      const count = (cellTies[from * width + to] ?? 0) / (within ? 2 : 1);
      const summed = (cellWeight[from * width + to] ?? 0) / (within ? 2 : 1);
      if (to >= from) total += count;
      const a = size[from] ?? 0;
      const b = size[to] ?? 0;
      const possible = within ? (a * (a - 1)) / 2 : a * b;
      blocks.push({
        from: sectors[from] as string,
        to: sectors[to] as string,
        ties: count,
        weight: summed,
        possible,
        density: possible === 0 ? null : count / possible,
      });
    }
  }
  return {
    sectors: sectors.map((sector, s) => ({ sector, institutions: size[s] ?? 0 })),
    blocks,
    institutions: nodes.length,
    ties: total,
  };
}
