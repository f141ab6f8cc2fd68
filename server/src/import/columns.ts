import {
  COLLABORATION_KINDS,
  INSTITUTION_KINDS,
  MEMBER_ROLES,
  PARTICIPATION_ROLES,
  SECTOR_CODES,
} from '@splot/domain';

// The import templates: what each table (a CSV file, an XLSX sheet, a JSON array) holds, the column
// names accepted for each field in English and Polish, and which fields are required.

export const TABLE_KINDS = [
  'institutions',
  'partnerships',
  'members',
  'collaborations',
  'participants',
  'sources',
  'areas',
] as const;
export type TableKind = (typeof TABLE_KINDS)[number];

export type FieldType =
  | 'id'
  | 'text'
  | 'enum'
  | 'date'
  | 'teryt'
  | 'teryts'
  | 'nip'
  | 'regon'
  | 'krs'
  | 'int'
  | 'amount'
  | 'email'
  | 'boolean'
  | 'latitude'
  | 'longitude';

export interface ColumnSpec {
  field: string;
  type: FieldType;
  required?: boolean;
  /** Accepted header names (compared after folding: lower case, no diacritics, no spaces/_/-). */
  names: string[];
  values?: readonly string[];
}

export interface TableSpec {
  kind: TableKind;
  /** Words in a file or sheet name that say what it holds. */
  names: string[];
  /** Fields that identify a record (its id, or the two ends of a membership). */
  key: string[];
  columns: ColumnSpec[];
}

const col = (
  field: string,
  type: FieldType,
  names: string[],
  extra: Partial<ColumnSpec> = {},
): ColumnSpec => ({
  field,
  type,
  names: [field, ...names],
  ...extra,
});
const id = col('id', 'id', ['identyfikator', 'kod'], { required: true });
const covers = col('covers', 'teryts', ['obszary', 'obejmuje', 'zasieg', 'obszardzialania']);
const source = col('source', 'id', ['zrodlo', 'sourceid', 'idzrodla']);
const quote = col('quote', 'text', ['cytat']);
// "No source yet", said explicitly: a partnership or collaboration needs a source or this (import.md).
const unsourced = col('unsourced', 'boolean', ['bezzrodla', 'brakzrodla', 'niemazrodla']);

export const TABLES: Record<TableKind, TableSpec> = {
  institutions: {
    kind: 'institutions',
    names: ['institution', 'instytucj', 'podmiot', 'organizacj'],
    key: ['id'],
    columns: [
      id,
      col('name', 'text', ['nazwa', 'nazwapelna', 'label'], { required: true }),
      col('kind', 'enum', ['rodzaj', 'typ', 'rodzajpodmiotu'], { required: true, values: INSTITUTION_KINDS }),
      col('sector', 'enum', ['sektor'], { values: SECTOR_CODES }),
      col('area', 'teryt', ['teryt', 'kodteryt', 'obszar', 'terytsiedziby'], { required: true }),
      col('shortName', 'text', ['nazwaskrocona', 'skrot', 'akronim']),
      col('legalForm', 'text', ['formaprawna']),
      col('krs', 'krs', ['nrkrs', 'numerkrs']),
      col('regon', 'regon', ['nrregon', 'numerregon']),
      col('nip', 'nip', ['nrnip', 'numernip']),
      col('website', 'text', ['www', 'stronawww', 'strona', 'url']),
      col('email', 'email', ['mail', 'adresemail']),
      col('phone', 'text', ['telefon', 'tel', 'nrtelefonu']),
      col('address', 'text', ['adres', 'adressiedziby']),
      col('founded', 'date', ['datazalozenia', 'zalozono', 'start']),
      col('lat', 'latitude', ['latitude', 'szerokosc', 'szerokoscgeograficzna']),
      col('lon', 'longitude', ['lng', 'longitude', 'dlugosc', 'dlugoscgeograficzna']),
    ],
  },
  partnerships: {
    kind: 'partnerships',
    names: ['partnership', 'partnerstw'],
    key: ['id'],
    columns: [
      id,
      col('name', 'text', ['nazwa', 'label'], { required: true }),
      col('signedOn', 'date', ['datapodpisania', 'zawarto', 'start', 'od']),
      col('endedOn', 'date', ['datazakonczenia', 'zakonczono', 'end', 'do']),
      col('goal', 'text', ['cel']),
      col('membersDeclared', 'int', ['liczbaczlonkow', 'deklarowanaliczbaczlonkow']),
      covers,
      source,
      quote,
      unsourced,
    ],
  },
  members: {
    kind: 'members',
    names: ['member', 'czlonk', 'czlonkow'],
    key: ['partnership', 'institution'],
    columns: [
      col('partnership', 'id', ['partnerstwo', 'partnershipid', 'idpartnerstwa', 'target'], {
        required: true,
      }),
      col(
        'institution',
        'id',
        ['instytucja', 'institutionid', 'idinstytucji', 'czlonek', 'member', 'source'],
        {
          required: true,
        },
      ),
      col('role', 'enum', ['rola'], { values: MEMBER_ROLES }),
      col('since', 'date', ['od', 'oddnia', 'start']),
      col('until', 'date', ['do', 'dodnia', 'end']),
    ],
  },
  collaborations: {
    kind: 'collaborations',
    names: ['collaboration', 'wspolprac', 'projekt', 'project'],
    key: ['id'],
    columns: [
      id,
      col('title', 'text', ['tytul', 'nazwa', 'name', 'label'], { required: true }),
      col('kind', 'enum', ['rodzaj', 'typ'], { required: true, values: COLLABORATION_KINDS }),
      col('startedOn', 'date', ['datarozpoczecia', 'rozpoczeto', 'start', 'od']),
      col('endedOn', 'date', ['datazakonczenia', 'zakonczono', 'end', 'do']),
      col('programme', 'text', ['program']),
      col('amountPln', 'amount', ['kwota', 'kwotapln', 'amount', 'wartosc']),
      col('goal', 'text', ['cel']),
      covers,
      source,
      quote,
      unsourced,
    ],
  },
  participants: {
    kind: 'participants',
    names: ['participant', 'uczestni'],
    key: ['collaboration', 'institution'],
    columns: [
      col('collaboration', 'id', ['wspolpraca', 'collaborationid', 'idwspolpracy', 'projekt', 'target'], {
        required: true,
      }),
      col('institution', 'id', ['instytucja', 'institutionid', 'idinstytucji', 'uczestnik', 'source'], {
        required: true,
      }),
      col('role', 'enum', ['rola'], { values: PARTICIPATION_ROLES }),
    ],
  },
  sources: {
    kind: 'sources',
    names: ['source', 'zrodl', 'dokument'],
    key: ['id'],
    columns: [
      id,
      col('title', 'text', ['tytul', 'nazwa'], { required: true }),
      col('publisher', 'text', ['wydawca', 'autor']),
      col('url', 'text', ['link', 'adresurl', 'adresstrony']),
      col('publishedOn', 'date', ['datapublikacji', 'data', 'opublikowano']),
      col('file', 'text', ['plik']),
    ],
  },
  areas: {
    kind: 'areas',
    names: ['area', 'obszar', 'teryt'],
    key: ['teryt'],
    columns: [
      col('teryt', 'teryt', ['kod', 'kodteryt'], { required: true }),
      col('name', 'text', ['nazwa'], { required: true }),
      col('parent', 'teryt', ['nadrzedny', 'parentteryt']),
    ],
  },
};

/** Header folding: "Data założenia" → "datazalozenia", "E-mail" → "email", "REGON" → "regon". */
export function foldName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .replace(/ł/g, 'l')
    .replace(/Ł/g, 'L')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

/** The column a header names in a table, or undefined. */
export function columnFor(kind: TableKind, header: string): ColumnSpec | undefined {
  const folded = foldName(header);
  return TABLES[kind].columns.find((c) => c.names.some((n) => foldName(n) === folded));
}

/** What a file or sheet holds, from its name ("Instytucje.csv", "członkowie"), if the name says. */
export function kindFromName(name: string): TableKind | null {
  const folded = foldName(name);
  const found = TABLE_KINDS.filter((kind) => TABLES[kind].names.some((n) => folded.includes(foldName(n))));
  // "partnerships_members.csv": the more specific kind (members, participants) wins.
  for (const specific of ['members', 'participants'] as const) if (found.includes(specific)) return specific;
  return found.length === 1 ? (found[0] as TableKind) : null;
}

/** What a table holds, from its headers: the one kind whose required columns are all there, best match first. */
export function kindFromHeaders(headers: string[]): TableKind | null {
  const scored = TABLE_KINDS.map((kind) => {
    const found = headers.map((h) => columnFor(kind, h)).filter((c): c is ColumnSpec => c !== undefined);
    const fields = new Set(found.map((c) => c.field));
    const complete = TABLES[kind].columns.every((c) => !c.required || fields.has(c.field));
    return { kind, complete, score: fields.size };
  }).filter((s) => s.complete);
  scored.sort((a, b) => b.score - a.score);
  const [best, second] = scored;
  if (!best || (second && second.score === best.score)) return null;
  return best.kind;
}
