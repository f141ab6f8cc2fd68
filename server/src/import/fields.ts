import { isTerytCode } from '@splot/domain';
import { isIsoDate } from '../network/filter-args.js';
import { type ColumnSpec, foldName } from './columns.js';
import { ENUM_ALIASES } from './enum-aliases.js';
import {
  isValidNip,
  isValidRegon,
  normaliseKrs,
  normaliseNip,
  normaliseRegon,
  normaliseTeryt,
} from './identifiers.js';

/** A cell as a reader gives it: text (CSV, JSON), or a typed spreadsheet value. */
export type CellValue = string | number | boolean | Date | null | undefined;
export type FieldValue = string | number | boolean | string[];

export type Parsed = { ok: true; value: FieldValue | undefined } | { ok: false; reason: string };

// Spellings of yes and no a spreadsheet may hold (compared lower-case, without diacritics).
const TRUE_WORDS = ['tak', 't', 'yes', 'y', 'true', 'prawda', '1', 'x'];
const FALSE_WORDS = ['nie', 'n', 'no', 'false', 'falsz', '0'];

const ok = (value: FieldValue | undefined): Parsed => ({ ok: true, value });
const fail = (reason: string): Parsed => ({ ok: false, reason });

const ID = /^[\p{L}\p{N}][\p{L}\p{N}._:-]*$/u;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function asText(raw: CellValue): string {
  if (raw instanceof Date) return raw.toISOString().slice(0, 10);
  return String(raw).trim();
}

/** "1 234,56 zł" → 1234.56; null when it is not a number. */
function parseNumber(raw: CellValue): number | null {
  if (typeof raw === 'number') return Number.isFinite(raw) ? raw : null;
  const text = asText(raw)
    .replace(/\s|\u00a0|zł|pln/gi, '')
    .replace(',', '.');
  return /^-?\d+(\.\d+)?$/.test(text) ? Number(text) : null;
}

function parseDate(raw: CellValue): Parsed {
  // Spreadsheet date cells arrive as Dates at midnight UTC.
  if (raw instanceof Date) {
    return Number.isNaN(raw.getTime()) ? fail('is not a date') : ok(raw.toISOString().slice(0, 10));
  }
  if (typeof raw === 'number') {
    return fail(`is the number ${raw}, not a date: format the cell as a date or write YYYY-MM-DD`);
  }
  const text = asText(raw);
  let iso = text;
  const dotted = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$/.exec(text);
  if (dotted) iso = `${dotted[3]}-${dotted[2]?.padStart(2, '0')}-${dotted[1]?.padStart(2, '0')}`;
  const slashed = /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})$/.exec(text);
  if (slashed) iso = `${slashed[1]}-${slashed[2]?.padStart(2, '0')}-${slashed[3]?.padStart(2, '0')}`;
  return isIsoDate(iso) ? ok(iso) : fail('is not a date; write YYYY-MM-DD (e.g. 2019-06-28) or DD.MM.YYYY');
}

// Each column's values folded once, not once per row (a 100,000-row import folded millions).
const foldedValues = new WeakMap<ColumnSpec, Map<string, string>>();
function valueByFoldedName(column: ColumnSpec): Map<string, string> {
  let byName = foldedValues.get(column);
  if (!byName) {
    byName = new Map();
    for (const v of column.values ?? []) if (!byName.has(foldName(v))) byName.set(foldName(v), v);
    foldedValues.set(column, byName);
  }
  return byName;
}

function parseEnum(column: ColumnSpec, raw: CellValue): Parsed {
  const values = column.values ?? [];
  const folded = foldName(asText(raw));
  const direct = valueByFoldedName(column).get(folded);
  if (direct) return ok(direct);
  const aliases = ENUM_ALIASES[column.field] ?? {};
  let alias = aliases[folded];
  // The Polish "lider" is LEADER of a partnership but LEAD of a collaboration.
  if (alias === 'LEADER' && !values.includes('LEADER') && values.includes('LEAD')) alias = 'LEAD';
  if (alias && values.includes(alias)) return ok(alias);
  return fail(`is not one of ${values.join(', ')}`);
}

function parseTeryt(raw: CellValue): Parsed {
  const code = normaliseTeryt(asText(raw));
  return isTerytCode(code)
    ? ok(code)
    : fail('is not a TERYT code (2 digits: voivodeship, 4: powiat, 7: gmina, e.g. 2607 or 2607011)');
}

/** Parses one cell for its column; an empty cell is `undefined` (not given). */
export function parseField(column: ColumnSpec, raw: CellValue): Parsed {
  if (raw === null || raw === undefined || (typeof raw === 'string' && raw.trim() === ''))
    return ok(undefined);
  switch (column.type) {
    case 'id': {
      const text = asText(raw);
      if (text.length > 200) return fail('is longer than 200 characters');
      return ID.test(text) ? ok(text) : fail('is not an id: use letters, digits, dots, dashes, no spaces');
    }
    case 'text': {
      const text = asText(raw);
      return text.length > 5000 ? fail('is longer than 5000 characters') : ok(text);
    }
    case 'enum':
      return parseEnum(column, raw);
    case 'date':
      return parseDate(raw);
    case 'teryt':
      return parseTeryt(raw);
    case 'teryts': {
      const codes: string[] = [];
      for (const part of asText(raw)
        .split(/[\s,;|]+/)
        .filter(Boolean)) {
        const parsed = parseTeryt(part);
        if (!parsed.ok) return fail(`"${part}" ${parsed.reason}`);
        codes.push(parsed.value as string);
      }
      return ok([...new Set(codes)]);
    }
    case 'nip': {
      const nip = normaliseNip(asText(raw));
      if (!nip) return fail('is not a NIP: it has 10 digits');
      return isValidNip(nip) ? ok(nip) : fail('is not a valid NIP: the check digit does not match');
    }
    case 'regon': {
      const regon = normaliseRegon(typeof raw === 'number' ? String(raw) : asText(raw));
      if (!/^(\d{9}|\d{14})$/.test(regon)) return fail('is not a REGON: it has 9 or 14 digits');
      return isValidRegon(regon) ? ok(regon) : fail('is not a valid REGON: the check digit does not match');
    }
    case 'krs': {
      const krs = normaliseKrs(asText(raw));
      return krs ? ok(krs) : fail('is not a KRS number: up to 10 digits');
    }
    case 'boolean': {
      if (typeof raw === 'boolean') return ok(raw);
      const word = foldName(asText(raw));
      if (TRUE_WORDS.includes(word)) return ok(true);
      if (FALSE_WORDS.includes(word)) return ok(false);
      return fail('is not yes or no (tak/nie, true/false, 1/0)');
    }
    case 'int': {
      const n = parseNumber(raw);
      // Its range (e.g. not negative) is a domain rule, checked with the others (domain/rules).
      return n !== null && Number.isInteger(n) ? ok(n) : fail('is not a whole number');
    }
    case 'amount': {
      const n = parseNumber(raw);
      return n !== null && n >= 0 ? ok(n) : fail('is not an amount in PLN (e.g. 12500 or 12 500,50)');
    }
    case 'email': {
      const text = asText(raw);
      return EMAIL.test(text) ? ok(text) : fail('is not an e-mail address');
    }
    case 'latitude':
    case 'longitude': {
      const n = parseNumber(raw);
      const limit = column.type === 'latitude' ? 90 : 180;
      return n !== null && Math.abs(n) <= limit
        ? ok(n)
        : fail(`is not a ${column.type} (−${limit}…${limit})`);
    }
  }
}
