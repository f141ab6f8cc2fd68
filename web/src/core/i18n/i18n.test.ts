import { describe, expect, it } from 'vitest';
import en from '../../locales/en.json';
import pl from '../../locales/pl.json';
import { INSTITUTION_KINDS, SECTORS } from '../network/types';
import { interpolate, localeFromSearch } from './utils';

describe('locales', () => {
  it('pl and en have the same keys', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(pl).sort());
  });

  it('every institution kind and sector has a label', () => {
    for (const kind of INSTITUTION_KINDS) expect(pl).toHaveProperty([`kind.${kind}`]);
    for (const sector of SECTORS) expect(pl).toHaveProperty([`sector.${sector}`]);
  });

  it('no message is empty', () => {
    for (const catalogue of [pl, en]) {
      for (const value of Object.values(catalogue)) expect(value.trim()).not.toBe('');
    }
  });
});

describe('interpolate', () => {
  it('fills known placeholders and keeps unknown ones', () => {
    expect(interpolate('{a} i {b}', { a: 1 })).toBe('1 i {b}');
  });
});

describe('localeFromSearch', () => {
  it('defaults to Polish', () => {
    expect(localeFromSearch('')).toBe('pl');
    expect(localeFromSearch('?lang=de')).toBe('pl');
    expect(localeFromSearch('?lang=en')).toBe('en');
  });
});
