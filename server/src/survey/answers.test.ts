import { CURRENT_QUESTION_SET, questionSet } from '@splot/domain';
import { describe, expect, it } from 'vitest';
import { parseLacking, parsePartnerAnswer, parseProposal, SurveyInputError } from './answers.js';

const set = questionSet(CURRENT_QUESTION_SET);
const fieldOf = (f: () => unknown) => {
  try {
    f();
  } catch (error) {
    if (error instanceof SurveyInputError) return error.field;
    throw error;
  }
  return null;
};

describe('parsePartnerAnswer', () => {
  it('takes a full answer and orders the kinds as the question set does', () => {
    expect(
      parsePartnerAnswer(
        set,
        {
          partner: 'ops-1',
          kinds: ['CONTRACT', 'INFORMATION'],
          frequency: 'MONTHLY',
          since: 2015,
          value: 3,
          trust: 4,
        },
        2026,
      ),
    ).toEqual({
      partner: 'ops-1',
      kinds: ['INFORMATION', 'CONTRACT'],
      frequency: 'MONTHLY',
      since: 2015,
      value: 3,
      trust: 4,
    });
  });

  it('takes a partial answer (the page saves as the respondent goes)', () => {
    expect(parsePartnerAnswer(set, { partner: 'ops-1' }, 2026)).toEqual({
      partner: 'ops-1',
      kinds: [],
      frequency: null,
      since: null,
      value: null,
      trust: null,
    });
  });

  it('names the field of every wrong value', () => {
    const bad: Array<[Record<string, unknown>, string]> = [
      [{ partner: 'a b' }, 'partner'],
      [{ partner: 'x', kinds: ['GOSSIP'] }, 'kinds'],
      [{ partner: 'x', kinds: ['INFORMATION', 'INFORMATION'] }, 'kinds'],
      [{ partner: 'x', frequency: 'DAILY' }, 'frequency'],
      [{ partner: 'x', since: 1800 }, 'since'],
      [{ partner: 'x', since: 2027 }, 'since'],
      [{ partner: 'x', since: 2020.5 }, 'since'],
      [{ partner: 'x', value: 5 }, 'value'],
      [{ partner: 'x', trust: 0 }, 'trust'],
      [{ partner: 'x', trust: '3' }, 'trust'],
      [{ partner: 'x', respondent: 'other' }, 'respondent'],
    ];
    for (const [body, field] of bad) expect(fieldOf(() => parsePartnerAnswer(set, body, 2026))).toBe(field);
    expect(fieldOf(() => parsePartnerAnswer(set, [], 2026))).toBe('body');
  });
});

describe('parseLacking and parseProposal', () => {
  it('trims the open answer and refuses an overlong one', () => {
    expect(parseLacking(set, { text: '  PUP  ' })).toBe('PUP');
    expect(parseLacking(set, { text: ' ' })).toBeNull();
    expect(fieldOf(() => parseLacking(set, { text: 'x'.repeat(2001) }))).toBe('text');
  });

  it('needs a name, a known kind and a gmina code', () => {
    expect(
      parseProposal({ name: ' KGW Bodzechów ', kind: 'ASSOCIATION', gmina: '2607022' }, ['ASSOCIATION']),
    ).toEqual({
      name: 'KGW Bodzechów',
      kind: 'ASSOCIATION',
      gmina: '2607022',
    });
    expect(
      fieldOf(() => parseProposal({ name: 'X', kind: 'ASSOCIATION', gmina: '2607022' }, ['ASSOCIATION'])),
    ).toBe('name');
    expect(
      fieldOf(() => parseProposal({ name: 'XY', kind: 'CLUB', gmina: '2607022' }, ['ASSOCIATION'])),
    ).toBe('kind');
    expect(
      fieldOf(() => parseProposal({ name: 'XY', kind: 'ASSOCIATION', gmina: '2607' }, ['ASSOCIATION'])),
    ).toBe('gmina');
  });
});
