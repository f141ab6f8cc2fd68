import { describe, expect, it } from 'vitest';
import { buildInstitutionNetwork } from './build-network.js';
import { withCompactEdges } from './compact.js';

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

describe('withCompactEdges', () => {
  const network = () =>
    buildInstitutionNetwork(
      area,
      [institution('a'), institution('b'), institution('c')],
      [member('a', 'p', '2019-01-01'), member('b', 'p', null), member('c', 'p', '2020-05-05')],
    );

  it('answers the projection’s edges as arrays, once, and leaves the network’s own fields alone', () => {
    const plain = network();
    const json = JSON.stringify(plain);
    const withArrays = withCompactEdges(plain);
    expect(withArrays.compactEdges).toEqual({
      source: [0, 0, 1],
      target: [1, 2, 2],
      weight: [1, 1, 1],
      kinds: [1, 1, 1],
      tieKinds: ['PARTNERSHIP'],
      sourced: [1, 1, 1],
      periodCount: [1, 1, 1],
      periodStart: [0, 1, 1],
      periodEnd: [-1, -1, -1],
      dates: ['2019-01-01', '2020-05-05'],
    });
    expect(withArrays.compactEdges).toBe(withArrays.compactEdges);
    expect(JSON.stringify(withArrays)).toBe(json);
  });
});
