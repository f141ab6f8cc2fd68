import { describe, expect, it } from 'vitest';
import { isTerytCode, levelOfTeryt, parentTeryt } from './teryt.js';

describe('TERYT codes', () => {
  it('tells the level from the length', () => {
    expect(levelOfTeryt('26')).toBe('VOIVODESHIP');
    expect(levelOfTeryt('2607')).toBe('POWIAT');
    expect(levelOfTeryt('2607022')).toBe('GMINA');
  });

  it('rejects malformed codes, keeping leading zeros significant', () => {
    for (const bad of ['', '2', '260', '26070', '2607020', '2607026', 'ab', ' 26', '26 ', "26'"]) {
      expect(isTerytCode(bad), bad).toBe(false);
    }
    expect(isTerytCode('02')).toBe(true);
  });

  it('finds the parent area', () => {
    expect(parentTeryt('2607022')).toBe('2607');
    expect(parentTeryt('2607')).toBe('26');
    expect(parentTeryt('26')).toBeNull();
  });
});
