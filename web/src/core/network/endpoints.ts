import { codeBook } from '@splot/domain';
import type { NetworkEdge } from './types';

/** The ends of every edge as small integers, so per-node sums run on typed arrays. */
export interface Endpoints {
  /** Node ids in the order first seen as an edge end. */
  ids: string[];
  source: Int32Array;
  target: Int32Array;
}

const cache = new WeakMap<readonly NetworkEdge[], Endpoints>();

/**
 * Numbers the edge ends once per edge list (a dense area has a million ties; string-keyed Map
 * updates on each of them took most of a second). Cached by the list, which the app never mutates.
 */
export function endpoints(edges: readonly NetworkEdge[]): Endpoints {
  const cached = cache.get(edges);
  if (cached) return cached;
  const book = codeBook();
  const number = book.code;
  const source = new Int32Array(edges.length);
  const target = new Int32Array(edges.length);
  // The server sends each node's edges together (areaNetwork sorts by source): the previous
  // source is reused without hashing its id again, half the Map lookups on a dense area.
  let lastId: string | null = null;
  let lastAt = -1;
  for (let i = 0; i < edges.length; i++) {
    const edge = edges[i] as NetworkEdge;
    if (edge.source !== lastId) {
      lastId = edge.source;
      lastAt = number(lastId);
    }
    source[i] = lastAt;
    target[i] = number(edge.target);
  }
  const result = { ids: book.values, source, target };
  cache.set(edges, result);
  return result;
}
