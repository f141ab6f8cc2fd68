import { Kind } from 'graphql';
import { describe, expect, it } from 'vitest';
import { IntList, StringList } from './list-scalars.js';

describe.each([
  ['IntList', IntList, [3, 0, -1]],
  ['StringList', StringList, ['ops', 'Spółdzielnia']],
])('%s', (name, scalar, list) => {
  it('answers the array itself', () => {
    expect(scalar.serialize(list)).toBe(list);
  });

  it('refuses anything but an array, and any input', () => {
    expect(() => scalar.serialize('1,2')).toThrow(`${name}: the value is not an array`);
    expect(() => scalar.parseValue([1])).toThrow('never taken as input');
    expect(() => scalar.parseLiteral({ kind: Kind.INT, value: '1' })).toThrow('never taken as input');
  });
});
