import { describe, expect, it } from 'vitest';
import { graphOf } from '../test-fixtures.js';
import { brokers } from './brokers.js';

// A chain P0 – P1 – P2 – P3 – N1: four public institutions, the last one tied to an NGO.
//   betweenness: P2 = 2·2 = 4 (P0, P1 × P3, N1); P1 = 1·3 = 3; P3 = 3·1 = 3; ends 0
//   brokerage:   P3 sits between public P2 and NGO N1 → one cross-sector path;
//                P1 and P2 only coordinate public with public.
const chain = () =>
  graphOf(
    [
      ['P0', 'PUBLIC'],
      ['P1', 'PUBLIC'],
      ['P2', 'PUBLIC'],
      ['P3', 'PUBLIC'],
      ['N1', 'NGO'],
    ],
    [
      ['P0', 'P1'],
      ['P1', 'P2'],
      ['P2', 'P3'],
      ['P3', 'N1'],
    ],
  );

describe('brokers', () => {
  it('ranks cross-sector brokers first, then by betweenness, then by name', () => {
    const report = brokers(chain());
    expect(report.ranking.map((r) => r.id)).toEqual(['P3', 'P2', 'P1', 'N1', 'P0']);
    expect(report.ranking[0]).toMatchObject({ rank: 1, id: 'P3', betweenness: 3, degree: 2 });
    expect(report.ranking[0]?.brokerage).toMatchObject({ gatekeeper: 1, representative: 1, crossSector: 1 });
  });

  it('ranks by betweenness on request, equal betweenness broken by cross-sector brokerage', () => {
    const report = brokers(chain(), { orderBy: 'BETWEENNESS', limit: 3 });
    expect(report.ranking.map((r) => [r.id, r.betweenness])).toEqual([
      ['P2', 4],
      ['P3', 3],
      ['P1', 3],
    ]);
    expect(report.ranking[0]?.betweennessNormalized).toBeCloseTo(4 / 6);
  });

  it('reports components, isolates and communities of the area', () => {
    const g = chain();
    g.addNode('Z', { label: 'Z', kind: null, sector: 'MARKET' });
    const report = brokers(g);
    expect(report.components).toEqual([['N1', 'P0', 'P1', 'P2', 'P3'], ['Z']]);
    expect(report.isolates).toEqual(['Z']);
    expect(report.communities.flat().sort()).toEqual(['N1', 'P0', 'P1', 'P2', 'P3', 'Z']);
    const z = report.ranking.find((r) => r.id === 'Z');
    expect(z).toMatchObject({ component: 1, degree: 0 });
    expect(report).toMatchObject({ institutions: 6, ties: 4 });
  });
});
