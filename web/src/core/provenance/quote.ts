/** A text cut around the passage a tie cites: before, the passage as the text has it, after. */
export interface QuoteSplit {
  before: string;
  match: string;
  after: string;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// Quotation marks are typed in many ways; a quote copied from a page may use any of them.
const QUOTE_MARKS = '"„”“«»\'‘’‚';

/**
 * Finds a quote in a source's text, as the text has it: runs of white space (line breaks of the
 * page) match any white space, and any quotation mark matches any other. Null when not found.
 */
export function splitAtQuote(text: string, quote: string | null | undefined): QuoteSplit | null {
  const words = (quote ?? '').trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return null;
  const pattern = words
    .map((word) =>
      [...word]
        .map((c) => (QUOTE_MARKS.includes(c) ? `[${escapeRegExp(QUOTE_MARKS)}]` : escapeRegExp(c)))
        .join(''),
    )
    .join('\\s+');
  const found = new RegExp(pattern, 'u').exec(text);
  if (!found) return null;
  return {
    before: text.slice(0, found.index),
    match: found[0],
    after: text.slice(found.index + found[0].length),
  };
}
