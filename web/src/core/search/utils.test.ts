import { describe, expect, it } from 'vitest';
import { toFulltextPhrase } from './utils';

describe('toFulltextPhrase', () => {
  it('requires every word and treats the last as a prefix', () => {
    expect(toFulltextPhrase('Cmielow')).toBe('+cmielow*');
    expect(toFulltextPhrase('  centrum  integracji spol')).toBe('+centrum +integracji +spol*');
  });

  it('folds diacritics like the index does', () => {
    expect(toFulltextPhrase('Ćmielów')).toBe('+cmielow*');
    expect(toFulltextPhrase('Łódź')).toBe('+lodz*');
  });

  it('neutralises Lucene syntax', () => {
    expect(toFulltextPhrase('LGD „Krzemienny Krąg” (Bałtów)')).toBe('+lgd +„krzemienny +krag” +baltow*');
    expect(toFulltextPhrase('a:b OR c*')).toBe('+a +b +or +c*');
    expect(toFulltextPhrase(' *?" ')).toBeNull();
  });
});
