import { expandEdges, expandNodes } from '@splot/domain';
import type { NetworkFieldsFragment } from '../../api/operations.generated';
import type { Network, NetworkNodeType, TieKind } from './types';

/**
 * The network as the explorer uses it, from the answer's compact nodes and edges (parallel arrays,
 * read back by @splot/domain's expandNodes and expandEdges): the same nodes and edges the
 * documented `nodes` and `edges` fields give, at a fraction of the bytes and without parsing tens
 * of thousands of objects.
 */
export function fromCompact({ area, compactNodes, compactEdges, boundary }: NetworkFieldsFragment): Network {
  const nodes = expandNodes<NetworkNodeType>(compactNodes);
  return { area, nodes, edges: expandEdges<TieKind>(nodes, compactEdges), boundary: boundary ?? null };
}
