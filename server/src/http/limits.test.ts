import { type OperationDefinitionNode, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { largestPageAsked } from './limits.js';

const operation = (source: string) => parse(source).definitions[0] as OperationDefinitionNode;

describe('largestPageAsked', () => {
  it('finds literal limits and connection sizes at any depth', () => {
    const op = operation(`{
      institutions(limit: 20) { partnerships(limit: 5000) { id } }
      areasConnection(first: 300) { totalCount }
    }`);
    expect(largestPageAsked(op, {})).toBe(5000);
  });

  it('reads sizes given through variables', () => {
    const op = operation('query ($n: Int) { institutions(limit: $n) { id } }');
    expect(largestPageAsked(op, { n: 1_000_000 })).toBe(1_000_000);
    expect(largestPageAsked(op, {})).toBe(0);
  });

  it('ignores other arguments that happen to hold numbers', () => {
    const op = operation('{ institutions(offset: 99999, where: { lat: { gt: 50 } }) { id } }');
    expect(largestPageAsked(op, {})).toBe(0);
  });
});
