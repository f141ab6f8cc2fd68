import type { SectorCode } from './sectors.js';

/**
 * Okabe–Ito colours: distinguishable with the common colour-vision deficiencies. One definition
 * for the explorer's drawing and the exports' viz colours, so Gephi opens a file coloured as the app.
 */
export const SECTOR_COLORS: Record<SectorCode | 'UNKNOWN', string> = {
  PUBLIC: '#0072B2',
  MARKET: '#E69F00',
  NGO: '#009E73',
  SOCIAL_ECONOMY: '#CC79A7',
  UNKNOWN: '#9A9A9A',
};

/** Affiliation nodes are hollow in the app, so they never read as a sector. */
export const AFFILIATION_FILL = '#FFFFFF';
