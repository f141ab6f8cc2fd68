import { NODE_MEASURES } from '@splot/measures';
import { describe, expect, it } from 'vitest';
import { eiIndex } from '../sectors/ei-index.js';
import { sixNodes } from '../test-fixtures.js';
import { measureGraphOf, sectorNetworkOf } from './graph.js';

describe('the registry of per-institution measures', () => {
  it('has unique ids and gives every institution one value', () => {
    const ids = NODE_MEASURES.map((m) => m.id);
    expect(new Set(ids).size).toBe(ids.length);
    const g = measureGraphOf(sixNodes());
    for (const measure of NODE_MEASURES) expect(measure.fn(g).length, measure.id).toBe(g.ids.length);
  });

  it("the E-I measure agrees with the sector analysis' E-I of each institution", () => {
    const graph = sixNodes();
    const g = measureGraphOf(graph);
    const ei = NODE_MEASURES.find((m) => m.id === 'eiIndex');
    const values = Array.from(ei?.fn(g) ?? []);
    const expected = new Map(eiIndex(sectorNetworkOf(graph)).institutions.map((i) => [i.id, i.ei]));
    expect(values).toEqual(g.ids.map((id) => expected.get(id)));
  });
});
