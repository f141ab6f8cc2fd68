import { LOCALES } from '../i18n/types';
import { TOP_TIES } from '../network/backbone';
import { INSTITUTION_KINDS, NETWORK_MODES, SECTORS, TIE_KINDS } from '../network/types';
import { isIsoDate } from '../validation/dates';
import {
  BOUNDARY_OPTIONS,
  DEFAULT_VIEW,
  EGO_DEPTHS,
  LAYOUTS,
  PANELS,
  PARAMS,
  SIZE_ALIASES,
  SIZE_MEASURES,
  SOURCED_OPTIONS,
  type ViewState,
} from './types';

// An area as the link gives it, kept even when it is no TERYT code, so the explorer can say which
// code it does not know (printable, short); anything else counts as no area given.
const AREA = /^[\p{L}\p{N} ._:~-]{1,40}$/u;
// Ids are opaque strings chosen by the data; keep them short and printable.
const ID = /^[\p{L}\p{N}._:~-]{1,200}$/u;
// Edge ids join their ends: "a--b" (institutions) or "a->b" (institution → affiliation).
const EDGE_ID = /^[\p{L}\p{N}._:~>-]{1,401}$/u;

function oneOf<T extends string | number>(allowed: readonly T[], raw: string | null, fallback: T): T {
  return allowed.find((value) => String(value) === raw) ?? fallback;
}

/** A comma-separated list, kept only for known values, deduplicated, in the canonical order. */
function listOf<T extends string>(allowed: readonly T[], raw: string | null): T[] {
  if (!raw) return [];
  const wanted = new Set(raw.split(','));
  return allowed.filter((value) => wanted.has(value));
}

/** A list that names every allowed value filters nothing: store it as "no filter". */
export function normalizeList<T extends string>(allowed: readonly T[], values: readonly T[]): T[] {
  const set = new Set(values);
  const kept = allowed.filter((value) => set.has(value));
  return kept.length === allowed.length ? [] : kept;
}

/** Reads a view from a query string; anything unknown or malformed falls back to the default. */
export function parseViewState(search: string): ViewState {
  const params = new URLSearchParams(search);
  const get = (key: keyof ViewState) => params.get(PARAMS[key]);
  const area = get('area');
  const asOf = get('asOf');
  const node = get('node');
  const focus = get('focus');
  const edge = get('edge');
  const mark = get('mark');
  return {
    area: area && AREA.test(area.trim()) ? area.trim() : null,
    boundary: oneOf(BOUNDARY_OPTIONS, get('boundary'), DEFAULT_VIEW.boundary),
    sourced: oneOf(SOURCED_OPTIONS, get('sourced'), DEFAULT_VIEW.sourced),
    mode: oneOf(NETWORK_MODES, get('mode'), DEFAULT_VIEW.mode),
    sectors: normalizeList(SECTORS, listOf(SECTORS, get('sectors'))),
    kinds: normalizeList(INSTITUTION_KINDS, listOf(INSTITUTION_KINDS, get('kinds'))),
    ties: normalizeList(TIE_KINDS, listOf(TIE_KINDS, get('ties'))),
    asOf: asOf && isIsoDate(asOf) ? asOf : null,
    node: node && ID.test(node) ? node : null,
    edge: edge && EDGE_ID.test(edge) && !(node && ID.test(node)) ? edge : null,
    mark: mark && ID.test(mark) && node && ID.test(node) && get('panel') === 'missing' ? mark : null,
    focus: focus && ID.test(focus) ? focus : null,
    depth: oneOf(EGO_DEPTHS, get('depth'), DEFAULT_VIEW.depth),
    layout: oneOf(LAYOUTS, get('layout'), DEFAULT_VIEW.layout),
    size: oneOf(SIZE_MEASURES, SIZE_ALIASES[get('size') ?? ''] ?? get('size'), DEFAULT_VIEW.size),
    topTies: oneOf(TOP_TIES, get('topTies'), DEFAULT_VIEW.topTies),
    lang: oneOf(LOCALES, get('lang'), DEFAULT_VIEW.lang),
    panel: PANELS.find((panel) => panel === get('panel')) ?? null,
  };
}

/** The query string of a view (without "?"); defaults are left out, so links stay short. */
export function serializeViewState(input: ViewState): string {
  const view: ViewState = {
    ...input,
    sectors: normalizeList(SECTORS, input.sectors),
    kinds: normalizeList(INSTITUTION_KINDS, input.kinds),
    ties: normalizeList(TIE_KINDS, input.ties),
  };
  const params = new URLSearchParams();
  for (const key of Object.keys(PARAMS) as (keyof ViewState)[]) {
    const value = view[key];
    const fallback = DEFAULT_VIEW[key];
    if (Array.isArray(value)) {
      if (value.length > 0) params.set(PARAMS[key], value.join(','));
    } else if (value !== null && value !== fallback) {
      params.set(PARAMS[key], String(value));
    }
  }
  // Commas need no escaping in a query string; keep lists readable.
  return params.toString().replace(/%2C/g, ',');
}

/**
 * Applies a change the way a user means it: a new area or ego centre starts from a clean
 * selection; leaving the ego view drops its depth; closing the selection closes its panels.
 * A node and a line are never selected together; a mark belongs to the selected node's open
 * missing-partner list.
 */
export function applyChange(view: ViewState, change: Partial<ViewState>): ViewState {
  const next = { ...view, ...change };
  if ('area' in change && change.area !== view.area) {
    next.focus = change.focus ?? null;
    next.node = change.node ?? null;
    next.edge = change.edge ?? null;
  }
  if ('focus' in change && change.focus !== view.focus && !('edge' in change)) next.edge = null;
  if ('focus' in change && change.focus === null && !('depth' in change)) next.depth = DEFAULT_VIEW.depth;
  if ('node' in change && change.node !== null) next.edge = null;
  if ('edge' in change && change.edge !== null) next.node = null;
  if (next.node === null) next.panel = null;
  if (next.node !== view.node && !('mark' in change)) next.mark = null;
  if (next.panel === null || next.node === null) next.mark = null;
  return next;
}
