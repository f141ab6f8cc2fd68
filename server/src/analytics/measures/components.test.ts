import { describe, expect, it } from 'vitest';
import { graphOf } from '../test-fixtures.js';
import { components } from './components.js';

describe('components', () => {
  it('lists components largest first and the isolates', () => {
    const g = graphOf(
      [
        ['a', 'NGO'],
        ['b', 'NGO'],
        ['c', 'NGO'],
        ['d', 'PUBLIC'],
        ['e', 'PUBLIC'],
        ['z', 'MARKET'],
      ],
      [
        ['a', 'b'],
        ['b', 'c'],
        ['d', 'e'],
      ],
    );
    expect(components(g)).toEqual({ components: [['a', 'b', 'c'], ['d', 'e'], ['z']], isolates: ['z'] });
  });
});
