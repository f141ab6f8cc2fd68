import type { NetworkNodeType } from '../network/types';

// The sector colours are the domain's (shared with the exports' viz colours): one definition.
export { AFFILIATION_FILL, SECTOR_COLORS } from '@splot/domain';

export const NODE_BORDER = '#1F2328';
export const LABEL_COLOR = '#1F2328';
export const EDGE_COLOR = '#6E7781';
/** Suggested partners (Okabe–Ito vermillion): no sector uses it. */
export const SUGGESTION_COLOR = '#D55E00';
/** Ties reported in a partner survey (Okabe–Ito blue, apart from the grey of documented ties). */
export const REPORTED_COLOR = '#0072B2';

export type NodeShape = 'ellipse' | 'diamond' | 'round-rectangle';

export const NODE_SHAPES: Record<NetworkNodeType, NodeShape> = {
  INSTITUTION: 'ellipse',
  PARTNERSHIP: 'diamond',
  COLLABORATION: 'round-rectangle',
};

export const EDGE_WIDTH_MIN = 1;
export const EDGE_WIDTH_MAX = 8;
