import { describe, expect, it } from 'vitest';
import { CREATE_PATHS, groupRows, packGroups } from './create-paths.js';
import { namedWrite } from './queries.js';

const memberships = CREATE_PATHS.memberships;
if (!memberships) throw new Error('create paths missing');
const m = (institution: string, partnership: string, role = 'MEMBER') => ({ institution, partnership, role });

describe('CREATE_PATHS', () => {
  it('name statements that exist and return what the loader reads', () => {
    for (const path of Object.values(CREATE_PATHS)) {
      expect(namedWrite(path.statement)).toMatch(/AS written, collect\(.*\) AS existing\s*$/s);
    }
  });
});

describe('groupRows', () => {
  it('groups by the key in first-seen order, keeping each group’s rows in order', () => {
    const groups = groupRows([m('a', 'p1'), m('b', 'p1'), m('a', 'p2')], memberships);
    expect(groups.map((g) => [g.key, g.rows.map((r) => r.partnership), g.creatable])).toEqual([
      ['a', ['p1', 'p2'], true],
      ['b', ['p1'], true],
    ]);
  });

  it('leaves to MERGE a group that repeats a pair or a node', () => {
    const groups = groupRows([m('a', 'p1'), m('a', 'p1', 'LEADER'), m('b', 'p1')], memberships);
    expect(groups.map((g) => [g.key, g.creatable])).toEqual([
      ['a', false],
      ['b', true],
    ]);
    const nodes = groupRows([{ id: 'x' }, { id: 'y' }, { id: 'x' }], { statement: 'any', key: 'id' });
    expect(nodes.map((g) => [g.key, g.rows.length, g.creatable])).toEqual([
      ['x', 2, false],
      ['y', 1, true],
    ]);
  });
});

describe('packGroups', () => {
  const group = (key: string, n: number) => ({
    key,
    rows: Array.from({ length: n }, (_, i) => i),
    creatable: true,
  });

  it('fills batches with whole groups up to the size; a larger group is a batch alone', () => {
    const batches = packGroups(
      [group('a', 2), group('b', 2), group('c', 1), group('d', 7), group('e', 1)],
      4,
    );
    expect(batches.map((b) => b.map((g) => g.key))).toEqual([['a', 'b'], ['c'], ['d'], ['e']]);
  });

  it('refuses a batch size that is not a positive integer', () => {
    expect(() => packGroups([group('a', 1)], 0)).toThrow(/positive integer/);
  });
});
