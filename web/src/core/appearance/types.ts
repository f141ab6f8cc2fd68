import type { NetworkNodeType, SectorKey } from '../network/types';

/**
 * Okabe–Ito colours: distinguishable with the common colour-vision deficiencies. Every node also
 * gets a dark border (NODE_BORDER), so its outline keeps ≥ 3:1 contrast on the white canvas.
 */
export const SECTOR_COLORS: Record<SectorKey, string> = {
  PUBLIC: '#0072B2',
  MARKET: '#E69F00',
  NGO: '#009E73',
  SOCIAL_ECONOMY: '#CC79A7',
  UNKNOWN: '#9A9A9A',
};

export const NODE_BORDER = '#1F2328';
export const LABEL_COLOR = '#1F2328';
export const EDGE_COLOR = '#6E7781';
/** Suggested partners (Okabe–Ito vermillion): no sector uses it. */
export const SUGGESTION_COLOR = '#D55E00';
/** Ties reported in a partner survey (Okabe–Ito blue, apart from the grey of documented ties). */
export const REPORTED_COLOR = '#0072B2';
/** Affiliation nodes are hollow, so they never read as a sector. */
export const AFFILIATION_FILL = '#FFFFFF';

export type NodeShape = 'ellipse' | 'diamond' | 'round-rectangle';

export const NODE_SHAPES: Record<NetworkNodeType, NodeShape> = {
  INSTITUTION: 'ellipse',
  PARTNERSHIP: 'diamond',
  COLLABORATION: 'round-rectangle',
};

export const EDGE_WIDTH_MIN = 1;
export const EDGE_WIDTH_MAX = 8;
