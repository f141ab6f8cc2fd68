import { describe, expect, it } from 'vitest';
import {
  affiliationPeriod,
  changeDays,
  currentOn,
  hull,
  isPeriod,
  membershipPeriod,
  mergePeriods,
  nextDay,
  overlap,
} from './time.js';

describe('the time model', () => {
  it('gives an event or study visit without an end its day(s), and keeps partnerships and projects open', () => {
    expect(affiliationPeriod({ kind: 'EVENT', startedOn: '2019-06-28', endedOn: null })).toEqual({
      start: '2019-06-28',
      end: '2019-06-28',
    });
    expect(
      affiliationPeriod({ kind: 'STUDY_VISIT', startedOn: '2017-06-20', endedOn: '2017-06-21' }),
    ).toEqual({
      start: '2017-06-20',
      end: '2017-06-21',
    });
    expect(affiliationPeriod({ kind: 'PROJECT', startedOn: '2019-01-01', endedOn: null }).end).toBeNull();
    expect(affiliationPeriod({ signedOn: '2014-12-01', endedOn: null })).toEqual({
      start: '2014-12-01',
      end: null,
    });
    expect(affiliationPeriod({ kind: 'EVENT', startedOn: null, endedOn: null })).toEqual({
      start: null,
      end: null,
    });
  });

  it("takes a membership's own dates before its partnership's", () => {
    const p = { signedOn: '2014-12-01', endedOn: '2020-12-31' };
    expect(membershipPeriod({ since: '2016-01-01', until: null }, p)).toEqual({
      start: '2016-01-01',
      end: '2020-12-31',
    });
    expect(membershipPeriod(null, { kind: 'EVENT', startedOn: '2019-06-28' })).toEqual({
      start: '2019-06-28',
      end: '2019-06-28',
    });
  });

  it('is current on a day inside the period, ends included; a reversed period never is', () => {
    const day = { start: '2019-06-28', end: '2019-06-28' };
    expect(currentOn(day, '2019-06-28')).toBe(true);
    expect(currentOn(day, '2019-06-29')).toBe(false);
    expect(currentOn(day, '2026-12-06')).toBe(false);
    expect(currentOn({ start: '2014-12-01', end: null }, '2026-12-06')).toBe(true);
    expect(currentOn({ start: '2020-01-01', end: '2019-01-01' }, null)).toBe(false);
    expect(isPeriod({ start: '2020-01-01', end: '2019-01-01' })).toBe(false);
    expect(currentOn({ start: null, end: null }, null)).toBe(true);
  });

  it('ties two members only over the days they share, never with a start after the end', () => {
    expect(
      overlap({ start: '2012-01-01', end: '2014-12-31' }, { start: '2016-01-01', end: null }),
    ).toBeNull();
    expect(overlap({ start: '2012-01-01', end: '2016-12-31' }, { start: '2016-01-01', end: null })).toEqual({
      start: '2016-01-01',
      end: '2016-12-31',
    });
    expect(overlap({ start: null, end: null }, { start: '2016-01-01', end: null })).toEqual({
      start: '2016-01-01',
      end: null,
    });
    expect(overlap({ start: '2020-01-01', end: '2019-01-01' }, { start: null, end: null })).toBeNull();
    expect(hull({ start: '2015-01-01', end: '2016-01-01' }, { start: '2019-01-01', end: null })).toEqual({
      start: '2015-01-01',
      end: null,
    });
  });

  it('merges periods that share a day and drops those that are none', () => {
    expect(
      mergePeriods([
        { start: '2019-01-01', end: null },
        { start: '2015-01-01', end: '2016-01-01' },
        { start: '2016-01-01', end: '2017-01-01' },
        { start: '2018-01-01', end: '2017-01-01' },
      ]),
    ).toEqual([
      { start: '2015-01-01', end: '2017-01-01' },
      { start: '2019-01-01', end: null },
    ]);
  });

  it('changes the picture on each start and on the day after each end', () => {
    expect(nextDay('2019-12-31')).toBe('2020-01-01');
    expect(nextDay('2024-02-28')).toBe('2024-02-29');
    expect(
      changeDays([
        { start: '2017-06-20', end: '2017-06-21' },
        { start: '2019-06-28', end: '2019-06-28' },
        { start: '2014-12-01', end: null },
        { start: null, end: null },
      ]),
    ).toEqual(['2014-12-01', '2017-06-20', '2017-06-22', '2019-06-28', '2019-06-29']);
  });
});
