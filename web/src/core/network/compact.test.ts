import { compactEdges, compactNodes } from '@splot/domain';
import { describe, expect, it } from 'vitest';
import type { NetworkFieldsFragment } from '../../api/operations.generated';
import { fromCompact } from './compact';
import type { Network, NetworkNodeType, TieKind } from './types';

// A small powiat as the documented nodes/edges shape answers it: dated and undated ties, one over
// two periods, several kinds, an unsourced tie, a partner from outside the area.
const area: NetworkFieldsFragment['area'] = { teryt: '2607', name: 'ostrowiecki', level: 'POWIAT' };

const oneMode: Network = {
  area,
  nodes: [
    {
      id: 'ops',
      label: 'MOPS Ostrowiec',
      type: 'INSTITUTION',
      sector: 'PUBLIC',
      kind: 'OPS',
      outside: false,
    },
    {
      id: 'cis',
      label: 'CIS Ostrowiec',
      type: 'INSTITUTION',
      sector: 'SOCIAL_ECONOMY',
      kind: 'CIS',
      outside: false,
    },
    { id: 'fund', label: 'Fundacja', type: 'INSTITUTION', sector: 'NGO', kind: null, outside: false },
    { id: 'owes', label: 'OWES Kielce', type: 'INSTITUTION', sector: null, kind: 'OWES', outside: true },
  ],
  edges: [
    {
      id: 'cis--fund',
      source: 'cis',
      target: 'fund',
      weight: 2,
      kinds: ['EVENT', 'PARTNERSHIP'],
      start: null,
      end: '2021-12-31',
      periods: [
        { start: null, end: '2012-01-01' },
        { start: '2019-06-28', end: '2021-12-31' },
      ],
      sourced: true,
    },
    {
      id: 'cis--ops',
      source: 'cis',
      target: 'ops',
      weight: 1,
      kinds: ['REPORTED_MUTUAL'],
      start: '2024-05-01',
      end: null,
      periods: [{ start: '2024-05-01', end: null }],
      sourced: false,
    },
    {
      id: 'ops--owes',
      source: 'ops',
      target: 'owes',
      weight: 1,
      kinds: ['EVENT'],
      start: '2019-06-28',
      end: '2019-06-28',
      periods: [{ start: '2019-06-28', end: '2019-06-28' }],
      sourced: true,
    },
  ],
};

const twoMode: Network = {
  area,
  nodes: [
    ...oneMode.nodes.slice(0, 2),
    {
      id: 'p-1',
      label: 'Partnerstwo lokalne',
      type: 'PARTNERSHIP',
      sector: null,
      kind: null,
      outside: false,
    },
  ],
  edges: [
    {
      id: 'cis->p-1',
      source: 'cis',
      target: 'p-1',
      weight: 1,
      kinds: ['PARTNERSHIP'],
      start: '2019-01-01',
      end: null,
      periods: [{ start: '2019-01-01', end: null }],
      sourced: true,
    },
  ],
};

/** What the server answers for the web app's query: the nodes, and the edges compacted. */
const answerFor = ({ nodes, edges }: Network): NetworkFieldsFragment => {
  const compact = compactEdges(nodes, edges);
  const compactNodeList = compactNodes(nodes);
  return {
    area,
    compactNodes: { ...compactNodeList, types: compactNodeList.types as NetworkNodeType[] },
    compactEdges: { ...compact, tieKinds: compact.tieKinds as TieKind[] },
    boundary: null,
  };
};

describe('fromCompact', () => {
  it('gives the network the nodes/edges shape gives, one-mode', () => {
    expect(fromCompact(answerFor(oneMode))).toEqual({ ...oneMode, boundary: null });
  });

  it('gives the network the nodes/edges shape gives, two-mode', () => {
    expect(fromCompact(answerFor(twoMode))).toEqual({ ...twoMode, boundary: null });
  });
});
