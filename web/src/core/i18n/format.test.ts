import { describe, expect, it } from 'vitest';
import { formatDate, formatNumber, formatPln } from './format';

describe('locale formatting', () => {
  it('writes dates the way each language reads them', () => {
    expect(formatDate('2019-06-28', 'pl')).toBe('28.06.2019');
    expect(formatDate('2019-06-28', 'en')).toBe('28 Jun 2019');
    expect(formatDate(null, 'pl')).toBe('');
    expect(formatDate('not a date', 'en')).toBe('not a date');
  });

  it('groups digits per locale', () => {
    // Polish groups with a (narrow) no-break space from five digits on.
    expect(formatNumber(12345, 'pl').replace(/\s/g, ' ')).toBe('12 345');
    expect(formatNumber(12345, 'en')).toBe('12,345');
    expect(formatPln(120000, 'en')).toContain('120,000');
  });
});
