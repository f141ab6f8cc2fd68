import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importFile } from '../../server/src/import/run-import.js';
import type { Splot } from '../../server/src/startup.js';
import { startTestApi } from '../helpers/api.js';
import { csvFile, snapshot, workbook } from '../helpers/import-files.js';
import { areaNetwork } from '../helpers/network.js';
import { createWorld, type World } from '../helpers/world.js';

// Imports against the real database: the templates in CSV (Windows-1250, semicolons), XLSX and
// JSON; dry run, apply, idempotence, updates that never erase; and malformed files of every kind,
// each with the right problems and nothing written.

let api: Splot;
let world: World;
let p: string; // id prefix of this test's records

beforeAll(async () => {
  api = await startTestApi();
  world = await createWorld(api.driver, 'import');
  p = world.prefix;
});

afterAll(async () => {
  await world?.remove();
  await api?.stop();
});

const state = () => snapshot(api.driver, p, [world.powiat, world.other]);
const run = (file: string, buffer: Buffer, options: Parameters<typeof importFile>[3] = {}) =>
  importFile(api.driver, file, buffer, options);

const HEADER = ['id', 'nazwa', 'rodzaj', 'sektor', 'TERYT', 'NIP', 'REGON', 'e-mail', 'data założenia'];

describe('CSV of institutions', () => {
  const rows = () => [
    HEADER,
    [
      `${p}-ops`,
      'Ośrodek Pomocy Społecznej w Ćmielowie',
      'OPS',
      '',
      world.gmina,
      '123-456-32-18',
      '',
      'ops@cmielow.pl',
      '12.03.1991',
    ],
    [
      `${p}-sc`,
      'Spółdzielnia Socjalna „Żółw”',
      'spółdzielnia socjalna',
      '',
      world.powiat,
      '',
      '123456785',
      '',
      '',
    ],
    [`${p}-fund`, 'Fundacja Łąka', 'fundacja', 'ekonomia społeczna', world.gmina, '', '', '', '2015-06-01'],
  ];
  const file = () => csvFile(rows(), { encoding: 'windows-1250', delimiter: ';' });

  it('reports a dry run without writing, then imports, then changes nothing the second time', async () => {
    const before = await state();
    const dry = await run('instytucje.csv', file(), { dryRun: true });
    expect(dry).toMatchObject({ outcome: 'dry-run', encoding: 'Windows-1250', delimiter: ';', problems: [] });
    expect(dry.summary.institutions).toEqual({ create: 3, update: 0, unchanged: 0, invalid: 0 });
    expect(await state()).toBe(before);

    const applied = await run('instytucje.csv', file());
    expect(applied.outcome).toBe('applied');
    expect(applied.summary.institutions.create).toBe(3);
    const { records } = await api.driver.executeQuery(
      `MATCH (i:Institution)-[:IN_SECTOR]->(s), (i)-[:LOCATED_IN]->(a) WHERE i.id IN $ids
       RETURN i.id AS id, i.name AS name, i.kind AS kind, s.code AS sector, a.teryt AS area, i.nip AS nip,
              i.regon AS regon, toString(i.founded) AS founded, i.synthetic AS synthetic ORDER BY id`,
      { ids: [`${p}-ops`, `${p}-sc`, `${p}-fund`] },
    );
    expect(records.map((r) => r.toObject())).toEqual([
      expect.objectContaining({
        id: `${p}-fund`,
        name: 'Fundacja Łąka',
        kind: 'FOUNDATION',
        sector: 'SOCIAL_ECONOMY',
        founded: '2015-06-01',
      }),
      expect.objectContaining({
        id: `${p}-ops`,
        kind: 'OPS',
        sector: 'PUBLIC',
        area: world.gmina,
        nip: '1234563218',
        founded: '1991-03-12',
        synthetic: false,
      }),
      expect.objectContaining({
        id: `${p}-sc`,
        name: 'Spółdzielnia Socjalna „Żółw”',
        kind: 'SOCIAL_COOPERATIVE',
        sector: 'SOCIAL_ECONOMY',
        regon: '123456785',
      }),
    ]);

    const written = await state();
    const again = await run('instytucje.csv', file());
    expect(again.outcome).toBe('unchanged');
    expect(again.summary.institutions).toEqual({ create: 0, update: 0, unchanged: 3, invalid: 0 });
    expect(await state()).toBe(written);
  });

  it('updates only what changed and never erases a value the file leaves empty', async () => {
    const changed = rows();
    (changed[1] as string[])[1] = 'OPS w Ćmielowie (nowa nazwa)';
    (changed[1] as string[])[7] = ''; // e-mail left empty: kept
    const report = await run(
      'instytucje.csv',
      csvFile(changed, { encoding: 'windows-1250', delimiter: ';' }),
    );
    expect(report.outcome).toBe('applied');
    expect(report.changes.filter((c) => c.action === 'update')).toEqual([
      expect.objectContaining({ key: `${p}-ops`, fields: ['name'] }),
    ]);
    const { records } = await api.driver.executeQuery(
      'MATCH (i:Institution {id: $id}) RETURN i.name AS name, i.email AS email',
      {
        id: `${p}-ops`,
      },
    );
    expect(records[0]?.toObject()).toEqual({ name: 'OPS w Ćmielowie (nowa nazwa)', email: 'ops@cmielow.pl' });
  });
});

describe('a workbook with every template', () => {
  it('imports institutions, sources, partnerships with members and collaborations with participants', async () => {
    const book = await workbook({
      Instrukcja: [['Wypełnij arkusze poniżej.']],
      Instytucje: [
        ['Identyfikator', 'Nazwa', 'Rodzaj', 'Kod TERYT', 'KRS'],
        [`${p}-x1`, 'Centrum Integracji Społecznej', 'CIS', world.gmina, 123456],
        [`${p}-x2`, 'Powiatowy Urząd Pracy', 'PUP', Number(world.powiat), ''],
        [`${p}-x3`, 'Firma Budowlana', 'firma', world.powiat, ''],
      ],
      Źródła: [
        ['id', 'tytuł', 'wydawca', 'data publikacji'],
        [`${p}-src`, 'Porozumienie o partnerstwie', 'Starostwo', new Date(Date.UTC(2019, 5, 28))],
      ],
      Partnerstwa: [
        ['id', 'nazwa', 'data podpisania', 'obszary', 'źródło', 'cytat'],
        [
          `${p}-part`,
          'Partnerstwo na rzecz zatrudnienia',
          '2019-06-28',
          world.powiat,
          `${p}-src`,
          'zawarto porozumienie',
        ],
      ],
      Członkowie: [
        ['partnerstwo', 'instytucja', 'rola', 'od'],
        [`${p}-part`, `${p}-x1`, 'lider', ''],
        [`${p}-part`, `${p}-x2`, 'członek', '01.01.2020'],
      ],
      Współprace: [
        // No document yet, said so (a tie cites a source or says it has none).
        ['id', 'tytuł', 'rodzaj', 'data rozpoczęcia', 'kwota', 'bez źródła'],
        [
          `${p}-proj`,
          'Klauzule społeczne w zamówieniach',
          'klauzula społeczna',
          '2021-03-01',
          '12 500,00',
          'tak',
        ],
      ],
      Uczestnicy: [
        ['współpraca', 'instytucja', 'rola'],
        [`${p}-proj`, `${p}-x2`, 'organizator'],
        [`${p}-proj`, `${p}-x3`, 'wykonawca'],
      ],
    });
    const report = await run('dane.xlsx', book);
    expect(report.problems).toEqual([]);
    expect(report.warnings.map((w) => w.table)).toEqual(['Instrukcja']);
    expect(report.outcome).toBe('applied');
    expect(report.summary).toMatchObject({
      institutions: { create: 3 },
      sources: { create: 1 },
      partnerships: { create: 1 },
      members: { create: 2 },
      collaborations: { create: 1 },
      participants: { create: 2 },
    });
    const network = await areaNetwork(api.url, { teryt: world.powiat, kinds: ['CIS', 'PUP', 'COMPANY'] });
    const ties = network.edges
      .filter((e) => e.source.startsWith(`${p}-x`))
      .map((e) => `${e.source}~${e.target}:${e.kinds.join('+')}`)
      .sort();
    expect(ties).toEqual([`${p}-x1~${p}-x2:PARTNERSHIP`, `${p}-x2~${p}-x3:SOCIAL_CLAUSE`]);
    const { records } = await api.driver.executeQuery(
      `MATCH (x:Partnership {id: $id})-[d:DOCUMENTED_BY]->(s:Source), (x)-[:COVERS]->(a:Area)
       MATCH (:Institution {id: $x2})-[m:MEMBER_OF]->(x)
       RETURN d.quote AS quote, s.publisher AS publisher, a.teryt AS covers, m.role AS role, toString(m.since) AS since`,
      { id: `${p}-part`, x2: `${p}-x2` },
    );
    expect(records[0]?.toObject()).toEqual({
      quote: 'zawarto porozumienie',
      publisher: 'Starostwo',
      covers: world.powiat,
      role: 'MEMBER',
      since: '2020-01-01',
    });
    const krs = await api.driver.executeQuery('MATCH (i:Institution {id: $id}) RETURN i.krs AS krs', {
      id: `${p}-x1`,
    });
    expect(krs.records[0]?.get('krs')).toBe('0000123456');

    const again = await run('dane.xlsx', book);
    expect(again.outcome).toBe('unchanged');
  });
});

describe('a JSON document', () => {
  it('imports partnerships with nested members', async () => {
    const doc = {
      institutions: [{ id: `${p}-j1`, name: 'KIS', kind: 'KIS', area: world.gmina }],
      partnerships: [
        {
          id: `${p}-jp`,
          name: 'Partnerstwo JSON',
          signedOn: '2022-01-01',
          unsourced: true,
          members: [{ institution: `${p}-j1`, role: 'INITIATOR' }, { institution: world.id('B') }],
        },
      ],
    };
    const report = await run('doc.json', Buffer.from(JSON.stringify(doc)));
    expect(report.problems).toEqual([]);
    expect(report.summary.members.create).toBe(2);
    expect(report.outcome).toBe('applied');
  });
});

describe('malformed files', () => {
  const valid = () => [HEADER, [`${p}-m1`, 'OPS', 'OPS', '', world.gmina, '', '', '', '']];
  const cases: Array<
    [string, string, () => Buffer | Promise<Buffer>, RegExp, { row?: number | null; column?: string | null }]
  > = [
    [
      'wrong encoding (converted to UTF-8 twice)',
      'instytucje.csv',
      () =>
        Buffer.from(Buffer.from(`id,nazwa,rodzaj,teryt\n${p}-e,Łódź,OPS,2607\n`).toString('latin1'), 'utf8'),
      /garbled/,
      { row: 2 },
    ],
    [
      'not a text file',
      'instytucje.csv',
      () =>
        Buffer.concat([
          Buffer.from('id,nazwa\n'),
          Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00]),
        ]),
      /not text/,
      {},
    ],
    [
      'missing column',
      'instytucje.csv',
      () =>
        csvFile([
          ['id', 'nazwa', 'teryt'],
          [`${p}-m2`, 'OPS', world.gmina],
        ]),
      /required column kind is missing/,
      { row: 1, column: 'kind' },
    ],
    [
      'bad NIP',
      'instytucje.csv',
      () => csvFile([...valid(), [`${p}-m3`, 'OPS 2', 'OPS', '', world.gmina, '1234563219', '', '', '']]),
      /check digit/,
      { row: 3, column: 'NIP' },
    ],
    [
      'bad 14-digit REGON',
      'instytucje.csv',
      () => csvFile([...valid(), [`${p}-m4`, 'OPS 2', 'OPS', '', world.gmina, '', '12345678512348', '', '']]),
      /REGON.*check digit/,
      { row: 3, column: 'REGON' },
    ],
    [
      'unknown TERYT',
      'instytucje.csv',
      () => csvFile([...valid(), [`${p}-m5`, 'OPS 2', 'OPS', '', `${world.powiat}999`, '', '', '', '']]),
      /No area has the TERYT code/,
      { row: 3, column: 'TERYT' },
    ],
    [
      'unknown member',
      'czlonkowie.csv',
      () =>
        csvFile([
          ['partnerstwo', 'instytucja'],
          [world.id('P1'), `${p}-nobody`],
        ]),
      /No institution has the id/,
      { row: 2, column: 'instytucja' },
    ],
    [
      'duplicate id',
      'instytucje.csv',
      () => csvFile([...valid(), [`${p}-m1`, 'OPS again', 'OPS', '', world.gmina, '', '', '', '']]),
      /Duplicate: .* is already in instytucje.csv row 2/,
      { row: 3, column: 'id' },
    ],
    ['empty file', 'instytucje.csv', () => Buffer.alloc(0), /empty/, { row: null }],
    ['header only', 'instytucje.csv', () => csvFile([HEADER]), /no data/, {}],
    [
      'unbalanced quote',
      'instytucje.csv',
      () => Buffer.from(`id,nazwa,rodzaj,teryt\n${p}-q,"OPS,OPS,2607\n`),
      /cannot be read/,
      {},
    ],
    [
      'truncated workbook',
      'dane.xlsx',
      async () => (await workbook({ Instytucje: valid() })).subarray(0, 300),
      /not an Excel workbook/,
      {},
    ],
    [
      'broken JSON',
      'dane.json',
      () => Buffer.from('{\n  "institutions": [\n    {"id": "x",}\n  ]\n}'),
      /not valid JSON/,
      { row: 3 },
    ],
  ];

  for (const [name, file, make, reason, at] of cases) {
    it(`${name}: says where and why, writes nothing`, async () => {
      const before = await state();
      const report = await run(file, await make());
      expect(report.outcome).toBe('rejected');
      const problem = report.problems.find((x) => reason.test(x.reason));
      expect(problem, JSON.stringify(report.problems)).toBeDefined();
      expect(problem).toMatchObject({ file, ...at });
      expect(await state()).toBe(before);
    });
  }

  it('a 10 MB file with one bad row near the end: that row is named, nothing else is written', async () => {
    const rows: Array<Array<string | number>> = [HEADER];
    let i = 0;
    while (rows.length < 70_000) {
      i++;
      rows.push([
        `${p}-big-${i}`,
        `Stowarzyszenie numer ${i} na rzecz rozwoju gminy i okolic, ul. Długa ${i}`,
        'ASSOCIATION',
        '',
        world.gmina,
        '',
        '',
        `biuro${i}@example.org`,
        '2010-01-01',
      ]);
    }
    rows.splice(69_990, 0, [
      `${p}-big-bad`,
      'Zły wiersz',
      'ASSOCIATION',
      '',
      world.gmina,
      '5260250275',
      '',
      '',
      '',
    ]);
    const big = csvFile(rows);
    expect(big.length).toBeGreaterThan(10 * 1024 * 1024);
    const before = await state();
    const started = Date.now();
    const report = await run('instytucje.csv', big);
    expect(report.outcome).toBe('rejected');
    expect(report.problems).toEqual([
      expect.objectContaining({ row: 69_991, column: 'NIP', reason: expect.stringMatching(/check digit/) }),
    ]);
    expect(report.summary.institutions).toMatchObject({ create: 70_000 - 1, invalid: 1 });
    expect(await state()).toBe(before);
    console.log(`10 MB file checked in ${Date.now() - started} ms`);
  });

  it('with skipInvalid, writes the valid rows and still reports the invalid ones', async () => {
    const report = await run(
      'instytucje.csv',
      csvFile([...valid(), [`${p}-m6`, 'Bez rodzaju', 'nieznany', '', world.gmina, '', '', '', '']]),
      { skipInvalid: true },
    );
    expect(report.outcome).toBe('applied');
    expect(report.problems).toHaveLength(1);
    expect(report.summary.institutions).toEqual({ create: 1, update: 0, unchanged: 0, invalid: 1 });
    const { records } = await api.driver.executeQuery(
      'MATCH (i:Institution) WHERE i.id IN $ids RETURN i.id AS id',
      {
        ids: [`${p}-m1`, `${p}-m6`],
      },
    );
    expect(records.map((r) => r.get('id'))).toEqual([`${p}-m1`]);
  });
});

describe('export, then import into the same database', () => {
  it('changes nothing', async () => {
    const res = await fetch(`${api.url}/export/${world.powiat}.json?mode=AFFILIATIONS`);
    const before = await state();
    const report = await run('export.json', Buffer.from(await res.arrayBuffer()));
    expect(report.problems).toEqual([]);
    expect(report.outcome).toBe('unchanged');
    expect(await state()).toBe(before);
  });
});
