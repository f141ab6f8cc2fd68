import { describe, expect, it } from 'vitest';
import { runOnGraph } from './graph-pool.js';
import { type GraphTask, runGraphTask } from './graph-task.js';

const member = (id: string): [string, null, null] => [id, null, null];
const task = (maxBetweennessWork: number): GraphTask => ({
  area: { teryt: '26', name: 'x', level: 'VOIVODESHIP' },
  institutions: ['a', 'b', 'c', 'd'].map((id, i) => ({
    id,
    label: id,
    kind: null,
    sector: i % 2 ? 'PUBLIC' : 'NGO',
  })),
  groups: [
    {
      affiliation: 'p',
      type: 'PARTNERSHIP',
      label: 'p',
      tieKind: 'PARTNERSHIP',
      members: ['a', 'b'].map(member),
    },
    {
      affiliation: 'q',
      type: 'PARTNERSHIP',
      label: 'q',
      tieKind: 'PARTNERSHIP',
      members: ['b', 'c', 'd'].map(member),
    },
  ],
  maxBetweennessWork,
  measure: 'brokers',
  limit: null,
  orderBy: 'BETWEENNESS',
});

describe('graph measures in the worker thread', () => {
  it('answer what the same task answers on this thread', async () => {
    const here = runGraphTask(task(1e6));
    expect(await runOnGraph(task(1e6))).toEqual(here);
    // b is the only way from a to c and d.
    expect('done' in here && 'ranking' in here.done && here.done.ranking[0]?.id).toBe('b');
  });

  it('say how large a graph was instead of walking it past the bound', async () => {
    // 4 institutions × 4 ties.
    expect(await runOnGraph(task(15))).toEqual({ tooLarge: { institutions: 4, ties: 4 } });
  });
});
