import { describe, expect, it } from 'vitest';
import { betweennessScores } from './betweenness.js';
import { toMeasureGraph } from './graph.js';
import { twinClasses } from './twins.js';

const graph = (n: number, ties: Array<[number, number]>) =>
  toMeasureGraph({
    nodes: Array.from({ length: n }, (_x, i) => ({ id: `n${i}` })),
    edges: ties.map(([a, b]) => ({ source: `n${a}`, target: `n${b}`, weight: 1 })),
  });

/** Ties of a web of partnerships: each partnership a clique of random members. */
function cliqueUnion(n: number, partnerships: number, seed: number): Array<[number, number]> {
  let x = seed;
  const next = () => {
    x = (x * 1103515245 + 12345) % 2147483648;
    return x / 2147483648;
  };
  const ties: Array<[number, number]> = [];
  for (let p = 0; p < partnerships; p++) {
    const members = [
      ...new Set(Array.from({ length: 2 + Math.floor(next() * 5) }, () => Math.floor(next() * n))),
    ];
    for (let i = 0; i < members.length; i++)
      for (let j = i + 1; j < members.length; j++) ties.push([members[i] as number, members[j] as number]);
  }
  return ties;
}

/**
 * Betweenness from its definition, not from Brandes: all distances and path counts by BFS from
 * every node, then for each pair s<t the share of shortest paths through v,
 * σ(s,v)·σ(v,t)/σ(s,t) when d(s,v)+d(v,t) = d(s,t).
 */
function betweennessByDefinition(n: number, ties: Array<[number, number]>): number[] {
  const adj = Array.from({ length: n }, () => new Set<number>());
  for (const [a, b] of ties) {
    if (a === b) continue;
    adj[a]?.add(b);
    adj[b]?.add(a);
  }
  const d: number[][] = [];
  const sigma: number[][] = [];
  for (let s = 0; s < n; s++) {
    const ds = new Array<number>(n).fill(-1);
    const ss = new Array<number>(n).fill(0);
    ds[s] = 0;
    ss[s] = 1;
    const queue = [s];
    for (let h = 0; h < queue.length; h++) {
      const v = queue[h] as number;
      for (const w of adj[v] ?? []) {
        if (ds[w] === -1) {
          ds[w] = (ds[v] as number) + 1;
          queue.push(w);
        }
        if (ds[w] === (ds[v] as number) + 1) ss[w] = (ss[w] as number) + (ss[v] as number);
      }
    }
    d.push(ds);
    sigma.push(ss);
  }
  const bc = new Array<number>(n).fill(0);
  for (let s = 0; s < n; s++)
    for (let t = s + 1; t < n; t++) {
      const dst = d[s]?.[t] as number;
      if (dst <= 0) continue;
      for (let v = 0; v < n; v++) {
        if (v === s || v === t) continue;
        const dsv = d[s]?.[v] as number;
        const dvt = d[v]?.[t] as number;
        if (dsv > 0 && dvt > 0 && dsv + dvt === dst)
          bc[v] =
            (bc[v] as number) +
            ((sigma[s]?.[v] as number) * (sigma[v]?.[t] as number)) / (sigma[s]?.[t] as number);
      }
    }
  return bc;
}

describe('twin classes', () => {
  it('groups nodes with the same partners that are tied to each other', () => {
    // A clique 0-1-2 where 2 also ties to 3; 0 and 1 are twins, 2 and 3 are not.
    const twins = twinClasses(
      graph(4, [
        [0, 1],
        [0, 2],
        [1, 2],
        [2, 3],
      ]),
    );
    expect([...twins.classOf]).toEqual([0, 0, 1, 2]);
    expect([...twins.size]).toEqual([2, 1, 1]);
    // The graph of classes: {0,1} – 2 – 3.
    expect([...twins.offsets]).toEqual([0, 1, 3, 4]);
    expect([...twins.targets]).toEqual([1, 0, 2, 1]);
  });

  it('does not take nodes with the same partners but no tie between them for twins', () => {
    // 0 and 1 both tie to 2 and 3 only (a 4-cycle): same open neighbourhood, different closed one.
    const twins = twinClasses(
      graph(4, [
        [0, 2],
        [0, 3],
        [1, 2],
        [1, 3],
      ]),
    );
    expect([...twins.classOf]).toEqual([0, 1, 2, 3]);
  });

  it('keeps isolated nodes apart', () => {
    expect([...twinClasses(graph(3, [])).classOf]).toEqual([0, 1, 2]);
  });
});

describe('betweenness on the graph of twin classes', () => {
  it('counts twins that bridge, twins as sources and twins as targets (chained partnerships)', () => {
    // A = {a1 a2 a3 x1 x2}, B = {x1 x2 b1 b2}, C = {b2 c1 c2}: x1, x2 bridge A and B as twins,
    // a1–a3 and c1, c2 are twin leaves, b2 bridges B and C alone.
    const cliques = [
      [0, 1, 2, 3, 4],
      [3, 4, 5, 6],
      [6, 7, 8],
    ];
    const ties: Array<[number, number]> = cliques.flatMap((c) =>
      c.flatMap((a, i) => c.slice(i + 1).map((b): [number, number] => [a, b])),
    );
    const ours = betweennessScores(graph(9, ties));
    const theirs = betweennessByDefinition(9, ties);
    expect(twinClasses(graph(9, ties)).size.length).toBe(5);
    for (let v = 0; v < 9; v++) expect(ours[v]).toBeCloseTo(theirs[v] as number, 9);
    // x1 and x2 share the 3 × 3 pairs a–(b1, b2, c1, c2)… each half of them: 3·4/2 = 6.
    expect(ours[3]).toBeCloseTo(6, 9);
  });

  it.each([1, 2, 3, 4, 5, 6])('equals the definition on a random web of partnerships (seed %i)', (seed) => {
    const n = 40;
    const ties = cliqueUnion(n, 14, seed);
    const ours = betweennessScores(graph(n, ties));
    const theirs = betweennessByDefinition(n, ties);
    expect(twinClasses(graph(n, ties)).size.some((s) => s > 1)).toBe(true);
    for (let v = 0; v < n; v++) expect(ours[v]).toBeCloseTo(theirs[v] as number, 9);
  });

  it.each([7, 8, 9])(
    'equals the definition on dense webs in several pieces, where levels are found from both sides (seed %i)',
    (seed) => {
      // Two dense webs (most nodes two steps apart, as in a powiat: the third level is found from
      // the unreached side), a long chain (found forward) and isolated institutions.
      const n = 90;
      const ties: Array<[number, number]> = [
        ...cliqueUnion(35, 40, seed),
        ...cliqueUnion(30, 25, seed + 100).map(([a, b]): [number, number] => [a + 35, b + 35]),
        ...Array.from({ length: 19 }, (_x, i): [number, number] => [65 + i, 66 + i]),
        [84, 0],
      ];
      const ours = betweennessScores(graph(n, ties));
      const theirs = betweennessByDefinition(n, ties);
      for (let v = 0; v < n; v++) expect(ours[v]).toBeCloseTo(theirs[v] as number, 9);
    },
  );
});
