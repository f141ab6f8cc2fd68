import { describe, expect, it } from 'vitest';
import { PairTable } from './pair-table.js';

describe('PairTable', () => {
  it('answers as a Map of pairs would, through growth, and lists values in (lo, hi) order', () => {
    const n = 5000;
    const table = new PairTable(n, 16);
    const map = new Map<string, number>();
    let x = 3;
    const next = () => {
      x = (x * 1103515245 + 12345) % 2147483648;
      return Math.floor((x / 2147483648) * n);
    };
    for (let k = 0; k < 20_000; k++) {
      const a = next();
      const b = next();
      if (a === b) continue;
      const lo = Math.min(a, b);
      const hi = Math.max(a, b);
      const before = map.get(`${lo},${hi}`) ?? -1;
      expect(table.getOrSet(lo, hi, k)).toBe(before);
      if (before === -1) map.set(`${lo},${hi}`, k);
    }
    expect(table.size).toBe(map.size);
    for (const [pair, value] of map) {
      const [lo, hi] = pair.split(',').map(Number) as [number, number];
      expect(table.get(lo, hi)).toBe(value);
    }
    expect(table.get(0, n - 1)).toBe(map.get(`0,${n - 1}`) ?? -1);
    const ordered = [...map.entries()]
      .map(([pair, value]) => ({ key: pair.split(',').map(Number) as [number, number], value }))
      .sort((p, q) => p.key[0] - q.key[0] || p.key[1] - q.key[1])
      .map((p) => p.value);
    expect([...table.valuesInOrder()]).toEqual(ordered);
  });
});
