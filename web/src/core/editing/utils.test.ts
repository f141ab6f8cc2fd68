import { describe, expect, it } from 'vitest';
import { EMPTY_INSTITUTION, EMPTY_SOURCE, type InstitutionForm, type TieForm } from './types';
import {
  toCollaborationInput,
  toCreateInput,
  toPartnershipInput,
  toPartnershipUpdate,
  toUpdateInput,
  validateInstitution,
  validateTie,
} from './utils';

const cis: InstitutionForm = {
  ...EMPTY_INSTITUTION,
  name: ' CIS w Ćmielowie ',
  kind: 'CIS',
  sector: 'SOCIAL_ECONOMY',
  area: '2607032',
  nip: '526-104-08-28',
  lat: '50,89',
};

describe('institution form', () => {
  it('passes a valid form and builds the create input with its links', () => {
    expect(validateInstitution(cis)).toEqual({});
    expect(toCreateInput(cis)).toEqual({
      name: 'CIS w Ćmielowie',
      kind: 'CIS',
      nip: '5261040828',
      lat: 50.89,
      sector: { connect: [{ where: { node: { code: { eq: 'SOCIAL_ECONOMY' } } } }] },
      area: { connect: [{ where: { node: { teryt: { eq: '2607032' } } } }] },
    });
  });

  it('reports the same rule codes as the server, and empty choices', () => {
    const errors = validateInstitution({ ...EMPTY_INSTITUTION, name: 'C', nip: '1234567890', lon: 'east' });
    expect(errors).toEqual({
      name: 'tooShort',
      nip: 'nip',
      lon: 'number',
      kind: 'choose',
      sector: 'choose',
      area: 'choose',
    });
  });

  it('updates only what changed, relinking a new sector', () => {
    const update = toUpdateInput({ ...cis, phone: '41 265 00 00', sector: 'NGO' }, cis);
    expect(update).toEqual({
      phone: { set: '41 265 00 00' },
      sector: [
        { disconnect: [{ where: { node: {} } }], connect: [{ where: { node: { code: { eq: 'NGO' } } } }] },
      ],
    });
    expect(toUpdateInput(cis, cis)).toEqual({});
  });
});

const tie: TieForm = {
  kind: 'PARTNERSHIP',
  name: 'Partnerstwo na rzecz ES',
  start: '2020-01-15',
  end: '',
  goal: '',
  programme: '',
  amountPln: '',
  members: [
    { id: 'a', name: 'A', role: 'LEADER', since: '', until: '' },
    { id: 'b', name: 'B', role: '', since: '2021-01-01', until: '2020-01-01' },
  ],
  source: { ...EMPTY_SOURCE, title: 'Uchwała', quote: 'zawiązuje się partnerstwo' },
  unsourced: false,
};

describe('partnership and collaboration form', () => {
  it('checks dates, members and the source', () => {
    expect(validateTie(tie)).toEqual({ 'members.1.until': 'dateOrder' });
    expect(validateTie({ ...tie, members: [], end: '2019-01-01' })).toEqual({
      end: 'dateOrder',
      members: 'members',
    });
    expect(validateTie({ ...tie, source: { ...EMPTY_SOURCE, url: 'x' } })).toMatchObject({
      'source.title': 'tooShort',
      'source.url': 'url',
    });
  });

  it('asks for a source or "no source yet" on a new tie and on new members, never both sent', () => {
    const bare = { ...tie, members: [tie.members[0] as TieForm['members'][number]], source: EMPTY_SOURCE };
    expect(validateTie(bare)).toEqual({ 'source.title': 'sourceOrUnsourced' });
    expect(validateTie({ ...bare, unsourced: true })).toEqual({});
    expect(toPartnershipInput({ ...bare, unsourced: true })).toMatchObject({
      sources: null,
      unsourced: true,
    });
    // A source given wins: the flag is not sent with it.
    expect(toPartnershipInput({ ...tie, unsourced: true })).not.toHaveProperty('unsourced');
    // Editing a record that cites a source: nothing more is asked, even for new members.
    const stored = { ...bare, cited: true, members: bare.members.map((m) => ({ ...m, existing: true })) };
    expect(
      validateTie({
        ...stored,
        members: [...stored.members, { id: 'c', name: 'C', role: '' as const, since: '', until: '' }],
      }),
    ).toEqual({});
    // One that cites none: renaming is fine, a new member needs a source or the tick.
    const uncited = { ...stored, cited: false };
    expect(validateTie({ ...uncited, name: 'Nowa nazwa' })).toEqual({});
    expect(
      validateTie({
        ...uncited,
        members: [...uncited.members, { id: 'c', name: 'C', role: '' as const, since: '', until: '' }],
      }),
    ).toEqual({ 'source.title': 'sourceOrUnsourced' });
  });

  it('builds a partnership with members, roles and a cited source', () => {
    const input = toPartnershipInput(tie);
    expect(input.members?.connect?.[0]).toEqual({
      where: { node: { id: { eq: 'a' } } },
      edge: { role: 'LEADER', since: null, until: null },
    });
    expect(input.sources?.create?.[0]?.edge).toEqual({ quote: 'zawiązuje się partnerstwo' });
  });

  it('builds a collaboration of the chosen kind, without a source when none is given', () => {
    const input = toCollaborationInput({
      ...tie,
      kind: 'PROJECT',
      amountPln: '120000',
      source: EMPTY_SOURCE,
    });
    expect(input).toMatchObject({
      title: 'Partnerstwo na rzecz ES',
      kind: 'PROJECT',
      amountPln: 120000,
      sources: null,
    });
    expect(input).not.toHaveProperty('unsourced');
    expect(input.participants?.connect).toHaveLength(2);
  });
});

describe('editing a partnership', () => {
  it('sends what changed and connects only the new members', () => {
    const original: TieForm = {
      ...tie,
      members: tie.members.map((m) => ({ ...m, existing: true })),
      source: EMPTY_SOURCE,
    };
    const edited: TieForm = {
      ...original,
      end: '2024-12-31',
      members: [...original.members, { id: 'c', name: 'C', role: 'MEMBER', since: '', until: '' }],
    };
    expect(toPartnershipUpdate(edited, original)).toEqual({
      endedOn: { set: '2024-12-31' },
      members: [
        {
          connect: [
            { where: { node: { id: { eq: 'c' } } }, edge: { role: 'MEMBER', since: null, until: null } },
          ],
        },
      ],
    });
    expect(toPartnershipUpdate(original, original)).toEqual({});
  });
});
