import { describe, expect, it } from 'vitest';
import { buildInstitutionNetwork } from './build-network.js';
import { withCompact } from './compact.js';
import { compactInstitutionNetwork } from './project-compact.js';

const area = { teryt: '2607', name: 'ostrowiecki', level: 'POWIAT' as const };
const institution = (id: string) => ({ id, label: id, kind: null, sector: null });
const member = (institution: string, affiliation: string, start: string | null) => ({
  institution,
  affiliation,
  type: 'PARTNERSHIP' as const,
  label: affiliation,
  tieKind: 'PARTNERSHIP',
  start,
  end: null,
});

describe('withCompact', () => {
  const network = () =>
    buildInstitutionNetwork(
      area,
      [institution('a'), institution('b'), institution('c')],
      [member('a', 'p', '2019-01-01'), member('b', 'p', null), member('c', 'p', '2020-05-05')],
    );

  it('answers the projection’s nodes and edges as arrays, once, and leaves the network’s own fields alone', () => {
    const plain = network();
    const json = JSON.stringify(plain);
    const withArrays = withCompact(plain);
    expect(withArrays.compactNodes).toEqual({
      id: ['a', 'b', 'c'],
      label: ['a', 'b', 'c'],
      type: [0, 0, 0],
      types: ['INSTITUTION'],
      sector: [-1, -1, -1],
      sectors: [],
      kind: [-1, -1, -1],
      kinds: [],
      outside: [0, 0, 0],
    });
    expect(withArrays.compactNodes).toBe(withArrays.compactNodes);
    expect(withArrays.compactEdges).toEqual({
      sourceRuns: [0, 2, 1, 1],
      target: [1, 2, 2],
      weight: [1, 1, 1],
      kinds: [1, 1, 1],
      tieKinds: ['PARTNERSHIP'],
      sourcedRuns: [3],
      periodCounts: [],
      periodStart: [0, 1, 1],
      periodEnd: [-1, -1, -1],
      dates: ['2019-01-01', '2020-05-05'],
    });
    expect(withArrays.compactEdges).toBe(withArrays.compactEdges);
    expect(JSON.stringify(withArrays)).toBe(json);
  });

  it('keeps the compact edges an area’s projection wrote, and adds its compact nodes', () => {
    const projected = compactInstitutionNetwork(
      area,
      [
        { ...institution('a'), outside: false },
        { ...institution('b'), outside: true },
      ],
      [
        {
          affiliation: 'p',
          type: 'PARTNERSHIP',
          label: 'p',
          tieKind: 'PARTNERSHIP',
          members: [
            ['a', null, null],
            ['b', null, null],
          ],
        },
      ],
    );
    const edges = projected.compactEdges;
    const withArrays = withCompact(projected);
    expect(withArrays.compactEdges).toBe(edges);
    expect(withArrays.compactNodes.outside).toEqual([0, 1]);
  });
});
