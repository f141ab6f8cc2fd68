import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type InstitutionKind, KIND_DEFAULT_SECTOR, levelOfTeryt, parentTeryt, SECTORS } from '@splot/domain';
import { parse } from 'csv-parse/sync';
import { type AreaRow, emptyRows, type Rows } from '../db/rows.js';
import { paths } from '../paths.js';
import { documentSchema, type SeedDocument, type SeedInstitution, type SeedUnnamed } from './dataset.js';

export class SeedError extends Error {
  constructor(readonly problems: string[]) {
    super(`The seed data has ${problems.length} problem(s):\n  ${problems.join('\n  ')}`);
  }
}

const orNull = <T>(v: T | undefined): T | null => (v === undefined ? null : v);

/** Reads areas.csv: `teryt,name` (lines starting with # are comments); level and parent follow from the code. */
export function readAreas(file: string): AreaRow[] {
  const records = parse(readFileSync(file, 'utf8'), {
    columns: true,
    comment: '#',
    skip_empty_lines: true,
    trim: true,
  }) as Array<{
    teryt: string;
    name: string;
  }>;
  return records
    .map((r) => ({
      teryt: r.teryt,
      name: r.name,
      level: levelOfTeryt(r.teryt),
      parent: parentTeryt(r.teryt),
    }))
    .sort((a, b) => a.teryt.length - b.teryt.length || a.teryt.localeCompare(b.teryt));
}

function institutionRow(inst: SeedInstitution, sector: string) {
  const { id, area, founded, sector: _s, note: _n, ...props } = inst;
  return {
    id,
    area,
    sector,
    founded: orNull(founded),
    props: { ...props, areaSource: orNull(props.areaSource), synthetic: false },
  };
}

/** Turns validated documents into write rows, collecting every broken reference. */
export function documentsToRows(
  documents: Array<{ file: string; doc: SeedDocument }>,
  areas: AreaRow[],
): Rows {
  const rows = emptyRows();
  const problems: string[] = [];
  const knownAreas = new Set(areas.map((a) => a.teryt));
  const institutions = new Map<string, { file: string; json: string }>();
  rows.sectors = SECTORS.map((s) => ({ ...s }));
  rows.areas = areas;

  for (const { file, doc } of documents) {
    for (const inst of doc.institutions) {
      const where = `${file}: institution ${inst.id}`;
      if (!knownAreas.has(inst.area)) problems.push(`${where}: area ${inst.area} is not in areas.csv`);
      const sector = inst.sector ?? KIND_DEFAULT_SECTOR[inst.kind as InstitutionKind];
      if (!sector) problems.push(`${where}: kind ${inst.kind} has no default sector, give "sector"`);
      const json = JSON.stringify({ ...inst, note: undefined });
      const seen = institutions.get(inst.id);
      if (seen && seen.json !== json) problems.push(`${where}: differs from its definition in ${seen.file}`);
      if (!seen) {
        institutions.set(inst.id, { file, json });
        rows.institutions.push(institutionRow(inst, sector ?? 'NGO'));
      }
    }
  }
  for (const { file, doc } of documents) {
    const s = doc.source;
    rows.sources.push({
      id: s.id,
      title: s.title,
      publisher: orNull(s.publisher),
      publisherIdentifiedBy: orNull(s.publisherIdentifiedBy),
      url: orNull(s.url),
      publishedOn: orNull(s.publishedOn),
      file: s.file,
    });
    const unnamedRows = (subject: string, unnamed: SeedUnnamed[]) =>
      unnamed.map((u, index) => ({
        id: `${subject}#${index + 1}`,
        subject,
        label: u.label,
        asWritten: u.asWritten,
        kind: orNull(u.kind),
        sector: orNull(u.sector),
        count: orNull(u.count),
        role: u.role,
      }));
    const checkRefs = (subject: string, members: Array<{ institution: string }>, covers: string[]) => {
      for (const m of members) {
        if (!institutions.has(m.institution))
          problems.push(`${file}: ${subject}: unknown institution ${m.institution}`);
      }
      for (const t of covers) if (!knownAreas.has(t)) problems.push(`${file}: ${subject}: unknown area ${t}`);
    };
    for (const p of doc.partnerships) {
      checkRefs(`partnership ${p.id}`, p.members, p.covers);
      rows.partnerships.push({
        id: p.id,
        name: p.name,
        goal: orNull(p.goal),
        membersDeclared: orNull(p.membersDeclared),
        signedOn: orNull(p.signedOn),
        endedOn: orNull(p.endedOn),
        synthetic: false,
        datePrecision: orNull(p.datePrecision),
        identifiedBy: orNull(p.identifiedBy),
      });
      for (const m of p.members) {
        rows.memberships.push({
          institution: m.institution,
          partnership: p.id,
          role: m.role,
          since: orNull(m.since),
          until: orNull(m.until),
          asWritten: m.asWritten,
          identifiedBy: orNull(m.identifiedBy),
        });
      }
      rows.unnamed?.push(...unnamedRows(p.id, p.unnamed));
      rows.citations.push({ subject: p.id, source: s.id, quote: p.quote });
      for (const area of p.covers) rows.coverage.push({ subject: p.id, area });
    }
    for (const c of doc.collaborations) {
      checkRefs(`collaboration ${c.id}`, c.participants, c.covers);
      rows.collaborations.push({
        id: c.id,
        title: c.title,
        kind: c.kind,
        programme: orNull(c.programme),
        amountPln: orNull(c.amountPln),
        startedOn: orNull(c.startedOn),
        endedOn: orNull(c.endedOn),
        synthetic: false,
        goal: orNull(c.goal),
        datePrecision: orNull(c.datePrecision),
        identifiedBy: orNull(c.identifiedBy),
      });
      for (const p of c.participants) {
        rows.participations.push({
          institution: p.institution,
          collaboration: c.id,
          role: p.role,
          asWritten: p.asWritten,
          identifiedBy: orNull(p.identifiedBy),
        });
      }
      rows.unnamed?.push(...unnamedRows(c.id, c.unnamed));
      rows.citations.push({ subject: c.id, source: s.id, quote: c.quote });
      for (const area of c.covers) rows.coverage.push({ subject: c.id, area });
    }
  }
  if (problems.length > 0) throw new SeedError(problems);
  return rows;
}

/** Reads and validates the whole demo dataset under cypher/seed/. */
export function readSeed(seedDir: string = paths.seed): Rows {
  const areas = readAreas(join(seedDir, 'areas.csv'));
  const problems: string[] = [];
  const documents: Array<{ file: string; doc: SeedDocument }> = [];
  const docDir = join(seedDir, 'documents');
  for (const file of readdirSync(docDir)
    .filter((f) => f.endsWith('.json'))
    .sort()) {
    const parsed = documentSchema.safeParse(JSON.parse(readFileSync(join(docDir, file), 'utf8')));
    if (parsed.success) documents.push({ file, doc: parsed.data });
    else
      for (const issue of parsed.error.issues)
        problems.push(`${file}: ${issue.path.join('.')}: ${issue.message}`);
  }
  if (problems.length > 0) throw new SeedError(problems);
  return documentsToRows(documents, areas);
}
