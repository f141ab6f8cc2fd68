import { describe, expect, it } from 'vitest';
import { compactNodes, expandNodes } from './compact-nodes.js';

const nodes = [
  { id: 'ops', label: 'MOPS Ostrowiec', type: 'INSTITUTION', sector: 'PUBLIC', kind: 'OPS', outside: false },
  {
    id: 'coop',
    label: 'Spółdzielnia „Nasz Dom”',
    type: 'INSTITUTION',
    sector: null,
    kind: null,
    outside: true,
  },
  { id: 'p1', label: 'Partnerstwo', type: 'PARTNERSHIP', sector: null, kind: null, outside: false },
  { id: 'pcpr', label: 'PCPR', type: 'INSTITUTION', sector: 'PUBLIC', kind: 'PCPR', outside: false },
];

describe('compactNodes', () => {
  it('writes each field as a list, repeated values as codes into a list of values', () => {
    expect(compactNodes(nodes)).toEqual({
      id: ['ops', 'coop', 'p1', 'pcpr'],
      label: ['MOPS Ostrowiec', 'Spółdzielnia „Nasz Dom”', 'Partnerstwo', 'PCPR'],
      type: [0, 0, 1, 0],
      types: ['INSTITUTION', 'PARTNERSHIP'],
      sector: [0, -1, -1, 0],
      sectors: ['PUBLIC'],
      kind: [0, -1, -1, 1],
      kinds: ['OPS', 'PCPR'],
      outside: [0, 1, 0, 0],
    });
  });

  it('reads back to the same nodes, also with none', () => {
    expect(expandNodes(compactNodes(nodes))).toEqual(nodes);
    expect(expandNodes(compactNodes([]))).toEqual([]);
  });

  it('refuses lists that do not describe the same nodes, or codes naming nothing', () => {
    const compact = compactNodes(nodes);
    expect(() => expandNodes({ ...compact, label: compact.label.slice(1) })).toThrow(
      "the nodes' label list has 3 items for 4 nodes",
    );
    expect(() => expandNodes({ ...compact, kind: [0, -1, -1, 5] })).toThrow('node 3 names kind 5');
    expect(() => expandNodes({ ...compact, type: [0, -1, 1, 0] })).toThrow('node 1 has no type');
  });
});
