import { describe, expect, it } from 'vitest';
import { codeBook } from './code-book.js';

describe('codeBook', () => {
  it('numbers values in order of first use, the same value always the same', () => {
    const book = codeBook();
    expect(['OPS', 'CIS', 'OPS', 'PUP', 'CIS'].map((v) => book.code(v))).toEqual([0, 1, 0, 2, 1]);
    expect(book.values).toEqual(['OPS', 'CIS', 'PUP']);
  });
});
