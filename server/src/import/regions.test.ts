import { describe, expect, it } from 'vitest';
import { emptyExisting } from './existing.js';
import { checkRegions } from './regions.js';
import type { ImportRecord } from './types.js';

const record = (kind: ImportRecord['kind'], row: number, values: ImportRecord['values']): ImportRecord => ({
  kind,
  table: kind,
  row,
  values,
  columns: {},
});

describe('checkRegions (an editor of woj. 26)', () => {
  const existing = emptyExisting();
  existing.institutions.set('moved', { area: '0201011' });
  existing.institutions.set('stored-26', { area: '2607' });
  existing.partnerships.set('p-members-26', {
    props: {},
    covers: [],
    memberSeats: ['2607011'],
    citations: new Map(),
  });
  existing.areas.set('2607', { name: 'ostrowiecki', level: 'POWIAT', parent: '26' });

  it('allows records of the region and names the others', () => {
    const { allowed, problems } = checkRegions(
      'f.json',
      [
        record('institutions', 1, { id: 'new-26', area: '2607043' }),
        record('institutions', 2, { id: 'new-02', area: '0201' }),
        record('institutions', 3, { id: 'moved', area: '2607' }), // stored in woj. 02: not theirs to move
        record('partnerships', 1, { id: 'p-covers-02', covers: ['0201'] }),
        record('partnerships', 2, { id: 'p-members-26' }),
        record('partnerships', 3, { id: 'p-new', covers: ['26'] }),
        record('members', 1, { partnership: 'p-new', institution: 'stored-26' }),
        record('members', 2, { partnership: 'p-covers-02', institution: 'new-26' }),
        record('areas', 1, { teryt: '2607', name: 'ostrowiecki' }),
        record('areas', 2, { teryt: '2608', name: 'nowy' }),
        record('sources', 1, { id: 's', title: 'T' }),
      ],
      existing,
      ['26'],
    );
    expect(allowed.map((r) => `${r.kind}:${r.row}`)).toEqual([
      'institutions:1',
      'partnerships:2',
      'partnerships:3',
      'members:1',
      'areas:1',
      'sources:1',
    ]);
    expect(problems.map((p) => `${p.table}:${p.row}:${p.column}`)).toEqual([
      'institutions:2:area',
      'institutions:3:area',
      'partnerships:1:covers',
      'members:2:partnership',
      'areas:2:teryt',
    ]);
    expect(problems[1]?.reason).toMatch(/its seat is 0201011/);
  });
});
