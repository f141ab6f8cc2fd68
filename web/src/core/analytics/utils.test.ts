import { describe, expect, it } from 'vitest';
import { densityColor, formatEi, formatShare, matrixRows } from './utils';

describe('sector matrix helpers', () => {
  it('colours densities from light to dark, with readable text', () => {
    expect(densityColor(0)).toEqual({ background: '#f7fbff', color: '#1f2328' });
    expect(densityColor(1)).toEqual({ background: '#08306b', color: '#ffffff' });
    expect(densityColor(0.5).background).toBe('#6baed6');
    expect(densityColor(null).background).toBe('#ffffff');
    expect(densityColor(7)).toEqual(densityColor(1));
  });

  it('lays blocks out as rows in the given sector order, filling gaps', () => {
    const rows = matrixRows(['A', 'B'], [{ from: 'B', to: 'A', ties: 2, possible: 4, density: 0.5 }]);
    expect(rows.map((r) => r.sector)).toEqual(['A', 'B']);
    expect(rows[1]?.cells[0]).toMatchObject({ ties: 2, density: 0.5 });
    expect(rows[0]?.cells[1]).toMatchObject({ ties: 0, density: null });
  });

  it('formats shares and E-I values in the reader’s language', () => {
    expect(formatShare(1 / 3, 'en')).toBe('33.3%');
    expect(formatShare(null, 'en')).toBe('–');
    expect(formatEi(3 / 7, 'en')).toBe('+0.43');
    expect(formatEi(-1, 'en')).toBe('-1');
    expect(formatEi(0, 'en')).toBe('0');
  });
});
