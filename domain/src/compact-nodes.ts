// A network's nodes as parallel arrays (GraphQL `Network.compactNodes`, docs/graphql.md), the
// twin of compact-network.ts's edges: the server writes them, the web app reads them back into the
// nodes the documented shape gives. Powiat 1461 of synthetic L (8,935 nodes) is 1.34 MB as node
// objects and 0.64 MB as arrays, and a client parses eight lists faster than 9,000 objects.

import { codeBook } from './code-book.js';

/** What a network node says (the server's and the web app's nodes both fit). */
export interface NodeFields<T extends string = string> {
  id: string;
  label: string;
  type: T;
  sector: string | null;
  kind: string | null;
  outside: boolean;
}

/** Node k is described by index k of every per-node list. */
export interface CompactNodes {
  id: string[];
  label: string[];
  /** Each node's type as an index into `types`. */
  type: number[];
  /** The node types `type` names, in order of first use. */
  types: string[];
  /** Each node's sector as an index into `sectors`; -1: none. */
  sector: number[];
  /** The sectors `sector` names, in order of first use. */
  sectors: string[];
  /** Each node's kind as an index into `kinds`; -1: none. */
  kind: number[];
  /** The kinds `kind` names, in order of first use. */
  kinds: string[];
  /** 1 when the node is seated outside the area, else 0. */
  outside: number[];
}

/** A code book whose code for null is -1. */
function nullableCodes(): { values: string[]; code(value: string | null): number } {
  const book = codeBook();
  return { values: book.values, code: (value) => (value === null ? -1 : book.code(value)) };
}

/** The nodes as parallel arrays. */
export function compactNodes(nodes: readonly NodeFields[]): CompactNodes {
  const types = nullableCodes();
  const sectors = nullableCodes();
  const kinds = nullableCodes();
  const out: CompactNodes = {
    id: [],
    label: [],
    type: [],
    types: types.values,
    sector: [],
    sectors: sectors.values,
    kind: [],
    kinds: kinds.values,
    outside: [],
  };
  for (const node of nodes) {
    out.id.push(node.id);
    out.label.push(node.label);
    out.type.push(types.code(node.type));
    out.sector.push(sectors.code(node.sector));
    out.kind.push(kinds.code(node.kind));
    out.outside.push(node.outside ? 1 : 0);
  }
  return out;
}

/** The nodes in the documented shape again. Throws on a code that names no value. */
export function expandNodes<T extends string = string>(compact: CompactNodes): NodeFields<T>[] {
  const { id, label, type, types, sector, sectors, kind, kinds, outside } = compact;
  const named = (values: readonly string[], k: number, what: string, node: number): string | null => {
    if (k === -1) return null;
    const value = values[k];
    if (value === undefined)
      throw new Error(`node ${node} names ${what} ${k}, which the network does not list`);
    return value;
  };
  const n = id.length;
  for (const [what, list] of Object.entries({ label, type, sector, kind, outside })) {
    if (list.length !== n) throw new Error(`the nodes' ${what} list has ${list.length} items for ${n} nodes`);
  }
  const nodes: NodeFields<T>[] = new Array(n);
  for (let k = 0; k < n; k++) {
    const nodeType = named(types, type[k] as number, 'type', k);
    if (nodeType === null) throw new Error(`node ${k} has no type`);
    nodes[k] = {
      id: id[k] as string,
      label: label[k] as string,
      type: nodeType as T,
      sector: named(sectors, sector[k] as number, 'sector', k),
      kind: named(kinds, kind[k] as number, 'kind', k),
      outside: outside[k] === 1,
    };
  }
  return nodes;
}
