import { describe, expect, it } from 'vitest';
import { citationProblem } from './citations.js';

describe('citationProblem: a created partnership or collaboration cites a source or says it has none', () => {
  it('accepts a created or connected source, or unsourced: true', () => {
    expect(citationProblem('Partnership', { sources: { create: [{ node: {} }] } }, 'input[0]')).toBeNull();
    expect(citationProblem('Collaboration', { sources: { connect: [{ where: {} }] } }, 'x')).toBeNull();
    expect(citationProblem('Partnership', { unsourced: true }, 'input[0]')).toBeNull();
  });

  it('refuses neither, naming the sources field of that record', () => {
    for (const input of [{}, { sources: {} }, { sources: { create: [] } }, { unsourced: false }]) {
      expect(citationProblem('Partnership', input, 'input[1]')?.field, JSON.stringify(input)).toBe(
        'input[1].sources',
      );
    }
    expect(citationProblem('Collaboration', {}, 'input[0].collaborations.create[0].node')).toMatchObject({
      field: 'input[0].collaborations.create[0].node.sources',
      message: expect.stringContaining('unsourced: true'),
    });
  });

  it('refuses a source and unsourced: true together', () => {
    expect(
      citationProblem('Partnership', { unsourced: true, sources: { create: [{}] } }, 'input[0]')?.field,
    ).toBe('input[0].unsourced');
  });

  it('asks nothing of other types', () => {
    expect(citationProblem('Institution', {}, 'input[0]')).toBeNull();
    expect(citationProblem('Source', {}, 'input[0]')).toBeNull();
  });
});
