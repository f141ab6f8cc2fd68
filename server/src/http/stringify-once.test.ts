import { describe, expect, it } from 'vitest';
import { stringifyOnce } from './stringify-once.js';

describe('stringifyOnce', () => {
  it('writes what JSON.stringify writes, and the same string again for the same data object', () => {
    const stringify = stringifyOnce();
    const data = { areaNetwork: { edges: [{ id: 'a--b', weight: 2 }] } };
    const first = stringify({ data });
    expect(first).toBe(`${JSON.stringify({ data })}\n`);
    // A changed copy is a new object: serialised afresh.
    expect(stringify({ data: { ...data, other: 1 } })).toBe(
      `${JSON.stringify({ data: { ...data, other: 1 } })}\n`,
    );
    // Same object: the kept string, not a new serialisation.
    data.areaNetwork.edges.push({ id: 'changed', weight: 0 });
    expect(stringify({ data })).toBe(first);
  });

  it('serialises answers with errors every time', () => {
    const stringify = stringifyOnce();
    const data = { a: 1 };
    const errors = [{ message: 'partly failed' }];
    expect(stringify({ data, errors })).toBe(`${JSON.stringify({ data, errors })}\n`);
    errors.push({ message: 'and more' });
    expect(stringify({ data, errors })).toContain('and more');
  });
});
