import { t, tMaybe } from '../i18n';
import type { NetworkNode } from './types';
import { sectorKey } from './utils';

/** The Polish (or current locale's) name of a node's kind; the raw code if it has none. */
export function kindLabel(node: NetworkNode): string | undefined {
  if (node.kind === null) return undefined;
  const prefix = node.type === 'INSTITUTION' ? 'kind' : 'collaborationKind';
  return tMaybe(`${prefix}.${node.kind}`, node.kind);
}

export function sectorLabel(sector: string | null): string {
  return t(`sector.${sectorKey(sector)}`);
}

export function nodeTypeLabel(node: NetworkNode): string {
  return t(`nodeType.${node.type}`);
}
