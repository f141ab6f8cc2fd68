import type { Core } from 'cytoscape';
import { nodeSize } from '../appearance/measures';
import { setLabelBase } from '../appearance/readable-labels';

/** What colours the nodes: their sector (the canvas default), their kind, or their community. */
export const COLOUR_BY = ['sector', 'kind', 'community'] as const;
export type ColourBy = (typeof COLOUR_BY)[number];

export interface Appearance {
  colourBy: ColourBy;
  /** A registered metric id (nodeMetrics), or null: the size chosen in the view options. */
  sizeBy: string | null;
  /** Label size in px (the canvas default is 11). */
  labelSize: number;
}

export const DEFAULT_APPEARANCE: Appearance = { colourBy: 'sector', sizeBy: null, labelSize: 11 };

// Okabe–Ito then Tol's muted: categories told apart also with colour-vision deficiencies.
export const CATEGORY_COLOURS = [
  '#E69F00',
  '#56B4E9',
  '#009E73',
  '#F0E442',
  '#0072B2',
  '#D55E00',
  '#CC79A7',
  '#332288',
  '#88CCEE',
  '#117733',
  '#999933',
  '#882255',
] as const;
/** Categories past the palette (small communities, rare kinds) share one grey. */
export const OTHER_COLOUR = '#BBBBBB';

/** A colour per category, the most frequent first; the rest grey. */
export function categoryColours(values: ReadonlyArray<string | null>): Map<string, string> {
  const counts = new Map<string, number>();
  for (const v of values) if (v !== null) counts.set(v, (counts.get(v) ?? 0) + 1);
  const ordered = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  return new Map(ordered.map(([v], i) => [v, CATEGORY_COLOURS[i] ?? OTHER_COLOUR]));
}

/**
 * Puts colours, sizes and label size on the drawn nodes (Cytoscape data, so the stylesheet's
 * data(color)/data(size) pick them up). The canvas's own colour and size are kept in scratch and
 * put back when the appearance returns to the default.
 */
export function applyAppearance(
  cy: Core | undefined,
  appearance: Appearance,
  colourOf: (id: string) => string | null,
  metricOf: (id: string) => number | null,
): void {
  if (!cy) return;
  let max = 0;
  if (appearance.sizeBy !== null) {
    cy.nodes().forEach((node) => {
      const v = metricOf(node.id());
      if (v !== null && v > max) max = v;
    });
  }
  cy.batch(() => {
    cy.nodes().forEach((node) => {
      const own = node.scratch('_wb') as { color: string; size: number } | undefined;
      const base = own ?? { color: node.data('color') as string, size: node.data('size') as number };
      if (!own) node.scratch('_wb', base);
      const colour = appearance.colourBy === 'sector' ? null : colourOf(node.id());
      node.data('color', colour ?? (appearance.colourBy === 'sector' ? base.color : OTHER_COLOUR));
      node.data('size', appearance.sizeBy === null ? base.size : nodeSize(metricOf(node.id()) ?? 0, max));
    });
  });
  setLabelBase(cy, appearance.labelSize);
}
