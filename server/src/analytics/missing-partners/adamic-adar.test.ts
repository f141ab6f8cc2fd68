import { describe, expect, it } from 'vitest';
import { adamicAdar, partnersWithinBudget, partnersWithinBudgetByBounds } from './adamic-adar.js';

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

describe('partnersWithinBudgetByBounds', () => {
  it('expands the same partners as partnersWithinBudget, reading only the reaches it needs', async () => {
    let seed = 7;
    const rand = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    for (let round = 0; round < 20; round++) {
      const reach = new Map<string, number>();
      const lower = new Map<string, number>();
      for (let i = 0; i < 2000; i++) {
        const r = 2 + Math.floor(rand() * rand() * 3000);
        reach.set(`p${i}`, r);
        // A lower bound: the largest shared affiliation, at most the reach.
        lower.set(`p${i}`, Math.max(2, Math.floor(r * rand())));
      }
      const budget = [0, 500, 5000, 50_000, 10_000_000][round % 5] as number;
      let reads = 0;
      const found = await partnersWithinBudgetByBounds(
        lower,
        async (ids) => {
          reads += ids.length;
          return new Map(ids.map((id) => [id, reach.get(id) ?? 0]));
        },
        budget,
        64,
      );
      const { expand, skipped } = partnersWithinBudget(reach, budget);
      expect(found.expand).toEqual(expand);
      expect(found.skipped).toBe(skipped);
      expect(found.read).toBe(reads);
      if (budget === 500) expect(reads).toBeLessThan(2000);
    }
  });
});
