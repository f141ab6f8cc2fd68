import { describe, expect, it } from 'vitest';
import { splitAtQuote } from './quote';

describe('splitAtQuote', () => {
  it('cuts the text around the quote', () => {
    expect(splitAtQuote('Ala ma kota. Kot ma Alę.', 'Kot ma')).toEqual({
      before: 'Ala ma kota. ',
      match: 'Kot ma',
      after: ' Alę.',
    });
  });

  it('matches across the line breaks of the page and other quotation marks', () => {
    const text = 'Podpisano 2 partnerstwa:\n\n- na rzecz aktywności lokalnej „Raków-\nZacisze”.';
    const split = splitAtQuote(text, 'na rzecz aktywności lokalnej "Raków- Zacisze"');
    expect(split?.match).toBe('na rzecz aktywności lokalnej „Raków-\nZacisze”');
    expect(split?.before).toBe('Podpisano 2 partnerstwa:\n\n- ');
  });

  it('treats regex characters as text and finds nothing that is not there', () => {
    expect(splitAtQuote('koszt (netto) 5 zł', '(netto)')?.match).toBe('(netto)');
    expect(splitAtQuote('Ala ma kota.', 'Ala ma psa')).toBeNull();
    expect(splitAtQuote('Ala ma kota.', '')).toBeNull();
    expect(splitAtQuote('Ala ma kota.', null)).toBeNull();
  });
});
