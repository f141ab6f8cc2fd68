import type { ExportData, ExportEdge, ExportHeader, ExportNode } from './types.js';

// A small export with the strings that break naive writers, for the format tests.

export const sampleNodes: ExportNode[] = [
  {
    id: 'cis-ćmielów',
    label: 'CIS „Ćmielów” & <Syn> "Łódź"\nlinia 2',
    type: 'INSTITUTION',
    sector: 'SOCIAL_ECONOMY',
    kind: 'CIS',
    area: '2607022',
    start: '2010-05-01',
    end: null,
    outside: false,
    measures: { degree: 1, betweenness: 0.5 },
  },
  {
    id: 'ops-1',
    label: 'OPS, Bałtów; 🙂',
    type: 'INSTITUTION',
    sector: 'PUBLIC',
    kind: 'OPS',
    area: '2607022',
    start: null,
    end: null,
    outside: false,
    measures: { degree: 2, betweenness: 0 },
  },
  {
    id: 'x',
    label: 'no sector',
    type: 'INSTITUTION',
    sector: null,
    kind: 'OTHER',
    area: '2661011',
    start: null,
    end: null,
    outside: true,
  },
];

export const sampleEdges: ExportEdge[] = [
  {
    id: 'cis-ćmielów--ops-1',
    source: 'cis-ćmielów',
    target: 'ops-1',
    weight: 2,
    kinds: ['PARTNERSHIP', 'PROJECT'],
    start: '2015-03-01',
    end: null,
    spells: [
      { start: '2015-03-01', end: '2016-01-01' },
      { start: '2019-01-01', end: null },
    ],
    role: null,
    sourced: true,
  },
  {
    id: 'ops-1--x',
    source: 'ops-1',
    target: 'x',
    weight: 1,
    kinds: ['EVENT'],
    start: null,
    end: null,
    spells: [],
    role: null,
    // An event nobody has a document for yet: the files say so.
    sourced: false,
  },
];

export const sampleHeader: ExportHeader = {
  teryt: '2607',
  name: 'ostrowiecki',
  level: 'POWIAT',
  mode: 'INSTITUTIONS',
  filter: {
    asOf: null,
    sectors: ['PUBLIC', 'SOCIAL_ECONOMY'],
    kinds: null,
    tieKinds: null,
    sourcedOnly: false,
  },
  exportedOn: '2026-11-25',
  areas: [
    { teryt: '26', name: 'świętokrzyskie', level: 'VOIVODESHIP', parent: null },
    { teryt: '2607', name: 'ostrowiecki', level: 'POWIAT', parent: '26' },
  ],
  measures: {
    carried: [
      { id: 'degree', type: 'int' },
      { id: 'betweenness', type: 'double' },
    ],
    leftOut: [],
  },
  // A national network too large to reach outside through; its name tests escaping in every format.
  boundary: {
    maxMembers: 50,
    cut: [
      {
        id: 'siec-krajowa',
        label: 'Sieć „Razem” <OWES> & partnerzy',
        type: 'PARTNERSHIP',
        members: 240,
        inside: 2,
      },
    ],
  },
};

async function* iterate<T>(items: T[]) {
  yield* items;
}

export function sampleExport(header: Partial<ExportHeader> = {}, edges = sampleEdges): ExportData {
  return { header: { ...sampleHeader, ...header }, nodes: iterate(sampleNodes), edges: iterate(edges) };
}
