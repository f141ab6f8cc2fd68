import { COLLABORATION_KINDS, INSTITUTION_KINDS, isTerytCode, SECTOR_CODES } from '@splot/domain';
import { badUserInput } from '../errors.js';
import { toNetworkFilter } from '../network/filter-args.js';
import type { NetworkMode } from '../network/types.js';
import { EXPORT_FORMAT_NAMES, type ExportFormatName, isExportFormat } from './formats.js';
import { COUNTRY_CODES, type ExportRequest, type NodePlacement } from './types.js';

/** Export parameters as a URL query or the command line gives them: strings, lists repeated or comma-separated. */
export interface ExportParams {
  area: unknown;
  mode?: unknown;
  asOf?: unknown;
  sectors?: unknown;
  kinds?: unknown;
  tieKinds?: unknown;
  sourcedOnly?: unknown;
}

const TIE_KINDS = ['PARTNERSHIP', ...COLLABORATION_KINDS];

function text(name: string, value: unknown): string | undefined {
  if (value === undefined || value === '') return undefined;
  if (typeof value !== 'string') throw badUserInput(name, `Give "${name}" once, as text.`);
  return value;
}

function list(name: string, value: unknown, allowed: readonly string[]): string[] | null {
  if (value === undefined) return null;
  const items = (Array.isArray(value) ? value : [value]).flatMap((v) => {
    if (typeof v !== 'string') throw badUserInput(name, `"${name}" must be a comma-separated list.`);
    return v.split(',');
  });
  const values = items.map((v) => v.trim().toUpperCase()).filter((v) => v !== '');
  const unknown = values.filter((v) => !allowed.includes(v));
  if (unknown.length > 0) {
    throw badUserInput(
      name,
      `"${name}" has unknown value(s) ${unknown.join(', ')}; allowed: ${allowed.join(', ')}.`,
    );
  }
  return values.length > 0 ? [...new Set(values)] : null;
}

/** `sourcedOnly`: true or false (also 1/0, yes/no, tak/nie); absent: false. */
function flag(name: string, value: unknown): boolean {
  const v = text(name, value)?.trim().toLowerCase();
  if (v === undefined) return false;
  if (['true', '1', 'yes', 'tak'].includes(v)) return true;
  if (['false', '0', 'no', 'nie'].includes(v)) return false;
  throw badUserInput(name, `"${name}" must be true or false, not "${value}".`);
}

function mode(value: unknown): NetworkMode {
  const m = text('mode', value)?.toUpperCase() ?? 'INSTITUTIONS';
  if (m !== 'INSTITUTIONS' && m !== 'AFFILIATIONS') {
    throw badUserInput(
      'mode',
      `"mode" must be INSTITUTIONS (one-mode) or AFFILIATIONS (two-mode), not "${m}".`,
    );
  }
  return m;
}

/** Checks every parameter; throws BAD_USER_INPUT naming the first wrong one. */
export function parseExportRequest(params: ExportParams): ExportRequest {
  const area = text('teryt', params.area);
  if (area === undefined) throw badUserInput('teryt', 'Give the area as a TERYT code, e.g. 2607, or PL.');
  const country = (COUNTRY_CODES as readonly string[]).includes(area.toUpperCase());
  if (!country && !isTerytCode(area)) {
    throw badUserInput(
      'teryt',
      `"${area}" is not a TERYT code (2, 4 or 7 digits, e.g. "2607") nor PL for the whole country.`,
    );
  }
  const filter = toNetworkFilter({
    asOf: text('asOf', params.asOf) ?? null,
    sectors: list('sectors', params.sectors, SECTOR_CODES),
    kinds: list('kinds', params.kinds, INSTITUTION_KINDS),
    tieKinds: list('tieKinds', params.tieKinds, TIE_KINDS),
    sourcedOnly: flag('sourcedOnly', params.sourcedOnly),
  });
  return { teryt: country ? null : area, mode: mode(params.mode), filter };
}

/** "2607.gexf" → area and format. */
export function parseExportFileName(file: string): { area: string; format: ExportFormatName } {
  const dot = file.indexOf('.');
  const format = dot < 0 ? '' : file.slice(dot + 1).toLowerCase();
  if (!isExportFormat(format)) {
    throw badUserInput(
      'format',
      `"${file}" does not end in a known format; use one of ${EXPORT_FORMAT_NAMES.map((f) => `.${f}`).join(', ')}.`,
    );
  }
  return { area: file.slice(0, dot), format };
}

/** Most nodes a posted layout may place (the canvas draws at most tens of thousands). */
export const LAYOUT_MAX_NODES = 200_000;

/**
 * The canvas layout the explorer posts with an export: `{"positions": {id: {x, y, size?}}}`.
 * Every value must be a finite number; anything else is the caller's error, naming the node.
 */
export function parseExportLayout(body: unknown): Map<string, NodePlacement> {
  const positions = (body as { positions?: unknown } | null)?.positions;
  if (typeof positions !== 'object' || positions === null || Array.isArray(positions)) {
    throw badUserInput('positions', 'Send {"positions": {"node id": {"x": …, "y": …, "size": …}}}.');
  }
  const entries = Object.entries(positions as Record<string, unknown>);
  if (entries.length > LAYOUT_MAX_NODES) {
    throw badUserInput('positions', `At most ${LAYOUT_MAX_NODES} positions; got ${entries.length}.`);
  }
  const layout = new Map<string, NodePlacement>();
  for (const [id, value] of entries) {
    const { x, y, size } = (value ?? {}) as Record<string, unknown>;
    const finite = (n: unknown) => typeof n === 'number' && Number.isFinite(n);
    if (!finite(x) || !finite(y) || (size !== undefined && !(finite(size) && (size as number) >= 0))) {
      throw badUserInput('positions', `The position of "${id}" needs finite numbers x, y (and size ≥ 0).`);
    }
    layout.set(id, {
      x: x as number,
      y: y as number,
      ...(size === undefined ? {} : { size: size as number }),
    });
  }
  return layout;
}
