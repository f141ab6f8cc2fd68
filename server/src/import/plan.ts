import { KIND_DEFAULT_SECTOR, levelOfTeryt, SECTORS } from '@splot/domain';
import { emptyRows, type Rows } from '../db/rows.js';
import type { TableKind } from './columns.js';
import { type Affiliation, type Existing, type Props, pairKey } from './existing.js';
import type { FieldValue } from './fields.js';
import type { ImportRecord } from './types.js';

// What an import would do to each record — create, update (which fields) or leave unchanged — and
// the write rows for the created and updated ones. The file's empty cells never erase: a written
// row carries the stored value of every field the file does not give, so the write statements
// (which set every field they know) keep them.

export type Action = 'create' | 'update' | 'unchanged';

export interface Change {
  kind: TableKind;
  key: string;
  action: Action;
  /** For updates: the fields whose value changes. */
  fields: string[];
  table: string;
  row: number;
}

export interface Plan {
  changes: Change[];
  rows: Rows;
}

type Values = Record<string, FieldValue>;

const nullable = <T>(v: T | undefined): T | null => (v === undefined ? null : v);
const same = (a: unknown, b: unknown) => (a ?? null) === (b ?? null);

/** Fields of `values` that differ from `stored` (all of them for a new record). */
function differing(values: Values, stored: Props | undefined, fields: string[]): string[] {
  return fields.filter((f) => values[f] !== undefined && (!stored || !same(stored[f], values[f])));
}

const INSTITUTION_PROPS = [
  'name',
  'kind',
  'shortName',
  'legalForm',
  'krs',
  'regon',
  'nip',
  'website',
  'email',
  'phone',
  'address',
  'lat',
  'lon',
];

function affiliationChanges(v: Values, stored: Affiliation | undefined, scalars: string[]): string[] {
  const fields = differing(v, stored?.props, scalars);
  const covers = (v.covers as string[] | undefined) ?? [];
  if (covers.some((c) => !stored?.covers.includes(c))) fields.push('covers');
  const source = v.source as string | undefined;
  if (source !== undefined) {
    if (!stored?.citations.has(source)) fields.push('source');
    else if (v.quote !== undefined && !same(stored.citations.get(source), v.quote)) fields.push('quote');
  }
  return fields;
}

export function planImport(records: ImportRecord[], existing: Existing): Plan {
  const rows = emptyRows();
  const changes: Change[] = [];
  const note = (r: ImportRecord, key: string, isNew: boolean, fields: string[]) => {
    const action: Action = isNew ? 'create' : fields.length > 0 ? 'update' : 'unchanged';
    changes.push({
      kind: r.kind,
      key,
      action,
      fields: action === 'update' ? fields : [],
      table: r.table,
      row: r.row,
    });
    return action !== 'unchanged';
  };

  for (const r of records) {
    let v = r.values;
    switch (r.kind) {
      case 'areas': {
        const teryt = String(v.teryt);
        const stored = existing.areas.get(teryt);
        if (note(r, teryt, !stored, differing(v, stored, ['name']))) {
          rows.areas.push({
            teryt,
            name: String(v.name),
            level: levelOfTeryt(teryt),
            parent: nullable(v.parent as string | undefined),
          });
        }
        break;
      }
      case 'institutions': {
        const id = String(v.id);
        const stored = existing.institutions.get(id);
        const fields = differing(v, stored, [...INSTITUTION_PROPS, 'sector', 'area', 'founded']);
        if (!note(r, id, !stored, fields)) break;
        const props: Record<string, string | number | boolean | null> = {};
        for (const f of INSTITUTION_PROPS) if (v[f] !== undefined) props[f] = v[f] as string | number;
        if (!stored) props.synthetic = false;
        const kind = String(v.kind) as keyof typeof KIND_DEFAULT_SECTOR;
        rows.institutions.push({
          id,
          sector: String(v.sector ?? stored?.sector ?? KIND_DEFAULT_SECTOR[kind]),
          area: String(v.area),
          founded:
            (v.founded as string | undefined) ?? (stored?.founded as string | null | undefined) ?? null,
          props,
        });
        break;
      }
      case 'partnerships':
      case 'collaborations': {
        const id = String(v.id);
        const partnership = r.kind === 'partnerships';
        const stored = (partnership ? existing.partnerships : existing.collaborations).get(id);
        // "No source yet" is said when a tie is created: a stored record keeps what it has (its
        // citations, or its flag), whatever a re-imported file says.
        if (stored && v.unsourced !== undefined) {
          const { unsourced: _dropped, ...cited } = v;
          v = cited;
        }
        const scalars = partnership
          ? ['name', 'signedOn', 'endedOn', 'goal', 'membersDeclared', 'unsourced']
          : ['title', 'kind', 'startedOn', 'endedOn', 'programme', 'amountPln', 'goal', 'unsourced'];
        const fields = affiliationChanges(v, stored, scalars);
        if (!note(r, id, !stored, fields)) break;
        const merged: Props = { ...stored?.props, synthetic: stored?.props.synthetic ?? false };
        for (const f of scalars) if (v[f] !== undefined) merged[f] = v[f];
        const base = {
          id,
          goal: nullable(merged.goal as string | undefined),
          synthetic: merged.synthetic as boolean,
          datePrecision: nullable(merged.datePrecision as string | undefined),
          identifiedBy: nullable(merged.identifiedBy as string[] | undefined),
          // A row citing a source clears a stored "no source yet" (upsert-citations does too).
          unsourced: merged.unsourced === true && v.source === undefined ? true : null,
        };
        if (partnership) {
          rows.partnerships.push({
            ...base,
            name: String(merged.name),
            membersDeclared: nullable(merged.membersDeclared as number | undefined),
            signedOn: nullable(merged.signedOn as string | undefined),
            endedOn: nullable(merged.endedOn as string | undefined),
          });
        } else {
          rows.collaborations.push({
            ...base,
            title: String(merged.title),
            kind: String(merged.kind),
            programme: nullable(merged.programme as string | undefined),
            amountPln: nullable(merged.amountPln as number | undefined),
            startedOn: nullable(merged.startedOn as string | undefined),
            endedOn: nullable(merged.endedOn as string | undefined),
          });
        }
        for (const area of (v.covers as string[] | undefined) ?? []) {
          if (!stored?.covers.includes(area)) rows.coverage.push({ subject: id, area });
        }
        const source = v.source as string | undefined;
        if (source !== undefined && (fields.includes('source') || fields.includes('quote'))) {
          const quote = (v.quote as string | undefined) ?? stored?.citations.get(source) ?? null;
          rows.citations.push({ subject: id, source, quote });
        }
        break;
      }
      case 'sources': {
        const id = String(v.id);
        const stored = existing.sources.get(id);
        const fields = differing(v, stored, ['title', 'publisher', 'url', 'publishedOn', 'file']);
        if (!note(r, id, !stored, fields)) break;
        const m: Props = { ...stored, ...v };
        rows.sources.push({
          id,
          title: String(m.title),
          publisher: nullable(m.publisher as string | undefined),
          publisherIdentifiedBy: nullable(m.publisherIdentifiedBy as string[] | undefined),
          url: nullable(m.url as string | undefined),
          publishedOn: nullable(m.publishedOn as string | undefined),
          file: nullable(m.file as string | undefined),
        });
        break;
      }
      case 'members': {
        const [partnership, institution] = [String(v.partnership), String(v.institution)];
        const stored = existing.members.get(pairKey(partnership, institution));
        const fields = differing(v, stored, ['role', 'since', 'until']);
        if (!note(r, `${partnership} ← ${institution}`, !stored, fields)) break;
        const m: Props = { ...stored, ...v };
        rows.memberships.push({
          partnership,
          institution,
          role: String(m.role ?? 'MEMBER'),
          since: nullable(m.since as string | undefined),
          until: nullable(m.until as string | undefined),
          asWritten: nullable(m.asWritten as string | undefined),
          identifiedBy: nullable(m.identifiedBy as string[] | undefined),
        });
        break;
      }
      case 'participants': {
        const [collaboration, institution] = [String(v.collaboration), String(v.institution)];
        const stored = existing.participants.get(pairKey(collaboration, institution));
        const fields = differing(v, stored, ['role']);
        if (!note(r, `${collaboration} ← ${institution}`, !stored, fields)) break;
        const m: Props = { ...stored, ...v };
        rows.participations.push({
          collaboration,
          institution,
          role: String(m.role ?? 'PARTICIPANT'),
          asWritten: nullable(m.asWritten as string | undefined),
          identifiedBy: nullable(m.identifiedBy as string[] | undefined),
        });
        break;
      }
    }
  }
  if (!existing.sectors && rows.institutions.length > 0) rows.sectors = SECTORS.map((s) => ({ ...s }));
  return { changes, rows };
}
