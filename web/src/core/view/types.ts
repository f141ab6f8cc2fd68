import { NODE_MEASURES } from '@splot/measures';
import type { Locale } from '../i18n/types';
import type { TopTies } from '../network/backbone';
import type { InstitutionKind, NetworkMode, Sector, TieKind } from '../network/types';

export const LAYOUTS = ['fcose', 'concentric', 'grid'] as const;
export type LayoutName = (typeof LAYOUTS)[number];

/**
 * What node size shows: nothing, or one measure of the registry (@splot/measures), computed in
 * the browser from the drawn network by the same code the server runs.
 */
export const SIZE_MEASURES: readonly string[] = ['none', ...NODE_MEASURES.map((m) => m.id)];
export type SizeMeasure = string;
/** Size names of earlier releases, so old links keep their meaning. */
export const SIZE_ALIASES: Readonly<Record<string, string>> = { strength: 'weightedDegree' };

export const EGO_DEPTHS = [1, 2] as const;
export type EgoDepth = (typeof EGO_DEPTHS)[number];

/** Whether the institutions outside the area, tied to it, are drawn. */
export const BOUNDARY_OPTIONS = ['show', 'hide'] as const;
export type BoundaryOption = (typeof BOUNDARY_OPTIONS)[number];

/** Which ties are drawn by their evidence: all, or only those that cite a source. */
export const SOURCED_OPTIONS = ['all', 'only'] as const;
export type SourcedOption = (typeof SOURCED_OPTIONS)[number];

/** Sections of the details panel that a link can open. */
export const PANELS = ['missing'] as const;
export type Panel = (typeof PANELS)[number];

/**
 * Everything a link must reproduce. Empty filter lists mean "no filter" (everything shown);
 * null area means the default area; null asOf means today (no time filter).
 */
export interface ViewState {
  /**
   * The area's TERYT code, or PL for the whole country, as written in the link: an unknown or
   * malformed code is kept so the explorer can name it (never silently another area).
   */
  area: string | null;
  /** The area's partners outside it: drawn (show) or left out (hide). */
  boundary: BoundaryOption;
  /** Ties without a source: drawn dotted (all) or left out everywhere (only sourced ties). */
  sourced: SourcedOption;
  mode: NetworkMode;
  sectors: Sector[];
  kinds: InstitutionKind[];
  ties: TieKind[];
  asOf: string | null;
  /** The selected node (institution, partnership or collaboration id). */
  node: string | null;
  /** The selected line (its edge id), whose sources are listed; never together with `node`. */
  edge: string | null;
  /** A suggested partner (missing partners) marked on the canvas beside the selected node. */
  mark: string | null;
  /** The institution whose ego network replaces the area network. */
  focus: string | null;
  depth: EgoDepth;
  layout: LayoutName;
  size: SizeMeasure;
  /** How many ties the canvas draws (dense areas are thinned to a backbone on 'auto'). */
  topTies: TopTies;
  lang: Locale;
  panel: Panel | null;
}

export const DEFAULT_VIEW: ViewState = {
  area: null,
  boundary: 'show',
  sourced: 'all',
  mode: 'INSTITUTIONS',
  sectors: [],
  kinds: [],
  ties: [],
  asOf: null,
  node: null,
  edge: null,
  mark: null,
  focus: null,
  depth: 1,
  layout: 'fcose',
  size: 'degree',
  topTies: 'auto',
  lang: 'pl',
  panel: null,
};

/** The URL parameter of each field; short, stable names (links outlive releases). */
export const PARAMS: Record<keyof ViewState, string> = {
  area: 'area',
  boundary: 'outside',
  sourced: 'sourced',
  mode: 'mode',
  sectors: 'sectors',
  kinds: 'kinds',
  ties: 'ties',
  asOf: 'asOf',
  node: 'node',
  edge: 'edge',
  mark: 'mark',
  focus: 'focus',
  depth: 'depth',
  layout: 'layout',
  size: 'size',
  topTies: 'top',
  lang: 'lang',
  panel: 'panel',
};
