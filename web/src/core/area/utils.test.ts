import { describe, expect, it } from 'vitest';
import type { Area } from './types';
import { areaDepth, defaultArea, indentedName, sortAreas } from './utils';

const woj: Area = { teryt: '26', name: 'świętokrzyskie', level: 'VOIVODESHIP' };
const powiat: Area = { teryt: '2607', name: 'ostrowiecki', level: 'POWIAT' };
const gmina: Area = { teryt: '2607011', name: 'Ćmielów', level: 'GMINA' };
const other: Area = { teryt: '2601', name: 'buski', level: 'POWIAT' };

describe('defaultArea', () => {
  it('prefers powiat 2607, else the first area', () => {
    expect(defaultArea([woj, other, powiat])).toBe(powiat);
    expect(defaultArea([other, woj])).toBe(other);
    expect(defaultArea([])).toBeUndefined();
  });
});

describe('areaDepth and indentedName', () => {
  it('indents by level, falling back to the TERYT length', () => {
    expect([woj, powiat, gmina].map(areaDepth)).toEqual([0, 1, 2]);
    expect(areaDepth({ teryt: '2607', name: 'x', level: 'CITY' })).toBe(1);
    expect(indentedName(gmina, 'gmina')).toBe(`${'\u00a0'.repeat(8)}Ćmielów (gmina)`);
  });
});

describe('sortAreas', () => {
  it('orders by TERYT so children follow parents', () => {
    expect(sortAreas([gmina, other, powiat, woj]).map((a) => a.teryt)).toEqual([
      '26',
      '2601',
      '2607',
      '2607011',
    ]);
  });
});
