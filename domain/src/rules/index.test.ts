import { describe, expect, it } from 'vitest';
import {
  checkRules,
  collaborationFields,
  institutionFields,
  partnershipFields,
  sourceFields,
} from './index.js';

describe('input rules', () => {
  it('accepts a plain institution and names each bad field', () => {
    expect(checkRules(institutionFields, { name: 'CIS w Ćmielowie', nip: null, website: null })).toEqual([]);
    const violations = checkRules(institutionFields, {
      name: 'C',
      nip: '1234567890',
      website: 'cis.pl',
      email: 'nope',
      lat: 60,
      founded: '2999-01-01',
    });
    expect(violations.map((v) => `${v.field}:${v.code}`).sort()).toEqual([
      'email:email',
      'founded:future',
      'lat:lat',
      'name:tooShort',
      'nip:nip',
      'website:url',
    ]);
  });

  it('checks only the fields an update sends', () => {
    expect(checkRules(institutionFields, { phone: '+48 41 123 45 67' }, true)).toEqual([]);
    expect(checkRules(institutionFields, { name: '' }, true)).toEqual([{ field: 'name', code: 'tooShort' }]);
  });

  it('checks an update of a rule set with date pairs (only what it sends, still in order)', () => {
    expect(checkRules(partnershipFields, { name: 'Nowa nazwa' }, true)).toEqual([]);
    expect(checkRules(partnershipFields, { signedOn: '2020-01-15', endedOn: '2019-01-01' }, true)).toEqual([
      { field: 'endedOn', code: 'dateOrder' },
    ]);
  });

  it('wants dates in order', () => {
    expect(
      checkRules(partnershipFields, { name: 'Partnerstwo', signedOn: '2020-01-15', endedOn: '2019-12-31' }),
    ).toEqual([{ field: 'endedOn', code: 'dateOrder' }]);
    expect(
      checkRules(collaborationFields, { title: 'Projekt', startedOn: '2020-02-30', amountPln: -1 }),
    ).toEqual([
      { field: 'startedOn', code: 'date' },
      { field: 'amountPln', code: 'nonNegative' },
    ]);
  });

  it('wants a title for a source and a web address for its link', () => {
    expect(checkRules(sourceFields, { title: 'Uchwała', url: 'https://bip.example.pl/1' })).toEqual([]);
    expect(checkRules(sourceFields, { title: '', url: 'ftp://x' }).map((v) => v.field)).toEqual([
      'title',
      'url',
    ]);
  });
});
