import { describe, expect, it } from 'vitest';
import type { Network, NetworkEdge } from '../network/types';
import { activeOn, endedOn, hiddenOn, stepIndex, timeSteps, yearSpan } from './utils';

type Period = { start: string | null; end: string | null };
const edge = (
  id: string,
  start: string | null,
  end: string | null,
  source = 'a',
  target = 'b',
  periods: Period[] = [{ start, end }],
): NetworkEdge => ({ id, source, target, weight: 1, kinds: ['PARTNERSHIP'], start, end, periods });

describe('activeOn', () => {
  it('counts undated starts as always and open ends as still', () => {
    expect(activeOn(edge('e', '2019-01-01', null), '2019-01-01')).toBe(true);
    expect(activeOn(edge('e', '2019-01-02', null), '2019-01-01')).toBe(false);
    expect(activeOn(edge('e', null, '2018-12-31'), '2019-01-01')).toBe(false);
    expect(activeOn(edge('e', null, null), '1990-01-01')).toBe(true);
  });

  it('is not active between two periods of one tie (the hull would say it is)', () => {
    const tie = edge('e', '2017-06-20', '2019-06-28', 'a', 'b', [
      { start: '2017-06-20', end: '2017-06-21' },
      { start: '2019-06-28', end: '2019-06-28' },
    ]);
    expect(activeOn(tie, '2018-01-01')).toBe(false);
    expect(activeOn(tie, '2019-06-28')).toBe(true);
    expect(activeOn(tie, '2019-06-29')).toBe(false);
  });
});

describe('timeSteps', () => {
  it('lists each day the drawing changes (a start, the day after an end), in order', () => {
    const steps = timeSteps([
      edge('1', '2020-01-15', null),
      edge('2', '2016-03-01', '2020-01-14'),
      edge('3', null, null),
    ]);
    expect(steps).toEqual(['2016-03-01', '2020-01-15']);
  });

  it('shows a one-day event on its day and drops it the next', () => {
    const steps = timeSteps([edge('e', '2019-06-28', '2019-06-28')]);
    expect(steps).toEqual(['2019-06-28', '2019-06-29']);
    const network: Network = {
      area: { teryt: '2607', name: 'ostrowiecki', level: 'POWIAT' },
      nodes: [],
      edges: [edge('e', '2019-06-28', '2019-06-28')],
    };
    // Each step changes what is drawn.
    expect(steps.map((d) => hiddenOn(network, d).size)).toEqual([0, 1]);
  });

  it('has no steps when nothing is dated', () => {
    expect(timeSteps([edge('e', null, null)])).toEqual([]);
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

describe('the all-years view', () => {
  const network: Network = {
    area: { teryt: '24', name: 'śląskie', level: 'VOIVODESHIP' },
    nodes: [],
    edges: [
      edge('visit', '2017-06-20', '2017-06-21'),
      edge('partnership', '2014-10-28', null),
      edge('undated', null, null),
    ],
  };

  it('draws the ties not there today as ended, and none when a date is chosen', () => {
    expect([...endedOn(network, null, '2026-12-06')]).toEqual(['visit']);
    expect(endedOn(network, '2017-06-20', '2026-12-06').size).toBe(0);
  });

  it('names the years the ties span, up to today while one lasts', () => {
    expect(yearSpan(network.edges, '2026-12-06')).toEqual({ from: '2014', to: '2026' });
    expect(yearSpan([edge('v', '2017-06-20', '2017-06-21')], '2026-12-06')).toEqual({
      from: '2017',
      to: '2017',
    });
    expect(yearSpan([edge('u', null, null)], '2026-12-06')).toBeNull();
  });
});

describe('hiddenOn', () => {
  it('hides inactive ties and affiliations without active members, never institutions', () => {
    const network: Network = {
      area: { teryt: '2607', name: 'ostrowiecki', level: 'POWIAT' },
      nodes: [
        { id: 'a', label: 'A', type: 'INSTITUTION', sector: 'NGO', kind: 'FOUNDATION', outside: false },
        { id: 'p', label: 'P', type: 'PARTNERSHIP', sector: null, kind: null, outside: false },
        { id: 'c', label: 'C', type: 'COLLABORATION', sector: null, kind: 'EVENT', outside: false },
      ],
      edges: [edge('a->p', '2020-01-15', null, 'a', 'p'), edge('a->c', null, null, 'a', 'c')],
    };
    expect([...hiddenOn(network, '2019-01-01')].sort()).toEqual(['a->p', 'p']);
    expect(hiddenOn(network, '2021-01-01').size).toBe(0);
    expect(hiddenOn(network, null).size).toBe(0);
  });
});
