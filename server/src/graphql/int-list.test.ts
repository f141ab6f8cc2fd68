import { Kind } from 'graphql';
import { describe, expect, it } from 'vitest';
import { IntList } from './int-list.js';

describe('IntList', () => {
  it('answers the array itself', () => {
    const list = [3, 0, -1];
    expect(IntList.serialize(list)).toBe(list);
  });

  it('refuses anything but an array, and any input', () => {
    expect(() => IntList.serialize('1,2')).toThrow('not an array');
    expect(() => IntList.parseValue([1])).toThrow('never taken as input');
    expect(() => IntList.parseLiteral({ kind: Kind.INT, value: '1' })).toThrow('never taken as input');
  });
});
