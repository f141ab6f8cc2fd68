import type { Core } from 'cytoscape';
import { LARGE_GRAPH } from '../layout';

/** The smallest label drawn, in CSS pixels on screen (the style hides smaller ones). */
export const MIN_LABEL_PX = 11;
/** How far a label may grow in the model when zoomed out; beyond it, it shrinks and then hides. */
export const MAX_LABEL_GROWTH = 3;

/**
 * The label's font size in the model so that it reads `base` px on screen at this zoom (never
 * under MIN_LABEL_PX): zoomed out, labels grow in the model (up to MAX_LABEL_GROWTH times) instead
 * of shrinking to an unreadable 7 px; zoomed in, they grow with the picture.
 */
export function labelFontSize(base: number, zoom: number): number {
  const wanted = Math.max(base, MIN_LABEL_PX);
  if (!(zoom > 0)) return wanted;
  return Math.min(wanted * MAX_LABEL_GROWTH, Math.max(wanted, wanted / zoom));
}

/** The label size the user chose (the workbench's control), in screen px. */
export function setLabelBase(cy: Core, base: number): void {
  cy.scratch('_labelBase', base);
  fitLabels(cy);
}

/** Sets every node's label size for the current zoom (big graphs keep their stylesheet: too costly). */
export function fitLabels(cy: Core): void {
  if (cy.destroyed() || cy.nodes().length > LARGE_GRAPH) return;
  const base = (cy.scratch('_labelBase') as number | undefined) ?? MIN_LABEL_PX;
  const size = labelFontSize(base, cy.zoom());
  cy.batch(() => {
    cy.nodes().style('font-size', size);
  });
}

/** Keeps labels readable while the user zooms (at most once a frame); returns the unsubscribe. */
export function keepLabelsReadable(cy: Core): () => void {
  let frame = 0;
  const onZoom = () => {
    if (frame === 0)
      frame = requestAnimationFrame(() => {
        frame = 0;
        fitLabels(cy);
      });
  };
  cy.on('zoom', onZoom);
  return () => {
    cy.off('zoom', onZoom);
    if (frame !== 0) cancelAnimationFrame(frame);
  };
}
