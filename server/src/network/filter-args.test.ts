import { describe, expect, it } from 'vitest';
import { isIsoDate, toNetworkFilter } from './filter-args.js';

describe('network filter arguments', () => {
  it('accepts real dates only', () => {
    expect(isIsoDate('2019-06-28')).toBe(true);
    expect(isIsoDate('2024-02-29')).toBe(true);
    for (const bad of ['2025-02-29', '2019-13-01', '28.06.2019', '2019-6-28', "2019-06-28' OR 1=1", '']) {
      expect(isIsoDate(bad), bad).toBe(false);
    }
  });

  it('names the argument when the date is wrong', () => {
    expect(() => toNetworkFilter({ asOf: 'wczoraj' })).toThrow(/wczoraj/);
    try {
      toNetworkFilter({ asOf: 'wczoraj' });
    } catch (e) {
      expect((e as { extensions: Record<string, unknown> }).extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        argumentName: 'asOf',
      });
    }
  });

  it('treats empty lists as no filter', () => {
    expect(toNetworkFilter({ sectors: [], kinds: ['CIS'] })).toEqual({
      asOf: null,
      sectors: null,
      kinds: ['CIS'],
      tieKinds: null,
      sourcedOnly: false,
    });
    expect(toNetworkFilter({ sourcedOnly: true }).sourcedOnly).toBe(true);
  });
});
