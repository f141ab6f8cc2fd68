import { describe, expect, it } from 'vitest';
import { columnFor, kindFromHeaders, kindFromName, TABLES } from './columns.js';
import { type CellValue, parseField } from './fields.js';

const column = (kind: keyof typeof TABLES, field: string) => {
  const c = TABLES[kind].columns.find((x) => x.field === field);
  if (!c) throw new Error(field);
  return c;
};
const parse = (kind: keyof typeof TABLES, field: string, raw: CellValue) =>
  parseField(column(kind, field), raw);
const value = (kind: keyof typeof TABLES, field: string, raw: CellValue) => {
  const p = parse(kind, field, raw);
  if (!p.ok) throw new Error(p.reason);
  return p.value;
};
const reason = (kind: keyof typeof TABLES, field: string, raw: CellValue) => {
  const p = parse(kind, field, raw);
  return p.ok ? null : p.reason;
};

describe('columns', () => {
  it('knows Polish and English header names, with or without diacritics', () => {
    expect(columnFor('institutions', 'Nazwa')?.field).toBe('name');
    expect(columnFor('institutions', 'Data założenia')?.field).toBe('founded');
    expect(columnFor('institutions', 'data_zalozenia')?.field).toBe('founded');
    expect(columnFor('institutions', 'E-mail')?.field).toBe('email');
    expect(columnFor('institutions', 'TERYT')?.field).toBe('area');
    expect(columnFor('members', 'Członek')?.field).toBe('institution');
    expect(columnFor('institutions', 'uwagi')).toBeUndefined();
  });

  it('tells the table from a file or sheet name, else from the headers', () => {
    expect(kindFromName('Instytucje 2024.csv')).toBe('institutions');
    expect(kindFromName('czlonkowie_partnerstw.csv')).toBe('members');
    expect(kindFromName('Źródła')).toBe('sources');
    expect(kindFromName('dane.csv')).toBeNull();
    expect(kindFromHeaders(['id', 'nazwa', 'rodzaj', 'teryt', 'nip'])).toBe('institutions');
    expect(kindFromHeaders(['partnerstwo', 'instytucja', 'rola'])).toBe('members');
    expect(kindFromHeaders(['id', 'tytuł', 'rodzaj', 'data rozpoczęcia'])).toBe('collaborations');
    expect(kindFromHeaders(['foo', 'bar'])).toBeNull();
  });
});

describe('fields', () => {
  it('reads enum codes and their Polish names', () => {
    expect(value('institutions', 'kind', 'social cooperative')).toBe('SOCIAL_COOPERATIVE');
    expect(value('institutions', 'kind', 'Spółdzielnia socjalna')).toBe('SOCIAL_COOPERATIVE');
    expect(value('institutions', 'kind', 'MOPS')).toBe('OPS');
    expect(value('institutions', 'sector', 'pozarządowy')).toBe('NGO');
    expect(value('members', 'role', 'lider')).toBe('LEADER');
    expect(value('participants', 'role', 'Lider')).toBe('LEAD');
    expect(value('collaborations', 'kind', 'wizyta studyjna')).toBe('STUDY_VISIT');
    expect(reason('institutions', 'kind', 'PROJECT')).toMatch(/not one of GMINA_OFFICE/);
    expect(reason('institutions', 'sector', 'prywatno-publiczny')).toMatch(/not one of/);
  });

  it('reads dates as ISO, Polish or spreadsheet dates, and refuses the rest', () => {
    expect(value('institutions', 'founded', '2019-06-28')).toBe('2019-06-28');
    expect(value('institutions', 'founded', '28.06.2019')).toBe('2019-06-28');
    expect(value('institutions', 'founded', '1.6.2019')).toBe('2019-06-01');
    expect(value('institutions', 'founded', new Date(Date.UTC(2019, 5, 28)))).toBe('2019-06-28');
    expect(reason('institutions', 'founded', '2019-02-30')).toMatch(/not a date/);
    expect(reason('institutions', 'founded', 'wczoraj')).toMatch(/not a date/);
    expect(reason('institutions', 'founded', 43644)).toMatch(/number 43644/);
  });

  it('checks NIP and REGON check digits and restores cut leading zeros', () => {
    expect(value('institutions', 'nip', '123-456-32-18')).toBe('1234563218');
    expect(reason('institutions', 'nip', '1234563219')).toMatch(/check digit/);
    expect(reason('institutions', 'nip', '12345')).toMatch(/10 digits/);
    expect(value('institutions', 'regon', 331501)).toBe('000331501');
    expect(value('institutions', 'regon', '12345678512347')).toBe('12345678512347');
    expect(reason('institutions', 'regon', '123456786')).toMatch(/check digit/);
    expect(value('institutions', 'krs', 12345)).toBe('0000012345');
  });

  it('reads TERYT codes, restoring a leading zero lost as a number', () => {
    expect(value('institutions', 'area', 201011)).toBe('0201011');
    expect(value('institutions', 'area', '2607')).toBe('2607');
    expect(reason('institutions', 'area', '26070')).toMatch(/TERYT/);
    expect(value('partnerships', 'covers', '2607; 2601 2607')).toEqual(['2607', '2601']);
    expect(reason('partnerships', 'covers', '2607,99999')).toMatch(/"99999"/);
  });

  it('reads numbers as Polish spreadsheets write them', () => {
    expect(value('collaborations', 'amountPln', '12 500,50 zł')).toBe(12500.5);
    expect(value('collaborations', 'amountPln', 1000)).toBe(1000);
    expect(reason('collaborations', 'amountPln', '-5')).toMatch(/amount/);
    expect(value('institutions', 'lat', '50,93')).toBe(50.93);
    expect(reason('institutions', 'lat', '95')).toMatch(/latitude/);
    expect(reason('partnerships', 'membersDeclared', '2.5')).toMatch(/whole number/);
  });

  it('treats an empty cell as not given and checks ids and e-mails', () => {
    expect(parse('institutions', 'nip', '  ')).toEqual({ ok: true, value: undefined });
    expect(reason('institutions', 'id', 'ops ćmielów')).toMatch(/not an id/);
    expect(value('institutions', 'id', 'ops-ćmielów')).toBe('ops-ćmielów');
    expect(reason('institutions', 'email', 'biuro(at)ops.pl')).toMatch(/e-mail/);
  });
});
