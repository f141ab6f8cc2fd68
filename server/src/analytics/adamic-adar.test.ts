import { describe, expect, it } from 'vitest';
import { adamicAdar, partnersWithinBudget } from './adamic-adar.js';

describe('adamicAdar', () => {
  it('sums 1 / ln(degree) over the common partners', () => {
    // The ego's partners: z1 (partners e, x, y) and z2 (partners e, x).
    const aa = adamicAdar(
      'e',
      new Map([
        ['z1', new Set(['e', 'x', 'y'])],
        ['z2', new Set(['e', 'x'])],
      ]),
    );
    expect(aa.get('x')?.index).toBeCloseTo(1 / Math.log(3) + 1 / Math.log(2));
    expect(aa.get('x')?.common).toEqual(['z1', 'z2']);
    expect(aa.get('y')?.index).toBeCloseTo(1 / Math.log(3));
    expect(aa.has('e')).toBe(false);
  });
});

describe('partnersWithinBudget', () => {
  it('expands the least connected partners first and stops at the budget', () => {
    const reach = new Map([
      ['hub', 900],
      ['b', 40],
      ['a', 40],
      ['c', 100],
    ]);
    expect(partnersWithinBudget(reach, 200)).toEqual({ expand: ['a', 'b', 'c'], skipped: 1 });
    expect(partnersWithinBudget(reach, 10_000)).toEqual({ expand: ['a', 'b', 'c', 'hub'], skipped: 0 });
    expect(partnersWithinBudget(reach, 10)).toEqual({ expand: [], skipped: 4 });
  });
});
