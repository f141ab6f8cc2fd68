import { describe, expect, it } from 'vitest';
import { sixNodes } from '../test-fixtures.js';
import { NODE_METRICS } from './registry.js';

describe('node metric registry', () => {
  it('has unique ids and gives every institution a value', () => {
    const ids = NODE_METRICS.map((m) => m.id);
    expect(new Set(ids).size).toBe(ids.length);
    const g = sixNodes();
    for (const metric of NODE_METRICS) {
      expect(Object.keys(metric.fn(g)).sort(), metric.id).toEqual(g.nodes().sort());
    }
  });
});
