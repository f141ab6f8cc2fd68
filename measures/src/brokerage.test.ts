import { describe, expect, it } from 'vitest';
import { brokerageRoles } from './brokerage.js';
import { toMeasureGraph } from './graph.js';

const SECTORS = ['PUBLIC', 'MARKET', 'NGO', 'SOCIAL_ECONOMY'];

/** A random web of partnerships (cliques of 2–8 random members), sectors drawn with the seed. */
function web(n: number, partnerships: number, seed: number) {
  let x = seed;
  const next = () => {
    x = (x * 1103515245 + 12345) % 2147483648;
    return x / 2147483648;
  };
  const sectors = Array.from({ length: n }, () => SECTORS[Math.floor(next() * 4)] as string);
  const ties: Array<[number, number]> = [];
  for (let p = 0; p < partnerships; p++) {
    const members = [
      ...new Set(Array.from({ length: 2 + Math.floor(next() * 7) }, () => Math.floor(next() * n))),
    ];
    for (let i = 0; i < members.length; i++)
      for (let j = i + 1; j < members.length; j++) ties.push([members[i] as number, members[j] as number]);
  }
  return { sectors, ties };
}

/** Gould–Fernandez roles by their definition: every pair of a broker's partners that is not tied. */
function rolesByDefinition(n: number, sectors: string[], ties: Array<[number, number]>) {
  const adj = Array.from({ length: n }, () => new Set<number>());
  for (const [a, b] of ties) {
    if (a === b) continue;
    adj[a]?.add(b);
    adj[b]?.add(a);
  }
  return adj.map((partners, b) => {
    const r = { coordinator: 0, consultant: 0, representative: 0, liaison: 0 };
    const list = [...partners];
    for (let i = 0; i < list.length; i++)
      for (let j = i + 1; j < list.length; j++) {
        const a = list[i] as number;
        const c = list[j] as number;
        if (adj[a]?.has(c)) continue;
        const [ga, gb, gc] = [sectors[a], sectors[b], sectors[c]];
        if (ga === gc) {
          if (ga === gb) r.coordinator++;
          else r.consultant++;
        } else if (ga === gb || gc === gb) r.representative++;
        else r.liaison++;
      }
    return r;
  });
}

describe('brokerage roles', () => {
  it.each([1, 2, 3, 4])(
    'equal the count of every open pair of partners on a random web (seed %i)',
    (seed) => {
      const n = 60;
      const { sectors, ties } = web(n, 45, seed);
      const graph = toMeasureGraph({
        nodes: sectors.map((sector, i) => ({ id: `n${i}`, sector })),
        edges: ties.map(([a, b]) => ({ source: `n${a}`, target: `n${b}`, weight: 1 })),
      });
      const ours = brokerageRoles(graph);
      const theirs = rolesByDefinition(n, sectors, ties);
      expect(theirs.some((r) => r.liaison > 0 && r.coordinator > 0)).toBe(true);
      for (let b = 0; b < n; b++) {
        const { coordinator, consultant, representative, liaison } = ours[b] as (typeof ours)[number];
        expect({ coordinator, consultant, representative, liaison }).toEqual(theirs[b]);
      }
    },
  );
});
