import type { ExportHeader } from './types.js';

/** One line saying what the file holds, for the formats that have a place for it. */
export function describeExport(h: ExportHeader): string {
  const mode =
    h.mode === 'INSTITUTIONS'
      ? 'institutions tied by shared partnerships/collaborations (weight = how many)'
      : 'institutions and the partnerships/collaborations they take part in';
  const filters = [
    h.filter.asOf && `as of ${h.filter.asOf}`,
    h.filter.sectors && `sectors ${h.filter.sectors.join(', ')}`,
    h.filter.kinds && `kinds ${h.filter.kinds.join(', ')}`,
    h.filter.tieKinds && `tie kinds ${h.filter.tieKinds.join(', ')}`,
    h.filter.sourcedOnly && 'only ties that cite a source',
  ].filter(Boolean);
  const where = h.teryt === 'PL' ? 'Poland' : `${h.name} (TERYT ${h.teryt})`;
  return `splot: ${where}; ${mode}${filters.length ? `; ${filters.join('; ')}` : ''}; exported ${h.exportedOn}.${describeBoundary(h)}${describeMeasures(h)}`;
}

/** Which affiliations were too large to reach outside the area through ('' when none). */
function describeBoundary({ boundary }: ExportHeader): string {
  if (!boundary?.cut.length) return '';
  return ` Partners outside the area only through partnerships/collaborations of at most ${boundary.maxMembers} members; members outside left out of: ${boundaryLeftOut(boundary)}.`;
}

const boundaryLeftOut = (boundary: NonNullable<ExportHeader['boundary']>) =>
  boundary.cut.map((c) => `${c.label} [${c.id}] (${c.members} members)`).join('; ');

/** Which node measures the file carries and which it leaves out, and why ('' for none either way). */
function describeMeasures({ measures }: ExportHeader): string {
  const carried = measures.carried.map((m) => m.id);
  return (
    (carried.length ? ` Node measures of the area's own institutions: ${carried.join(', ')}.` : '') +
    (measures.leftOut.length ? ` Left out: ${leftOut(measures)}.` : '')
  );
}

const leftOut = (measures: ExportHeader['measures']) =>
  measures.leftOut.map((m) => `${m.id} (${m.reason})`).join('; ');

export const GRAPH_ATTRIBUTES = [
  'name',
  'teryt',
  'level',
  'mode',
  'asOf',
  'sectors',
  'kinds',
  'tieKinds',
  'sourcedOnly',
  'exportedOn',
  'measuresLeftOut',
  'boundaryLeftOut',
] as const;

/** Graph-level attributes shared by the formats that keep them (lists joined with "|"). */
export function graphAttributes(h: ExportHeader): Record<(typeof GRAPH_ATTRIBUTES)[number], string | null> {
  return {
    name: h.name,
    teryt: h.teryt,
    level: h.level,
    mode: h.mode,
    asOf: h.filter.asOf,
    sectors: h.filter.sectors?.join('|') ?? null,
    kinds: h.filter.kinds?.join('|') ?? null,
    tieKinds: h.filter.tieKinds?.join('|') ?? null,
    sourcedOnly: h.filter.sourcedOnly ? 'true' : null,
    exportedOn: h.exportedOn,
    measuresLeftOut: h.measures.leftOut.length ? leftOut(h.measures) : null,
    boundaryLeftOut: h.boundary?.cut.length ? boundaryLeftOut(h.boundary) : null,
  };
}
