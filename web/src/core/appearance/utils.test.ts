import { describe, expect, it } from 'vitest';
import type { Network } from '../network/types';
import { NODE_SIZE_MAX, NODE_SIZE_MIN, NODE_SIZE_PLAIN } from './measures';
import { AFFILIATION_FILL, SECTOR_COLORS } from './types';
import { edgeWidth, reportedClass, sizesFor, toElements } from './utils';

describe('edgeWidth', () => {
  it('grows with weight, within bounds', () => {
    expect(edgeWidth(1)).toBe(1);
    expect(edgeWidth(4)).toBeGreaterThan(edgeWidth(2));
    expect(edgeWidth(10_000)).toBe(8);
    expect(edgeWidth(0)).toBe(1);
  });
});

describe('toElements', () => {
  const network: Network = {
    area: { teryt: '2607', name: 'ostrowiecki', level: 'POWIAT' },
    nodes: [
      { id: 'a', label: 'A', type: 'INSTITUTION', sector: 'NGO', kind: 'FOUNDATION', outside: false },
      { id: 'a', label: 'A again', type: 'INSTITUTION', sector: 'NGO', kind: 'FOUNDATION', outside: false },
      { id: 'b', label: 'B', type: 'INSTITUTION', sector: null, kind: null, outside: false },
      { id: 'p', label: 'P', type: 'PARTNERSHIP', sector: null, kind: null, outside: false },
    ],
    edges: [
      {
        id: 'e1',
        source: 'a',
        target: 'b',
        weight: 2,
        kinds: ['PARTNERSHIP'],
        start: null,
        end: null,
        periods: [{ start: null, end: null }],
      },
      {
        id: 'e2',
        source: 'a',
        target: 'missing',
        weight: 1,
        kinds: ['PROJECT'],
        start: null,
        end: null,
        periods: [{ start: null, end: null }],
      },
    ],
  };

  it('colours by sector and drops duplicates and dangling edges', () => {
    const drawn = toElements(network);
    expect(drawn.nodeCount).toBe(3);
    expect(drawn.edgeCount).toBe(1);
    expect(drawn.elements[0]?.data.color).toBe(SECTOR_COLORS.NGO);
    expect(drawn.elements[1]?.data.color).toBe(SECTOR_COLORS.UNKNOWN);
    expect(drawn.elements[2]?.data.color).toBe(AFFILIATION_FILL);
  });

  it('classes a tie that cites no source as unsourced (drawn dotted), and only that one', () => {
    const [e1] = network.edges;
    const drawn = toElements({
      ...network,
      edges: [{ ...(e1 as Network['edges'][number]), sourced: false }],
    });
    expect(drawn.elements.find((e) => e.data.id === 'e1')?.classes).toBe('unsourced');
    expect(toElements(network).elements.find((e) => e.data.id === 'e1')?.classes).toBeUndefined();
  });

  it('sizes nodes by the measure', () => {
    const drawn = toElements(
      network,
      sizesFor(
        new Map([
          ['a', 4],
          ['b', 1],
        ]),
      ),
    );
    expect(drawn.elements[0]?.data.size).toBe(NODE_SIZE_MAX);
    expect(drawn.elements[1]?.data.size).toBeGreaterThan(NODE_SIZE_MIN);
    expect(drawn.elements[2]?.data.size).toBe(NODE_SIZE_MIN);
  });

  it('draws every node alike when the measure cannot tell them apart', () => {
    const same = sizesFor(
      new Map([
        ['a', 2],
        ['b', 2],
      ]),
    );
    expect(same('a')).toBe(NODE_SIZE_PLAIN);
    expect(sizesFor(new Map())('a')).toBe(NODE_SIZE_PLAIN);
  });
});

describe('reportedClass', () => {
  it('marks ties known only from a partner survey, by reciprocity; documented ties stay plain', () => {
    expect(reportedClass(['REPORTED_MUTUAL'])).toBe('reported-mutual');
    expect(reportedClass(['REPORTED_ONE_SIDED'])).toBe('reported-one-sided');
    expect(reportedClass(['REPORTED_ONE_SIDED', 'REPORTED_MUTUAL'])).toBe('reported-mutual');
    expect(reportedClass(['PARTNERSHIP', 'REPORTED_MUTUAL'])).toBeNull();
    expect(reportedClass([])).toBeNull();
    expect(reportedClass(undefined)).toBeNull();
  });
});
