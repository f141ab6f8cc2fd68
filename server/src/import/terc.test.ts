import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { paths } from '../paths.js';
import { decodeTerc, parseTerc, TercError } from './terc.js';

// An excerpt of the real register (TERC_Urzedowy, state 2024-01-01) in both published encodings.
const fixture = (name: string) => readFileSync(join(paths.repoRoot, 'test/fixtures/terc', name));
const HEADER = 'WOJ;POW;GMI;RODZ;NAZWA;NAZWA_DOD;STAN_NA';

function problemsOf(text: string) {
  try {
    parseTerc(text);
  } catch (error) {
    if (error instanceof TercError) return error.problems;
    throw error;
  }
  throw new Error('expected a TercError');
}

describe('parseTerc', () => {
  const utf8 = parseTerc(decodeTerc(fixture('TERC_Urzedowy_excerpt_utf8bom.csv')));

  it('keeps voivodeships, powiats and gminas (RODZ 1-3) with their parents, parents first', () => {
    expect(utf8.areas.map((a) => `${a.teryt} ${a.level} ${a.parent ?? '-'} ${a.name}`)).toEqual([
      '12 VOIVODESHIP - małopolskie',
      '14 VOIVODESHIP - mazowieckie',
      '26 VOIVODESHIP - świętokrzyskie',
      '1261 POWIAT 12 Kraków',
      '1465 POWIAT 14 Warszawa',
      '2607 POWIAT 26 ostrowiecki',
      '2661 POWIAT 26 Kielce',
      '1261011 GMINA 1261 Kraków',
      '1465011 GMINA 1465 Warszawa',
      '2607011 GMINA 2607 Ostrowiec Świętokrzyski',
      '2607022 GMINA 2607 Bałtów',
      '2607032 GMINA 2607 Bodzechów',
      '2607043 GMINA 2607 Ćmielów',
      '2607053 GMINA 2607 Kunów',
      '2607062 GMINA 2607 Waśniów',
      '2661011 GMINA 2661 Kielce',
    ]);
    expect(utf8.stateOn).toBe('2024-01-01');
  });

  it('skips the town and rural parts of urban-rural gminas and the city districts', () => {
    expect(utf8.skipped).toEqual({ gminaParts: 4, districts: 2 });
  });

  it('reads the Windows-1250 edition of the same file to the same areas', () => {
    const bytes = fixture('TERC_Urzedowy_excerpt_cp1250.csv');
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
    expect(parseTerc(decodeTerc(bytes))).toEqual(utf8);
  });

  it('names the line of every bad row', () => {
    const text = [
      HEADER,
      '26;;;;ŚWIĘTOKRZYSKIE;województwo;2024-01-01',
      '26;7;;;ostrowiecki;powiat;2024-01-01',
      '26;07;;;ostrowiecki;powiat;2024-01-01',
      '26;07;01;6;Ostrowiec Świętokrzyski;gmina miejska;2024-01-01',
      '26;07;02;2;;gmina wiejska;2024-01-01',
      '26;07;03;2;Bodzechów;gmina wiejska',
      '26;07;;;ostrowiecki;powiat;2024-01-01',
      '26;07;04;2;Ćmielów;gmina wiejska;1.1.2024',
      '28;01;01;2;Bartoszyce;gmina wiejska;2024-01-01',
    ].join('\n');
    expect(problemsOf(text).map((p) => [p.line, p.message.split(' ')[0]])).toEqual([
      [3, 'POW'],
      [5, 'RODZ'],
      [6, 'NAZWA'],
      [7, '6'],
      [8, 'TERYT'],
      [9, 'STAN_NA'],
      [10, '2801012'],
    ]);
  });

  it('refuses a file without the TERC header', () => {
    const [problem] = problemsOf('TERYT;NAZWA\n26;ŚWIĘTOKRZYSKIE\n');
    expect(problem?.line).toBe(1);
    expect(problem?.message).toContain('WOJ;POW;GMI;RODZ;NAZWA;NAZWA_DOD;STAN_NA');
  });
});
