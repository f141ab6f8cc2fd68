import { describe, expect, it } from 'vitest';
import { emptyExisting } from './existing.js';
import { planImport } from './plan.js';
import { readCsv } from './read-csv.js';
import { readJson } from './read-json.js';
import type { Problem } from './types.js';
import { checkReferences, parseTables, wantedBy } from './validate.js';

const csv = (name: string, text: string) => parseTables(name, readCsv(name, Buffer.from(text, 'utf8')));
const where = (p: Problem) => `${p.row}:${p.column}`;

describe('parseTables', () => {
  it('reports every bad cell at once, with row and column', () => {
    const parsed = csv(
      'instytucje.csv',
      [
        'id;nazwa;rodzaj;teryt;NIP;REGON;data założenia;uwagi',
        'ops-1;OPS w Ćmielowie;OPS;2607043;1234563218;123456785;2001-01-01;ok',
        'cis-1;CIS;klub;2607043;1234563219;;;',
        'ops-1;Drugi OPS;OPS;26070;;123456786;31.02.2020;',
        ';Bez id;fundacja;2607;;;;',
      ].join('\n'),
    );
    expect(parsed.records.map((r) => r.values.id)).toEqual(['ops-1']);
    expect(parsed.problems.map(where)).toEqual([
      '3:rodzaj',
      '3:NIP',
      '4:teryt',
      '4:REGON',
      '4:data założenia',
      '4:id',
      '5:id',
    ]);
    expect(parsed.problems[1]?.reason).toMatch(/check digit/);
    expect(parsed.problems[5]?.reason).toMatch(/Duplicate: ops-1 is already in instytucje.csv row 2/);
    expect(parsed.warnings.map((w) => w.column)).toEqual(['uwagi']);
  });

  it('names a missing required column once, not every row', () => {
    const parsed = csv('instytucje.csv', 'id,nazwa,teryt\na,A,2607\nb,B,2607\n');
    expect(parsed.problems).toEqual([
      expect.objectContaining({
        row: 1,
        column: 'kind',
        reason: expect.stringMatching(/required column kind is missing/),
      }),
    ]);
    expect(parsed.records).toEqual([]);
  });

  it('asks what a file holds when neither name nor columns tell', () => {
    const parsed = csv('dane.csv', 'a,b\n1,2\n');
    expect(parsed.problems[0]?.reason).toMatch(/Cannot tell what this file holds/);
  });

  it('finds duplicate memberships', () => {
    const parsed = csv('czlonkowie.csv', 'partnerstwo,instytucja,rola\np,a,lider\np,b,\np,a,członek\n');
    expect(parsed.problems.map((p) => `${p.row} ${p.reason}`)).toEqual([
      '4 Duplicate: p + a is already in czlonkowie.csv row 2.',
    ]);
  });
});

describe('the domain rules in an import', () => {
  const existing = () => {
    const e = emptyExisting();
    e.areas.set('2607043', { name: 'Ćmielów', level: 'GMINA', parent: '2607' });
    e.institutions.set('i-ok', { name: 'CIS w Ćmielowie', kind: 'CIS', founded: '2035-01-01' });
    e.partnerships.set('p-ok', {
      props: { name: 'Partnerstwo', endedOn: '2010-01-01' },
      covers: [],
      // It cites its document: new members may join it.
      citations: new Map([['s-1', null]]),
      memberSeats: [],
    });
    return e;
  };
  const checked = (name: string, text: string) => {
    const parsed = csv(name, text);
    const refs = checkReferences(name, parsed, existing());
    return { valid: refs.valid, problems: [...parsed.problems, ...refs.problems] };
  };

  it('checks every row against the domain rules the GraphQL writes obey (the S7 cases)', () => {
    const parsed = checked(
      'instytucje.csv',
      [
        'id;nazwa;rodzaj;teryt;nip;email;www;data założenia',
        'i-ok;CIS w Ćmielowie;CIS;2607043;1234563218;cis@example.pl;https://cis.example.pl;2035-01-01',
        'i-nip;OPS Ćmielów;OPS;2607043;123;;;',
        'i-mail;OPS Kunów;OPS;2607043;;not-an-email;;',
        'i-www;OPS Bodzechów;OPS;2607043;;;javascript:alert(1);',
        'i-name; ;OPS;2607043;;;;',
        'i-future;OPS Waśniów;OPS;2607043;;;;2999-01-01',
      ].join('\n'),
    );
    expect(parsed.valid.map((r) => r.values.id)).toEqual(['i-ok']);
    // Cell syntax first (parseTables), then the domain rules, as the GraphQL write guard has them.
    expect(parsed.problems.map((p) => `${p.row}:${p.column}: ${p.reason}`).sort()).toEqual([
      '3:nip: nip is not a NIP: it has 10 digits',
      '4:email: email is not an e-mail address',
      '5:www: Institution website is not a web address (http:// or https://) (rule: url).',
      '6:nazwa: name is required',
      '7:data założenia: Institution founded lies in the future (rule: future).',
    ]);
    const partnerships = checked(
      'partnerstwa.csv',
      [
        // Each says it has no source yet (a new tie cites one or says so; sources tests below).
        'id;nazwa;liczba członków;data podpisania;data zakończenia;bez źródła',
        'p-ok;Partnerstwo Ćmielów;12;2019-01-01;2020-01-01;tak',
        'p-stored;Partnerstwo Ćmielów 2;;2012-01-01;;tak',
        'p-neg;Partnerstwo Kunów;-50;;;tak',
        'p-order;Partnerstwo Bodzechów;;2020-06-01;2019-01-01;tak',
      ].join('\n'),
    );
    expect(partnerships.valid.map((r) => r.values.id)).toEqual(['p-ok', 'p-stored']);
    expect(partnerships.problems.map((p) => `${p.row}:${p.column}: ${p.reason}`)).toEqual([
      '4:liczba członków: Partnership membersDeclared must not be negative (rule: nonNegative).',
      '5:data zakończenia: Partnership endedOn ends before it starts (rule: dateOrder).',
    ]);
    const members = checked(
      'czlonkowie.csv',
      ['partnerstwo;instytucja;od;do', 'p-ok;i-ok;2020-05-01;2019-05-01'].join('\n'),
    );
    expect(members.problems.map((p) => `${p.row}:${p.column}: ${p.reason}`)).toEqual([
      '2:do: Membership until ends before it starts (rule: dateOrder).',
    ]);
  });

  it('checks a start against the end stored, and lets stored values the row repeats stand', () => {
    const { problems } = checked(
      'partnerstwa.csv',
      ['id;nazwa;data podpisania', 'p-ok;Partnerstwo;2012-01-01'].join('\n'),
    );
    expect(problems.map((p) => `${p.row}:${p.column}: ${p.reason}`)).toEqual([
      '2:endedOn: Partnership endedOn ends before it starts (rule: dateOrder).',
    ]);
  });
});

describe('checkReferences', () => {
  it('resolves references in the file and the database, and names the rest', () => {
    const parsed = parseTables(
      'doc.json',
      readJson(
        'doc.json',
        Buffer.from(
          JSON.stringify({
            institutions: [
              { id: 'a', name: 'CIS Alfa', kind: 'CIS', area: '2607043' },
              { id: 'b', name: 'OPS Beta', kind: 'OPS', area: '9999' },
              { id: 'c', name: 'Gamma', kind: 'OTHER', area: '2607' },
            ],
            partnerships: [
              {
                id: 'p',
                name: 'Partnerstwo P',
                covers: ['2607', '2699'],
                unsourced: true,
                members: [
                  { institution: 'a' },
                  { institution: 'b' },
                  { institution: 'in-db' },
                  { institution: 'nowhere' },
                ],
              },
            ],
          }),
        ),
      ),
    );
    expect(parsed.problems).toEqual([]);
    const existing = emptyExisting();
    existing.areas.set('2607', { name: 'ostrowiecki', level: 'POWIAT', parent: '26' });
    existing.areas.set('2607043', { name: 'Ćmielów', level: 'GMINA', parent: '2607' });
    existing.institutions.set('in-db', { name: 'In DB', kind: 'PUP', sector: 'PUBLIC', area: '2607' });
    expect(wantedBy(parsed.records).institutions.sort()).toEqual(['a', 'b', 'c', 'in-db', 'nowhere']);
    const { valid, problems } = checkReferences('doc.json', parsed, existing);
    const invalidPartnership =
      'partnership: Refers to partnership "p", whose row 1 in partnerships is invalid.';
    expect(problems.map((p) => `${p.table} ${p.row} ${p.column}: ${p.reason}`)).toEqual([
      'institutions 2 area: No area has the TERYT code "9999" (neither in the database nor in this file).',
      'institutions 3 sector: Kind OTHER has no default sector: give the sector.',
      'partnerships 1 covers: No area has the TERYT code "2699" (neither in the database nor in this file).',
      // The partnership row is invalid, so none of its members can be written either.
      `partnerships[0].members 1 ${invalidPartnership}`,
      `partnerships[0].members 2 ${invalidPartnership}`,
      'partnerships[0].members 2 institution: Refers to institution "b", whose row 2 in institutions is invalid.',
      `partnerships[0].members 3 ${invalidPartnership}`,
      `partnerships[0].members 4 ${invalidPartnership}`,
      'partnerships[0].members 4 institution: No institution has the id "nowhere" (neither in this file nor in the database).',
    ]);
    expect(valid.map((r) => `${r.kind}:${r.values.id ?? r.values.institution}`)).toEqual(['institutions:a']);
  });
});

describe('checkReferences: every partnership and collaboration cites a source or says it has none', () => {
  const file = (rows: string) => csv('partnerstwa.csv', `id,nazwa,zrodlo,bez zrodla\n${rows}`);
  const existing = () => {
    const e = emptyExisting();
    e.sources.set('s1', { title: 'Źródło' });
    e.partnerships.set('stored-cited', {
      props: { name: 'X' },
      covers: [],
      memberSeats: [],
      citations: new Map([['s1', null]]),
    });
    e.partnerships.set('stored-flagged', {
      props: { name: 'Y', unsourced: true },
      covers: [],
      memberSeats: [],
      citations: new Map(),
    });
    e.partnerships.set('stored-bare', {
      props: { name: 'Z' },
      covers: [],
      memberSeats: [],
      citations: new Map(),
    });
    return e;
  };
  const problemsOf = (rows: string) =>
    checkReferences('partnerstwa.csv', file(rows), existing()).problems.map(
      (p) => `${p.row} ${p.column}: ${p.reason.slice(0, 30)}`,
    );

  it('accepts a source, unsourced = tak, or a stored record (no new tie)', () => {
    expect(
      problemsOf(
        'a,Alfa,s1,\nb,Beta,,tak\nc,Gamma,,TAK\nstored-cited,X2,,\nstored-flagged,Y2,,\nstored-bare,Z2,,\n',
      ),
    ).toEqual([]);
  });

  it('refuses a row with neither, naming the source column, and one with both', () => {
    expect(problemsOf('a,Alfa,,\nb,Beta,,nie\nnew,Z2,,\nd,Delta,s1,tak\n')).toEqual([
      // An empty cell is not given: the problem names the field.
      '2 source: A partnership must cite a sour',
      '3 source: A partnership must cite a sour',
      '4 source: A partnership must cite a sour',
      '5 bez zrodla: A partnership that cites a sou',
    ]);
  });

  it('refuses a new member of a stored partnership that cites nothing and is not flagged', () => {
    const members = csv(
      'czlonkowie.csv',
      'partnerstwo,instytucja\nstored-bare,i1\nstored-cited,i1\nstored-bare,i2\n',
    );
    const e = existing();
    e.institutions.set('i1', { name: 'I', kind: 'CIS', sector: 'SOCIAL_ECONOMY', area: '2607' });
    e.institutions.set('i2', { name: 'J', kind: 'CIS', sector: 'SOCIAL_ECONOMY', area: '2607' });
    // i2 is a member already: its row is no new tie.
    e.members.set('stored-bare\u0000i2', {});
    const { problems } = checkReferences('czlonkowie.csv', members, e);
    expect(problems.map((p) => `${p.row} ${p.column}: ${p.reason.slice(0, 30)}`)).toEqual([
      '2 partnerstwo: The partnership "stored-bare" ',
    ]);
  });
});

describe('planImport', () => {
  it('creates, updates and leaves unchanged, never erasing what the file leaves empty', () => {
    const parsed = csv(
      'instytucje.csv',
      'id,nazwa,rodzaj,teryt,nip,email\nnew,Nowa,CIS,2607,,\nsame,Same,OPS,2607,1234563218,\nchanged,Nowa nazwa,PUP,2607,,\n',
    );
    const existing = emptyExisting();
    existing.sectors = true;
    existing.institutions.set('same', {
      name: 'Same',
      kind: 'OPS',
      sector: 'PUBLIC',
      area: '2607',
      nip: '1234563218',
      email: 'a@b.pl',
    });
    existing.institutions.set('changed', {
      name: 'Stara',
      kind: 'PUP',
      sector: 'PUBLIC',
      area: '2607',
      founded: '2001-02-03',
      synthetic: false,
    });
    const plan = planImport(parsed.records, existing);
    expect(plan.changes.map((c) => `${c.key}:${c.action}:${c.fields.join('+')}`)).toEqual([
      'new:create:',
      'same:unchanged:',
      'changed:update:name',
    ]);
    expect(plan.rows.institutions).toEqual([
      {
        id: 'new',
        sector: 'SOCIAL_ECONOMY',
        area: '2607',
        founded: null,
        props: { name: 'Nowa', kind: 'CIS', synthetic: false },
      },
      {
        id: 'changed',
        sector: 'PUBLIC',
        area: '2607',
        founded: '2001-02-03',
        props: { name: 'Nowa nazwa', kind: 'PUP' },
      },
    ]);
    expect(plan.rows.sectors).toEqual([]);
  });

  it('keeps the stored fields a partnership row does not give', () => {
    const parsed = csv('partnerstwa.csv', 'id,nazwa,cel\np,Partnerstwo,Nowy cel\n');
    const existing = emptyExisting();
    existing.partnerships.set('p', {
      props: {
        name: 'Partnerstwo',
        goal: 'Stary cel',
        signedOn: '2010-11-01',
        datePrecision: 'MONTH',
        identifiedBy: ['https://x'],
        synthetic: false,
      },
      covers: [],
      citations: new Map(),
      memberSeats: [],
    });
    const plan = planImport(parsed.records, existing);
    expect(plan.changes[0]).toMatchObject({ action: 'update', fields: ['goal'] });
    expect(plan.rows.partnerships[0]).toMatchObject({
      goal: 'Nowy cel',
      signedOn: '2010-11-01',
      datePrecision: 'MONTH',
      identifiedBy: ['https://x'],
      synthetic: false,
    });
  });
});
