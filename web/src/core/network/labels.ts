import { i18n, tMaybe } from '../i18n';
import type { NetworkNode } from './types';
import { sectorKey } from './utils';

/** The current locale's name of a node's kind; the raw code if it has none. */
export function kindLabel(node: Pick<NetworkNode, 'type' | 'kind'>): string | undefined {
  if (node.kind === null) return undefined;
  const prefix = node.type === 'INSTITUTION' ? 'kind' : 'tieKind';
  return tMaybe(`${prefix}.${node.kind}`, node.kind);
}

export function sectorLabel(sector: string | null): string {
  return i18n.t(`sector.${sectorKey(sector)}`);
}

export function nodeTypeLabel(node: Pick<NetworkNode, 'type'>): string {
  return i18n.t(`nodeType.${node.type}`);
}
