import { AFFILIATION_FILL, SECTOR_COLORS } from '@splot/domain';
import type { ExportNode, NodePlacement } from './types.js';

// How a node looks, for the formats that carry it (GEXF viz, GraphML keys): the explorer's colours.

/** Gephi's own default node size, used when the canvas did not send one. */
export const DEFAULT_NODE_SIZE = 10;

export interface Rgb {
  r: number;
  g: number;
  b: number;
}

export function nodeColorHex(node: Pick<ExportNode, 'type' | 'sector'>): string {
  if (node.type !== 'INSTITUTION') return AFFILIATION_FILL;
  return SECTOR_COLORS[(node.sector ?? 'UNKNOWN') as keyof typeof SECTOR_COLORS] ?? SECTOR_COLORS.UNKNOWN;
}

export function hexToRgb(hex: string): Rgb {
  const value = Number.parseInt(hex.replace('#', ''), 16);
  return { r: (value >> 16) & 255, g: (value >> 8) & 255, b: value & 255 };
}

/** The canvas placement, with y turned upwards (Gephi and most layouts draw y up). */
export function placementOf(
  layout: ReadonlyMap<string, NodePlacement> | undefined,
  id: string,
): NodePlacement | null {
  const p = layout?.get(id);
  return p ? { x: p.x, y: -p.y, ...(p.size === undefined ? {} : { size: p.size }) } : null;
}
