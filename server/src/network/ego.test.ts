import { describe, expect, it } from 'vitest';
import { egoIds, type Neighbours } from './ego.js';

// a — b — c — d, and a — e: a small chain with a branch.
const adjacency: Record<string, string[]> = {
  a: ['b', 'e'],
  b: ['a', 'c'],
  c: ['b', 'd'],
  d: ['c'],
  e: ['a'],
};
const neighbours: Neighbours = async (ids) => [...new Set(ids.flatMap((id) => adjacency[id] ?? []))];

describe('egoIds', () => {
  it('walks one or two steps out, centre first', async () => {
    expect(await egoIds('a', 1, neighbours)).toEqual(['a', 'b', 'e']);
    expect(await egoIds('a', 2, neighbours)).toEqual(['a', 'b', 'e', 'c']);
    expect(await egoIds('d', 2, neighbours)).toEqual(['d', 'c', 'b']);
  });

  it('stops early when nothing new is reached', async () => {
    let calls = 0;
    const counting: Neighbours = async (ids) => {
      calls += 1;
      return neighbours(ids);
    };
    expect(await egoIds('x', 2, counting)).toEqual(['x']);
    expect(calls).toBe(1);
  });

  it('rejects depths other than 1 and 2, naming the argument', async () => {
    await expect(egoIds('a', 3, neighbours)).rejects.toThrow(/depth/);
    await expect(egoIds('a', 0, neighbours)).rejects.toThrow(/depth/);
  });
});
