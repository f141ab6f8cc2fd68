import { changeViolations, describeViolation, KIND_DEFAULT_SECTOR, parentTeryt } from '@splot/domain';
import {
  type ColumnSpec,
  columnFor,
  kindFromHeaders,
  kindFromName,
  TABLE_KINDS,
  TABLES,
  type TableKind,
} from './columns.js';
import { type Affiliation, type Existing, type Props, pairKey, type Wanted } from './existing.js';
import { type FieldValue, parseField } from './fields.js';
import type { ImportRecord, Problem, ReadResult } from './types.js';

// Validation in two steps, both reporting every problem (file, table, row, column, reason):
// parseTables needs only the file (columns, values, duplicates); checkReferences then needs what
// the database holds (TERYT codes, ids the file refers to without defining them).

export interface ParsedTables {
  records: ImportRecord[];
  problems: Problem[];
  warnings: Problem[];
  /** Rows that define a record but are invalid, by "kind:key": references to them are reported as such. */
  invalid: Map<string, { table: string; row: number }>;
  /** What each recognised table holds. */
  tableKinds: Map<string, TableKind>;
}

const recordKey = (kind: TableKind, values: Record<string, FieldValue | undefined>) =>
  `${kind}:${TABLES[kind].key.map((k) => String(values[k] ?? '')).join('\u0000')}`;

const describe = (kind: TableKind) =>
  `${TABLES[kind].columns
    .filter((c) => c.required)
    .map((c) => c.names.slice(0, 2).join('/'))
    .join(', ')}`;

/** Reads the tables' columns and values, and finds duplicates inside the file. */
export function parseTables(
  file: string,
  read: ReadResult,
  forcedKind: TableKind | null = null,
): ParsedTables {
  const out: ParsedTables = {
    records: [],
    problems: [],
    warnings: [],
    invalid: new Map(),
    tableKinds: new Map(),
  };
  const problem = (p: Omit<Problem, 'file'>) => out.problems.push({ file, ...p });
  const seen = new Map<string, { table: string; row: number }>();
  let recognised = 0;

  for (const t of read.tables) {
    const kind =
      t.kind ??
      (read.tables.length === 1 ? forcedKind : null) ??
      kindFromName(read.format === 'csv' ? file : t.table) ??
      kindFromHeaders(t.header);
    if (!kind) {
      const reason = `Cannot tell what this ${read.format === 'xlsx' ? 'sheet' : 'file'} holds: name it after its records (e.g. instytucje, partnerstwa, czlonkowie, wspolprace, uczestnicy, zrodla) or give the required columns of one template (institutions: ${describe('institutions')}).`;
      if (read.format === 'xlsx')
        out.warnings.push({
          file,
          table: t.table,
          row: null,
          column: null,
          reason: `${reason} The sheet was skipped.`,
        });
      else problem({ table: t.table, row: null, column: null, reason });
      continue;
    }
    recognised++;
    out.tableKinds.set(t.table, kind);
    // Which column each header is; unknown headers are reported and ignored.
    const columns: Array<ColumnSpec | undefined> = t.header.map((h) =>
      h === '' ? undefined : columnFor(kind, h),
    );
    const byField = new Map<string, string>();
    let broken = false;
    t.header.forEach((h, i) => {
      const c = columns[i];
      if (!c) {
        if (h !== '') {
          out.warnings.push({
            file,
            table: t.table,
            row: t.headerRow || null,
            column: h,
            reason: `Not a column of the ${kind} template; ignored.`,
          });
        }
        return;
      }
      const other = byField.get(c.field);
      if (other !== undefined) {
        problem({
          table: t.table,
          row: t.headerRow || null,
          column: h,
          reason: `Gives ${c.field} again (already given by "${other}").`,
        });
        broken = true;
      } else byField.set(c.field, h);
    });
    for (const c of TABLES[kind].columns) {
      if (c.required && !byField.has(c.field)) {
        problem({
          table: t.table,
          row: t.headerRow || null,
          column: c.field,
          reason: `The required column ${c.field} is missing (accepted names: ${c.names.join(', ')}).`,
        });
        broken = true;
      }
    }
    if (broken) continue;

    for (const r of t.rows) {
      const values: Record<string, FieldValue> = {};
      const names: Record<string, string> = {};
      let valid = true;
      columns.forEach((c, i) => {
        if (!c) return;
        const header = t.header[i] as string;
        const raw = r.cells[i];
        const parsed = parseField(c, raw);
        if (!parsed.ok) {
          valid = false;
          problem({
            table: t.table,
            row: r.row,
            column: header,
            reason: `${c.field} ${parsed.reason}`,
            value: String(raw),
          });
        } else if (parsed.value !== undefined) {
          values[c.field] = parsed.value;
          names[c.field] = header;
        } else if (c.required) {
          valid = false;
          problem({ table: t.table, row: r.row, column: header, reason: `${c.field} is required` });
        }
      });
      const hasKey = TABLES[kind].key.every((k) => values[k] !== undefined);
      const key = recordKey(kind, values);
      if (hasKey) {
        const first = seen.get(key);
        if (first) {
          valid = false;
          const keyColumns = TABLES[kind].key.map((k) => names[k] ?? k).join(' + ');
          problem({
            table: t.table,
            row: r.row,
            column: keyColumns,
            reason: `Duplicate: ${TABLES[kind].key.map((k) => values[k]).join(' + ')} is already in ${first.table} row ${first.row}.`,
          });
        } else seen.set(key, { table: t.table, row: r.row });
      }
      if (valid) out.records.push({ kind, table: t.table, row: r.row, values, columns: names });
      else if (hasKey && !out.invalid.has(key)) out.invalid.set(key, { table: t.table, row: r.row });
    }
  }
  if (recognised === 0 && read.tables.length > 0 && read.format === 'xlsx') {
    problem({
      table: null,
      row: null,
      column: null,
      reason:
        'No sheet of the workbook is an import template; see the README for the sheet and column names.',
    });
  }
  return out;
}

const str = (v: FieldValue | undefined) => (typeof v === 'string' ? v : undefined);

/** Every id and code the records define or refer to: what to read from the database. */
export function wantedBy(records: ImportRecord[]): Wanted {
  const sets = {
    areas: new Set<string>(),
    institutions: new Set<string>(),
    partnerships: new Set<string>(),
    collaborations: new Set<string>(),
    sources: new Set<string>(),
  };
  const members: Wanted['members'] = [];
  const participants: Wanted['participants'] = [];
  for (const { kind, values: v } of records) {
    const add = (set: Set<string>, value: FieldValue | undefined) => {
      if (typeof value === 'string') set.add(value);
      else if (Array.isArray(value)) for (const x of value) set.add(x);
    };
    if (kind === 'areas') {
      add(sets.areas, v.teryt);
      add(sets.areas, v.parent);
    } else if (kind === 'institutions') {
      add(sets.institutions, v.id);
      add(sets.areas, v.area);
    } else if (kind === 'partnerships' || kind === 'collaborations') {
      add(sets[kind], v.id);
      add(sets.areas, v.covers);
      add(sets.sources, v.source);
    } else if (kind === 'sources') add(sets.sources, v.id);
    else if (kind === 'members') {
      add(sets.partnerships, v.partnership);
      add(sets.institutions, v.institution);
      members.push({ partnership: str(v.partnership) ?? '', institution: str(v.institution) ?? '' });
    } else if (kind === 'participants') {
      add(sets.collaborations, v.collaboration);
      add(sets.institutions, v.institution);
      participants.push({ collaboration: str(v.collaboration) ?? '', institution: str(v.institution) ?? '' });
    }
  }
  return {
    areas: [...sets.areas],
    institutions: [...sets.institutions],
    partnerships: [...sets.partnerships],
    collaborations: [...sets.collaborations],
    sources: [...sets.sources],
    members,
    participants,
  };
}

/**
 * The rule types (domain/rules TYPE_RULES) a row of each table is checked against, each with
 * what the database holds for it now (empty for a new record).
 */
function storedFor(
  kind: TableKind,
  v: Record<string, FieldValue>,
  existing: Existing,
): Array<[string, Props]> {
  const id = String(v.id);
  const citation = (a: Affiliation | undefined): Props => {
    const quote = typeof v.source === 'string' ? a?.citations.get(v.source) : undefined;
    return quote === undefined ? {} : { quote };
  };
  switch (kind) {
    case 'institutions':
      return [['Institution', existing.institutions.get(id) ?? {}]];
    case 'sources':
      return [['Source', existing.sources.get(id) ?? {}]];
    case 'partnerships':
    case 'collaborations': {
      const stored = existing[kind].get(id);
      const type = kind === 'partnerships' ? 'Partnership' : 'Collaboration';
      return [
        [type, stored?.props ?? {}],
        ['Citation', citation(stored)],
      ];
    }
    case 'members':
      return [
        ['Membership', existing.members.get(pairKey(String(v.partnership), String(v.institution))) ?? {}],
      ];
    default:
      return [];
  }
}

const LABEL: Record<string, string> = {
  areas: 'area (TERYT)',
  institutions: 'institution',
  partnerships: 'partnership',
  collaborations: 'collaboration',
  sources: 'source',
};

/**
 * Checks what the records refer to against the valid records of the file and the database, in
 * dependency order, so a row that refers to an invalid row is invalid too. Returns the valid records.
 */
export function checkReferences(
  file: string,
  parsed: ParsedTables,
  existing: Existing,
): { valid: ImportRecord[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const valid: ImportRecord[] = [];
  const defined: Record<string, Set<string>> = {
    areas: new Set(existing.areas.keys()),
    institutions: new Set(existing.institutions.keys()),
    partnerships: new Set(existing.partnerships.keys()),
    collaborations: new Set(existing.collaborations.keys()),
    sources: new Set(existing.sources.keys()),
  };
  const order: TableKind[] = [
    'areas',
    'sources',
    'institutions',
    'partnerships',
    'collaborations',
    'members',
    'participants',
  ];
  const byKind = new Map<TableKind, ImportRecord[]>(TABLE_KINDS.map((k) => [k, []]));
  for (const r of parsed.records) byKind.get(r.kind)?.push(r);
  // A new member or participant joins a stored affiliation only if that one cites a source or says
  // it has none (one in this file is checked on its own row; a stored membership is no new tie).
  const inFile = new Set(parsed.records.map((r) => `${r.kind}:${String(r.values.id)}`));
  const uncitedStored = (
    kind: 'partnerships' | 'collaborations',
    id: FieldValue | undefined,
    links: Map<string, unknown>,
    institution: FieldValue | undefined,
  ) => {
    if (typeof id !== 'string' || inFile.has(`${kind}:${id}`)) return false;
    if (links.has(pairKey(id, String(institution)))) return false;
    const stored = existing[kind].get(id);
    return stored !== undefined && stored.citations.size === 0 && stored.props.unsourced !== true;
  };

  for (const kind of order) {
    const records = byKind.get(kind) ?? [];
    // Areas may refer to each other (gmina → powiat): parents first.
    if (kind === 'areas')
      records.sort((a, b) => String(a.values.teryt).length - String(b.values.teryt).length);
    for (const r of records) {
      let ok = true;
      const fail = (field: string, reason: string, value?: FieldValue) => {
        ok = false;
        problems.push({
          file,
          table: r.table,
          row: r.row,
          column: r.columns[field] ?? field,
          reason,
          ...(value !== undefined ? { value: String(value) } : {}),
        });
      };
      const refer = (field: string, target: string) => {
        const value = r.values[field];
        const list = Array.isArray(value) ? value : typeof value === 'string' ? [value] : [];
        for (const v of list) {
          if (defined[target]?.has(v)) continue;
          const broken = parsed.invalid.get(`${target}:${v}`);
          fail(
            field,
            broken
              ? `Refers to ${LABEL[target]} "${v}", whose row ${broken.row} in ${broken.table} is invalid.`
              : target === 'areas'
                ? `No area has the TERYT code "${v}" (neither in the database nor in this file).`
                : `No ${LABEL[target]} has the id "${v}" (neither in this file nor in the database).`,
            v,
          );
        }
      };
      const v = r.values;
      if (kind === 'areas') {
        const expected = parentTeryt(String(v.teryt));
        if (v.parent !== undefined && v.parent !== expected) {
          fail(
            'parent',
            `The parent of ${v.teryt} is ${expected ?? 'none'} (it follows from the code).`,
            v.parent,
          );
        } else refer('parent', 'areas');
      } else if (kind === 'institutions') {
        refer('area', 'areas');
        const known = existing.institutions.get(String(v.id));
        const kindCode = String(v.kind) as keyof typeof KIND_DEFAULT_SECTOR;
        if (v.sector === undefined && KIND_DEFAULT_SECTOR[kindCode] === null && !known?.sector) {
          fail('sector', `Kind ${kindCode} has no default sector: give the sector.`);
        }
      } else if (kind === 'partnerships' || kind === 'collaborations') {
        refer('covers', 'areas');
        refer('source', 'sources');
        if (v.quote !== undefined && v.source === undefined)
          fail('quote', 'A quote needs the source it is taken from.');
        const problem = citationProblem(kind, v, existing[kind].get(String(v.id)));
        if (problem) fail(problem.field, problem.reason);
      } else if (kind === 'members') {
        refer('partnership', 'partnerships');
        refer('institution', 'institutions');
        if (uncitedStored('partnerships', v.partnership, existing.members, v.institution))
          fail('partnership', uncitedReason('partnership', String(v.partnership)), v.partnership);
      } else if (kind === 'participants') {
        refer('collaboration', 'collaborations');
        refer('institution', 'institutions');
        if (uncitedStored('collaborations', v.collaboration, existing.participants, v.institution))
          fail('collaboration', uncitedReason('collaboration', String(v.collaboration)), v.collaboration);
      }
      // The domain rules every write path goes through (the GraphQL write guard runs the same),
      // on what the row changes: an import never erases, so the record keeps what the row omits.
      for (const [type, stored] of storedFor(kind, v, existing)) {
        for (const violation of changeViolations(type, stored, { ...stored, ...v })) {
          fail(violation.field, describeViolation(type, violation), v[violation.field]);
        }
      }
      if (ok) {
        valid.push(r);
        const ownKey = kind === 'areas' ? v.teryt : v.id;
        if (typeof ownKey === 'string' && defined[kind]) defined[kind].add(ownKey);
      } else {
        const ownKey = kind === 'areas' ? v.teryt : v.id;
        if (typeof ownKey === 'string' && !parsed.invalid.has(`${kind}:${ownKey}`)) {
          parsed.invalid.set(`${kind}:${ownKey}`, { table: r.table, row: r.row });
        }
      }
    }
  }
  return { valid, problems };
}

const LABEL_OF = { partnerships: 'partnership', collaborations: 'collaboration' } as const;

const uncitedReason = (label: string, id: string) =>
  `The ${label} "${id}" cites no source and is not marked unsourced: give it a source (its row, column source) or unsourced = tak.`;

/**
 * A new partnership or collaboration row cites a source (column source) or says it has none yet
 * (unsourced = tak): issue 13, item 7. Not both in one row. Rows of stored records pass.
 */
export function citationProblem(
  kind: 'partnerships' | 'collaborations',
  v: Record<string, FieldValue>,
  stored: Affiliation | undefined,
): { field: string; reason: string } | null {
  const label = LABEL_OF[kind];
  if (v.unsourced === true && v.source !== undefined)
    return {
      field: 'unsourced',
      reason: `A ${label} that cites a source is not unsourced: leave one of the two empty.`,
    };
  // A stored record is no new tie: one written before this rule stays importable as it is.
  if (stored !== undefined || v.source !== undefined || v.unsourced === true) return null;
  return {
    field: 'source',
    reason: `A ${label} must cite a source (column source: the id of a row of sources); if there is none yet, say so with unsourced = tak.`,
  };
}
