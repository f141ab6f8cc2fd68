import { type CompactEdges, compactEdges } from '@splot/domain';
import type { Network } from './types.js';

export type WithCompactEdges = Network & { readonly compactEdges: CompactEdges };

/**
 * The network with its edges also as parallel arrays (GraphQL `Network.compactEdges`), written
 * only when read, once. A plain property, not a field resolver: the network's types are answered
 * by reading properties (graphql/plain-types.ts). Not enumerable, so nothing that copies or
 * serialises the network carries it.
 */
export function withCompactEdges(network: Network): WithCompactEdges {
  // An area's one-mode network is projected into them directly (project-compact.ts).
  if ('compactEdges' in network) return network as WithCompactEdges;
  let compact: CompactEdges | undefined;
  Object.defineProperty(network, 'compactEdges', {
    get: () => {
      compact ??= compactEdges(network.nodes, network.edges);
      return compact;
    },
    enumerable: false,
  });
  return network as WithCompactEdges;
}
