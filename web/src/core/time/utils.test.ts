import { describe, expect, it } from 'vitest';
import type { Network, NetworkEdge } from '../network/types';
import { activeOn, hiddenOn, stepIndex, timeSteps } from './utils';

const edge = (
  id: string,
  start: string | null,
  end: string | null,
  source = 'a',
  target = 'b',
): NetworkEdge => ({
  id,
  source,
  target,
  weight: 1,
  kinds: ['PARTNERSHIP'],
  start,
  end,
});

describe('activeOn', () => {
  it('counts undated starts as always and open ends as still', () => {
    expect(activeOn(edge('e', '2019-01-01', null), '2019-01-01')).toBe(true);
    expect(activeOn(edge('e', '2019-01-02', null), '2019-01-01')).toBe(false);
    expect(activeOn(edge('e', null, '2018-12-31'), '2019-01-01')).toBe(false);
    expect(activeOn(edge('e', null, null), '1990-01-01')).toBe(true);
  });
});

describe('timeSteps', () => {
  it('lists each change date once, in order', () => {
    const steps = timeSteps([
      edge('1', '2020-01-15', null),
      edge('2', '2016-03-01', '2020-01-15'),
      edge('3', null, null),
    ]);
    expect(steps).toEqual(['2016-03-01', '2020-01-15']);
  });

  it('samples long histories, keeping the first and last date', () => {
    const edges = Array.from({ length: 200 }, (_, i) => edge(String(i), `${1900 + i}-01-01`, null));
    const steps = timeSteps(edges, 10);
    expect(steps).toHaveLength(10);
    expect(steps[0]).toBe('1900-01-01');
    expect(steps.at(-1)).toBe('2099-01-01');
  });

  it('finds the slider position of a date', () => {
    const steps = ['2016-03-01', '2020-01-15'];
    expect(stepIndex(steps, null)).toBe(2);
    expect(stepIndex(steps, '2015-01-01')).toBe(-1);
    expect(stepIndex(steps, '2018-01-01')).toBe(0);
    expect(stepIndex(steps, '2020-01-15')).toBe(1);
  });
});

describe('hiddenOn', () => {
  it('hides inactive ties and affiliations without active members, never institutions', () => {
    const network: Network = {
      area: { teryt: '2607', name: 'ostrowiecki', level: 'POWIAT' },
      nodes: [
        { id: 'a', label: 'A', type: 'INSTITUTION', sector: 'NGO', kind: 'FOUNDATION' },
        { id: 'p', label: 'P', type: 'PARTNERSHIP', sector: null, kind: null },
        { id: 'c', label: 'C', type: 'COLLABORATION', sector: null, kind: 'EVENT' },
      ],
      edges: [edge('a->p', '2020-01-15', null, 'a', 'p'), edge('a->c', null, null, 'a', 'c')],
    };
    expect([...hiddenOn(network, '2019-01-01')].sort()).toEqual(['a->p', 'p']);
    expect(hiddenOn(network, '2021-01-01').size).toBe(0);
    expect(hiddenOn(network, null).size).toBe(0);
  });
});
