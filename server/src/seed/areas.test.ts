import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { paths } from '../paths.js';
import { readAreas } from './read-seed.js';

const areas = readAreas(join(paths.seed, 'areas.csv'));
const byLevel = (level: string) => areas.filter((a) => a.level === level);
const code = (teryt: string) => areas.find((a) => a.teryt === teryt)?.name;

describe('cypher/seed/areas.csv', () => {
  it('lists the 16 voivodeships and the 380 powiats (314 + 66 cities with powiat rights)', () => {
    expect(byLevel('VOIVODESHIP')).toHaveLength(16);
    expect(byLevel('POWIAT')).toHaveLength(380);
    expect(byLevel('VOIVODESHIP').map((a) => a.teryt)).toEqual(
      Array.from({ length: 16 }, (_, i) => String(2 * (i + 1)).padStart(2, '0')),
    );
  });

  it('has unique codes whose parents are all present', () => {
    const codes = new Set(areas.map((a) => a.teryt));
    expect(codes.size).toBe(areas.length);
    for (const a of areas) if (a.parent !== null) expect(codes.has(a.parent), a.teryt).toBe(true);
  });

  it('holds the six gminas of powiat ostrowiecki with their TERC type digits', () => {
    expect(areas.filter((a) => a.parent === '2607').map((a) => `${a.teryt} ${a.name}`)).toEqual([
      '2607011 Ostrowiec Świętokrzyski',
      '2607022 Bałtów',
      '2607032 Bodzechów',
      '2607043 Ćmielów',
      '2607053 Kunów',
      '2607062 Waśniów',
    ]);
  });

  it('knows the areas the demo documents name', () => {
    expect(code('2464011')).toBe('Częstochowa');
    expect(code('0663011')).toBe('Lublin');
    expect(code('1604013')).toBe('Byczyna');
    expect(code('2409053')).toBe('Żarki');
    expect(code('26')).toBe('świętokrzyskie');
    expect(code('1465')).toBe('Warszawa');
  });
});
