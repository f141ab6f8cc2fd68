import { compactEdges } from '@splot/domain';
import { describe, expect, it } from 'vitest';
import { projectInstitutions } from './build-network.js';
import { compactInstitutionNetwork, projectInstitutionsCompact } from './project-compact.js';
import { randomWorld as world } from './test-worlds.js';
import type { AreaRef } from './types.js';

const area: AreaRef = { teryt: '2607', name: 'ostrowiecki', level: 'POWIAT' };
describe('projectInstitutionsCompact', () => {
  it.each([1, 2, 3, 4, 5, 6, 7, 8])(
    'writes exactly the compact edges of projectInstitutions (random world %i)',
    (seed) => {
      const { institutions, groups } = world(seed);
      const network = projectInstitutions(area, institutions, groups);
      const ours = projectInstitutionsCompact(institutions, groups);
      expect(ours.nodes).toEqual(network.nodes);
      // Byte for byte, key order included: the answer's JSON must not change.
      expect(JSON.stringify(ours.compact)).toBe(JSON.stringify(compactEdges(network.nodes, network.edges)));
      expect(network.edges.length).toBeGreaterThan(0);
      // The documented edges, read back on demand, are the projection's.
      expect(compactInstitutionNetwork(area, institutions, groups).edges).toEqual(network.edges);
    },
  );

  it('meets ties of several periods, outside pairs and unknown members in those worlds', () => {
    const worlds = [1, 2, 3, 4, 5, 6, 7, 8].map(world);
    const networks = worlds.map(({ institutions, groups }) =>
      projectInstitutions(area, institutions, groups),
    );
    expect(networks.filter((net) => net.edges.some((e) => e.periods.length > 1)).length).toBeGreaterThan(2);
    expect(networks.every((net) => net.nodes.some((node) => node.outside))).toBe(true);
  });

  it('keeps compactEdges out of what is serialised, and reads the edges back once', () => {
    const { institutions, groups } = world(9);
    const network = compactInstitutionNetwork(area, institutions, groups);
    expect(Object.keys(network)).toEqual(['area', 'nodes', 'edges']);
    expect(network.edges).toBe(network.edges);
    expect(network.compactEdges.target.length).toBe(network.edges.length);
  });
});
