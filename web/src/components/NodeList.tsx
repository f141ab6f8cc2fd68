import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NetworkNode } from '../core/network/types';
import { sortedNodes } from '../core/network/utils';

interface NodeListProps {
  nodes: readonly NetworkNode[];
  selectedId: string | undefined;
  onSelect: (id: string) => void;
}

/** Longer lists are cut here: thousands of buttons slow the page, and search finds the rest. */
const MAX_LISTED = 400;

/** A keyboard route to the nodes the canvas draws (canvas nodes cannot take focus). */
export function NodeList({ nodes, selectedId, onSelect }: NodeListProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  // Sorted only once opened: a closed list of thousands costs nothing.
  const sorted = useMemo(() => (open ? sortedNodes(nodes).slice(0, MAX_LISTED) : []), [nodes, open]);
  return (
    <details className="panel node-list" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>{t('nodeList.title', { count: nodes.length })}</summary>
      {open && nodes.length > MAX_LISTED && (
        <p className="muted small">{t('nodeList.cut', { shown: MAX_LISTED })}</p>
      )}
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
