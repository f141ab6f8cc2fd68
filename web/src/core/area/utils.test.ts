import { describe, expect, it } from 'vitest';
import { type Area, COUNTRY_AREA } from './types';
import {
  areaDepth,
  childAreas,
  defaultArea,
  nearbyAreas,
  resolveArea,
  searchAreas,
  sortAreas,
  terytChain,
} from './utils';

const woj: Area = { teryt: '26', name: 'świętokrzyskie', level: 'VOIVODESHIP' };
const powiat: Area = { teryt: '2607', name: 'ostrowiecki', level: 'POWIAT' };
const gmina: Area = { teryt: '2607032', name: 'Ćmielów', level: 'GMINA' };
const city: Area = { teryt: '2607011', name: 'Ostrowiec Świętokrzyski', level: 'GMINA' };
const other: Area = { teryt: '2601', name: 'buski', level: 'POWIAT' };
const mazowieckie: Area = { teryt: '14', name: 'mazowieckie', level: 'VOIVODESHIP' };
const all = [woj, powiat, gmina, city, other, mazowieckie];

describe('defaultArea', () => {
  it('prefers powiat 2607, else the first area', () => {
    expect(defaultArea([woj, other, powiat])).toBe(powiat);
    expect(defaultArea([other, woj])).toBe(other);
    expect(defaultArea([])).toBeUndefined();
  });

  it('takes the preferred area: the whole country for PL, an area with data, else the usual', () => {
    expect(defaultArea([woj, powiat], 'PL')).toBe(COUNTRY_AREA);
    expect(defaultArea([], 'PL')).toBeUndefined();
    expect(defaultArea([woj, powiat], woj.teryt)).toBe(woj);
    expect(defaultArea([woj, powiat], '9999')).toBe(powiat);
  });
});

describe('hierarchy', () => {
  it('tells the depth by level, falling back to the TERYT length', () => {
    expect([woj, powiat, gmina].map(areaDepth)).toEqual([0, 1, 2]);
    expect(areaDepth({ teryt: '2607', name: 'x', level: 'CITY' })).toBe(1);
  });

  it('walks up a TERYT code', () => {
    expect(terytChain('2607032')).toEqual(['26', '2607', '2607032']);
    expect(terytChain('2607')).toEqual(['26', '2607']);
    expect(terytChain('02')).toEqual(['02']);
  });

  it('lists the children of an area by name', () => {
    expect(childAreas(all, null, 0).map((a) => a.teryt)).toEqual(['14', '26']);
    expect(childAreas(all, '26', 1).map((a) => a.teryt)).toEqual(['2601', '2607']);
    expect(childAreas(all, '2607', 2).map((a) => a.name)).toEqual(['Ćmielów', 'Ostrowiec Świętokrzyski']);
  });

  it('orders by TERYT so children follow parents', () => {
    expect(sortAreas([gmina, other, powiat, woj]).map((a) => a.teryt)).toEqual([
      '26',
      '2601',
      '2607',
      '2607032',
    ]);
  });
});

describe('searchAreas', () => {
  it('finds names without diacritics, prefixes first', () => {
    expect(searchAreas(all, 'cmiel').map((a) => a.teryt)).toEqual(['2607032']);
    expect(searchAreas(all, 'swietokrz').map((a) => a.teryt)).toEqual(['26', '2607011']);
    expect(searchAreas(all, 'ostrow').map((a) => a.teryt)).toEqual(['2607', '2607011']);
  });

  it('finds TERYT codes by prefix', () => {
    expect(searchAreas(all, '2607').map((a) => a.teryt)).toEqual(['2607', '2607011', '2607032']);
    expect(searchAreas(all, '  ')).toEqual([]);
  });
});

describe('resolveArea', () => {
  it('gives the default without a code, the country for PL or 00, an area with data as it is', () => {
    expect(resolveArea(all, null)).toEqual({ area: powiat });
    expect(resolveArea(all, 'PL')).toEqual({ area: COUNTRY_AREA });
    expect(resolveArea(all, 'pl')).toEqual({ area: COUNTRY_AREA });
    expect(resolveArea(all, '00')).toEqual({ area: COUNTRY_AREA });
    expect(resolveArea(all, '2607032')).toEqual({ area: gmina });
  });

  it('names a malformed code and never falls back to another area', () => {
    expect(resolveArea(all, 'abc')).toEqual({ problem: 'malformed', code: 'abc', nearby: [COUNTRY_AREA] });
  });

  it('offers the nearest areas with data for a code without data: above, siblings, the country', () => {
    const result = resolveArea(all, '2607043');
    expect(result).toMatchObject({ problem: 'missing', code: '2607043' });
    const nearby = result && 'nearby' in result ? result.nearby.map((a) => a.teryt) : [];
    expect(nearby).toEqual(['2607', '26', '2607032', '2607011', 'PL']);
    expect(nearbyAreas(all, '9999').map((a) => a.teryt)).toEqual(['PL']);
    expect(nearbyAreas(all, '2699').map((a) => a.teryt)).toEqual(['26', '2601', '2607', 'PL']);
  });
});
