import { describe, expect, it } from 'vitest';
import type { AreaCandidate } from './types';
import { pairKey, toCsv, worklistTable } from './worklist';

const candidate: AreaCandidate = {
  forInstitution: {
    id: 'snrss',
    label: 'Stowarzyszenie "Na Rzecz", SS',
    kind: 'ASSOCIATION',
    sector: 'NGO',
    teryt: '3064011',
  },
  institution: {
    id: 'barka',
    label: 'Fundacja „Barka”',
    kind: 'FOUNDATION',
    sector: 'NGO',
    teryt: '3064011',
  },
  score: 2,
  parts: { sector: 0, pairing: 0, commonPartners: 0, proximity: 2 },
  reasons: [{ code: 'SAME_GMINA', pl: 'Ta sama gmina: Poznań', en: 'Same gmina: Poznań' }],
};

const labels = {
  header: ['#', 'done', 'a', 'ak', 'as', 'b', 'bk', 'bs', 'score', 's', 'p', 'c', 'x', 'reasons'],
  kind: (k: string | null) => k ?? '',
  sector: (s: string | null) => s ?? '',
  done: (t: boolean) => (t ? 'yes' : ''),
  reason: (r: AreaCandidate['reasons'][number]) => r.en,
};

describe('worklist', () => {
  it('a pair has one key whichever side comes first', () => {
    const swapped = {
      ...candidate,
      forInstitution: candidate.institution,
      institution: candidate.forInstitution,
    };
    expect(pairKey(candidate)).toBe('barka|snrss');
    expect(pairKey(swapped)).toBe('barka|snrss');
  });

  it('rows carry the score, its four parts, the reasons and the tick', () => {
    const table = worklistTable([candidate], new Set(['barka|snrss']), labels);
    expect(table[1]).toEqual([
      1,
      'yes',
      'Stowarzyszenie "Na Rzecz", SS',
      'ASSOCIATION',
      'NGO',
      'Fundacja „Barka”',
      'FOUNDATION',
      'NGO',
      2,
      0,
      0,
      0,
      2,
      'Same gmina: Poznań',
    ]);
  });

  it('CSV quotes commas and quotes, starts with a BOM, ends lines with CRLF', () => {
    const csv = toCsv(worklistTable([candidate], new Set(), labels));
    expect(csv.startsWith('\uFEFF#,done,')).toBe(true);
    expect(csv).toContain('"Stowarzyszenie ""Na Rzecz"", SS"');
    expect(csv.split('\r\n')).toHaveLength(3);
  });
});
