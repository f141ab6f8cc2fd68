import { type CompactEdges, type CompactNodes, compactEdges, compactNodes } from '@splot/domain';
import type { Network } from './types.js';

export type WithCompact = Network & {
  readonly compactNodes: CompactNodes;
  readonly compactEdges: CompactEdges;
};

/** Defines a property written only when read, once; not enumerable, so copies and JSON skip it. */
function lazily<T>(network: Network, name: string, write: () => T) {
  let value: T | undefined;
  Object.defineProperty(network, name, {
    get: () => {
      value ??= write();
      return value;
    },
    enumerable: false,
  });
}

/**
 * The network with its nodes and edges also as parallel arrays (GraphQL `Network.compactNodes`,
 * `Network.compactEdges`). Plain properties, not field resolvers: the network's types are answered
 * by reading properties (graphql/plain-types.ts).
 */
export function withCompact(network: Network): WithCompact {
  // An area's one-mode network is projected into compact edges directly (project-compact.ts).
  if (!('compactEdges' in network))
    lazily(network, 'compactEdges', () => compactEdges(network.nodes, network.edges));
  if (!('compactNodes' in network)) lazily(network, 'compactNodes', () => compactNodes(network.nodes));
  return network as WithCompact;
}
