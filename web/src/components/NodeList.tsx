import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { NetworkNode } from '../core/network/types';
import { sortedNodes } from '../core/network/utils';

interface NodeListProps {
  nodes: readonly NetworkNode[];
  selectedId: string | undefined;
  onSelect: (id: string) => void;
}

/** A keyboard route to every node the canvas draws (canvas nodes cannot take focus). */
export function NodeList({ nodes, selectedId, onSelect }: NodeListProps) {
  const { t } = useTranslation();
  const sorted = useMemo(() => sortedNodes(nodes), [nodes]);
  return (
    <details className="panel node-list">
      <summary>{t('nodeList.title', { count: nodes.length })}</summary>
      <ul>
        {sorted.map((node) => (
          <li key={node.id}>
            <button type="button" aria-pressed={node.id === selectedId} onClick={() => onSelect(node.id)}>
              {node.label}
            </button>
          </li>
        ))}
      </ul>
    </details>
  );
}
