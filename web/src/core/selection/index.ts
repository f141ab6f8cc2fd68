import { useState } from 'react';
import type { NetworkNode } from '../network/types';

export interface SelectionState {
  /** The selected node, looked up in the current nodes: gone when the network no longer has it. */
  selectedNode: NetworkNode | undefined;
  select: (id: string | null) => void;
}

export function useSelection(nodes: readonly NetworkNode[] | undefined): SelectionState {
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const selectedNode = selectedId === null ? undefined : nodes?.find((node) => node.id === selectedId);
  return { selectedNode, select: setSelectedId };
}
