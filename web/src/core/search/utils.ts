import { fold } from '../text/fold';

// Characters with a meaning in Lucene's query syntax; user text must not trigger them.
const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

/**
 * A Lucene query for the full-text index from what a person typed: every word must match,
 * the last one as a prefix (the person may still be typing). Words are folded the way the
 * index's standard-folding analyzer folds names, because prefix terms bypass the analyzer.
 * Returns null when nothing searchable is left.
 */
export function toFulltextPhrase(input: string): string | null {
  const words = fold(input)
    .replace(LUCENE_SPECIAL, ' ')
    .split(/\s+/)
    .filter((word) => word.length > 0);
  if (words.length === 0) return null;
  return words.map((word, i) => (i === words.length - 1 ? `+${word}*` : `+${word}`)).join(' ');
}

/** Searching starts from two characters: one letter matches half the register. */
export const MIN_QUERY_LENGTH = 2;
