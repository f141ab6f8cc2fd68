import { describe, expect, it } from 'vitest';
import { bestMatches, fold, matchScore, nameWords } from './match.js';

const proposal = { name: 'Osrodek Pomocy Spolecznej w Cmielowie', kind: 'OPS', gmina: '2607011' };

describe('matching a proposed partner to existing institutions', () => {
  it('folds Polish letters, Ł included', () => {
    expect(fold('Ośrodek Pomocy Społecznej w Ćmielowie, ŁÓDŹ')).toBe(
      'osrodek pomocy spolecznej w cmielowie, lodz',
    );
  });

  it('keeps only words that say something', () => {
    expect(nameWords('OPS w Ćmielowie – filia nr 2')).toEqual(['ops', 'cmielowie', 'filia']);
  });

  it('ranks the same institution written without diacritics first, then by kind and gmina', () => {
    const candidates = [
      { id: 'pup', name: 'Powiatowy Urząd Pracy', kind: 'PUP', gmina: '2607011' },
      { id: 'other-ops', name: 'Ośrodek Pomocy Społecznej w Bałtowie', kind: 'OPS', gmina: '2607022' },
      { id: 'ops', name: 'Ośrodek Pomocy Społecznej w Ćmielowie', kind: 'OPS', gmina: '2607011' },
      { id: 'gops', name: 'Gminny Ośrodek Pomocy', kind: 'OPS', gmina: '2607011' },
    ];
    expect(bestMatches(proposal, candidates).map((c) => c.id)).toEqual(['ops', 'other-ops', 'gops']);
    expect(matchScore(proposal, candidates[0] as (typeof candidates)[number])).toBe(0);
  });

  it('counts a name contained in the other as a full match (an abbreviation of a longer name)', () => {
    const score = matchScore(
      { name: 'Caritas', kind: 'ASSOCIATION', gmina: '2607011' },
      { id: 'c', name: 'Caritas Diecezji Sandomierskiej', kind: 'FOUNDATION', gmina: '2607' },
    );
    expect(score).toBe(1);
  });
});
