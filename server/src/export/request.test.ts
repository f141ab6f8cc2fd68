import { describe, expect, it } from 'vitest';
import { exportFileName } from './formats.js';
import { parseExportFileName, parseExportRequest } from './request.js';

function argumentOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (e) {
    return (e as { extensions?: { code?: string; argumentName?: string } }).extensions?.argumentName;
  }
  return undefined;
}

describe('export parameters', () => {
  it('reads an area with filters given as lists or comma-separated text', () => {
    expect(
      parseExportRequest({
        area: '2607',
        mode: 'affiliations',
        asOf: '2020-01-01',
        sectors: 'public,ngo',
        kinds: ['CIS', 'OPS'],
      }),
    ).toEqual({
      teryt: '2607',
      mode: 'AFFILIATIONS',
      filter: {
        asOf: '2020-01-01',
        sectors: ['PUBLIC', 'NGO'],
        kinds: ['CIS', 'OPS'],
        tieKinds: null,
        sourcedOnly: false,
      },
    });
  });

  it('reads sourcedOnly as true or false (1/0, yes/no, tak/nie), absent meaning false', () => {
    const only = (sourcedOnly: unknown) =>
      parseExportRequest({ area: '2607', sourcedOnly }).filter.sourcedOnly;
    expect([only('true'), only('1'), only('tak'), only('TRUE')]).toEqual([true, true, true, true]);
    expect([only('false'), only('0'), only('nie'), only(undefined)]).toEqual([false, false, false, false]);
    expect(argumentOf(() => parseExportRequest({ area: '2607', sourcedOnly: 'maybe' }))).toBe('sourcedOnly');
  });

  it('takes PL (or 00) for the whole country', () => {
    expect(parseExportRequest({ area: 'PL' }).teryt).toBeNull();
    expect(parseExportRequest({ area: '00' }).teryt).toBeNull();
  });

  it('names the wrong parameter', () => {
    expect(argumentOf(() => parseExportRequest({ area: '26070' }))).toBe('teryt');
    expect(argumentOf(() => parseExportRequest({ area: '2607', mode: 'both' }))).toBe('mode');
    expect(argumentOf(() => parseExportRequest({ area: '2607', asOf: '2020-02-30' }))).toBe('asOf');
    expect(argumentOf(() => parseExportRequest({ area: '2607', sectors: 'PUBLIC,PRIVATE' }))).toBe('sectors');
    expect(argumentOf(() => parseExportRequest({ area: '2607', kinds: 'NGO' }))).toBe('kinds');
    expect(argumentOf(() => parseExportRequest({ area: '2607', tieKinds: 'FRIENDSHIP' }))).toBe('tieKinds');
    expect(argumentOf(() => parseExportRequest({ area: '2607', asOf: ['2020-01-01', '2021-01-01'] }))).toBe(
      'asOf',
    );
  });

  it('splits the file name into area and format', () => {
    expect(parseExportFileName('2607.csv.zip')).toEqual({ area: '2607', format: 'csv.zip' });
    expect(parseExportFileName('PL.GEXF')).toEqual({ area: 'PL', format: 'gexf' });
    expect(argumentOf(() => parseExportFileName('2607.xlsx'))).toBe('format');
    expect(argumentOf(() => parseExportFileName('2607'))).toBe('format');
  });

  it('names files by area, date and mode', () => {
    const request = parseExportRequest({ area: '2607' });
    expect(exportFileName(request, 'gexf', '2026-11-25')).toBe('splot-2607-2026-11-25.gexf');
    const past = parseExportRequest({ area: 'PL', asOf: '2019-06-28', mode: 'AFFILIATIONS' });
    expect(exportFileName(past, 'csv.zip', '2026-11-25')).toBe('splot-PL-2019-06-28-affiliations.csv.zip');
  });
});
