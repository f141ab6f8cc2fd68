import { describe, expect, it } from 'vitest';
import type { Network } from '../network/types';
import { AFFILIATION_FILL, SECTOR_COLORS } from './types';
import { edgeWidth, toElements } from './utils';

describe('edgeWidth', () => {
  it('grows with weight, within bounds', () => {
    expect(edgeWidth(1)).toBe(1);
    expect(edgeWidth(4)).toBeGreaterThan(edgeWidth(2));
    expect(edgeWidth(10_000)).toBe(8);
    expect(edgeWidth(0)).toBe(1);
  });
});

describe('toElements', () => {
  it('colours by sector and drops duplicates and dangling edges', () => {
    const network: Network = {
      area: { teryt: '2607', name: 'ostrowiecki', level: 'POWIAT' },
      nodes: [
        { id: 'a', label: 'A', type: 'INSTITUTION', sector: 'NGO', kind: 'FOUNDATION' },
        { id: 'a', label: 'A again', type: 'INSTITUTION', sector: 'NGO', kind: 'FOUNDATION' },
        { id: 'b', label: 'B', type: 'INSTITUTION', sector: null, kind: null },
        { id: 'p', label: 'P', type: 'PARTNERSHIP', sector: null, kind: null },
      ],
      edges: [
        { id: 'e1', source: 'a', target: 'b', weight: 2 },
        { id: 'e2', source: 'a', target: 'missing', weight: 1 },
      ],
    };
    const drawn = toElements(network);
    expect(drawn.nodeCount).toBe(3);
    expect(drawn.edgeCount).toBe(1);
    expect(drawn.elements[0]?.data.color).toBe(SECTOR_COLORS.NGO);
    expect(drawn.elements[1]?.data.color).toBe(SECTOR_COLORS.UNKNOWN);
    expect(drawn.elements[2]?.data.color).toBe(AFFILIATION_FILL);
  });
});
