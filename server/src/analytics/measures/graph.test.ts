import { describe, expect, it } from 'vitest';
import { projectInstitutions } from '../../network/build-network.js';
import { projectInstitutionsCompact } from '../../network/project-compact.js';
import { randomWorld } from '../../network/test-worlds.js';
import type { AreaRef } from '../../network/types.js';
import { type AnalyticsGraph, analyticsGraphOfCompact, toAnalyticsGraph } from './graph.js';

const area: AreaRef = { teryt: '2607', name: 'ostrowiecki', level: 'POWIAT' };

/** Nodes and ties in insertion order, with their attributes: what the measures and Louvain read. */
const shape = (graph: AnalyticsGraph) => ({
  nodes: graph.mapNodes((id, attrs) => [id, attrs]),
  edges: graph.mapEdges((_e, attrs, source, target) => [source, target, attrs]),
});

describe('analyticsGraphOfCompact', () => {
  it.each([1, 2, 3, 4, 5])(
    'builds the graph toAnalyticsGraph builds from the projection (world %i)',
    (seed) => {
      const { institutions, groups } = randomWorld(seed);
      const expected = toAnalyticsGraph(projectInstitutions(area, institutions, groups));
      const { nodes, compact } = projectInstitutionsCompact(institutions, groups);
      expect(shape(analyticsGraphOfCompact(nodes, compact))).toEqual(shape(expected));
      expect(expected.size).toBeGreaterThan(0);
    },
  );
});
