import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Splot } from '../../server/src/startup.js';
import { startTestApi } from '../helpers/api.js';
import { csvFile, snapshot } from '../helpers/import-files.js';
import { authHeader } from '../helpers/tokens.js';
import { createWorld, type World } from '../helpers/world.js';

// Issue 14, item 2 (finding S7) through the import: the domain rules the GraphQL write guard
// applies (domain/rules ruleViolations) stop an import too, with the row and the column named,
// and nothing written — with and without skipInvalid for the broken rows.

let api: Splot;
let world: World;

beforeAll(async () => {
  api = await startTestApi();
  world = await createWorld(api.driver, 'import-rules');
});

afterAll(async () => {
  await world?.remove();
  await api?.stop();
});

interface Report {
  outcome: string;
  problems: Array<{ table: string; row: number; column: string; reason: string }>;
}

async function upload(
  fileName: string,
  body: Buffer,
  query = '',
): Promise<{ status: number; report: Report }> {
  const res = await fetch(`${api.url}/import${query}`, {
    method: 'POST',
    headers: {
      'content-type': 'text/csv',
      'x-file-name': encodeURIComponent(fileName),
      ...(await authHeader('admin')),
    },
    body: new Uint8Array(body),
  });
  return { status: res.status, report: (await res.json()) as Report };
}

const stored = () => snapshot(api.driver, world.prefix, [world.powiat, world.other]);
const lines = (r: Report) => r.problems.map((p) => `${p.row} ${p.column}: ${p.reason}`).sort();

describe('the import obeys the same domain rules as GraphQL writes', () => {
  it('refuses the S7 institution values, naming row and column, and writes nothing', async () => {
    const id = (x: string) => `${world.prefix}-${x}`;
    const file = csvFile([
      ['id', 'nazwa', 'rodzaj', 'teryt', 'nip', 'email', 'www', 'data założenia'],
      [id('ok'), 'CIS w Ćmielowie', 'CIS', world.gmina, '', '', 'https://cis.example.pl', '2001-01-01'],
      [id('nip'), 'OPS Ćmielów', 'OPS', world.gmina, '123', '', '', ''],
      [id('mail'), 'OPS Kunów', 'OPS', world.gmina, '', 'not-an-email', '', ''],
      [id('www'), 'OPS Bodzechów', 'OPS', world.gmina, '', '', 'javascript:alert(1)', ''],
      [id('name'), '', 'OPS', world.gmina, '', '', '', ''],
      [id('future'), 'OPS Waśniów', 'OPS', world.gmina, '', '', '', '2999-01-01'],
    ]);
    const before = await stored();
    const { status, report } = await upload('instytucje.csv', file);
    expect(status).toBe(422);
    expect(report.outcome).toBe('rejected');
    expect(lines(report)).toEqual([
      '3 nip: nip is not a NIP: it has 10 digits',
      '4 email: email is not an e-mail address',
      '5 www: Institution website is not a web address (http:// or https://) (rule: url).',
      '6 nazwa: name is required',
      '7 data założenia: Institution founded lies in the future (rule: future).',
    ]);
    // The valid row is not written either: an import is all or nothing.
    expect(await stored()).toBe(before);
    // skipInvalid writes the valid row only; none of the broken values reaches the database.
    const skipped = await upload('instytucje.csv', file, '?skipInvalid=true');
    expect(skipped.status).toBe(200);
    const { records } = await api.driver.executeQuery(
      'MATCH (i:Institution) WHERE i.id STARTS WITH $prefix AND i.id IN $ids RETURN i.id AS id',
      { prefix: world.prefix, ids: ['ok', 'nip', 'mail', 'www', 'name', 'future'].map(id) },
    );
    expect(records.map((r) => r.get('id'))).toEqual([id('ok')]);
  });

  it('refuses a negative declared membership and an end before the start', async () => {
    const id = (x: string) => `${world.prefix}-${x}`;
    const before = await stored();
    const partnerships = await upload(
      'partnerstwa.csv',
      csvFile([
        // Without a source yet, said so (bez źródła): only the rules under test refuse these rows.
        ['id', 'nazwa', 'liczba członków', 'data podpisania', 'data zakończenia', 'obszary', 'bez źródła'],
        [id('p-neg'), 'Partnerstwo Kunów', -50, '', '', world.powiat, 'tak'],
        [id('p-order'), 'Partnerstwo Bodzechów', '', '2020-06-01', '2019-01-01', world.powiat, 'tak'],
      ]),
    );
    expect(partnerships.status).toBe(422);
    expect(lines(partnerships.report)).toEqual([
      '2 liczba członków: Partnership membersDeclared must not be negative (rule: nonNegative).',
      '3 data zakończenia: Partnership endedOn ends before it starts (rule: dateOrder).',
    ]);
    const members = await upload(
      'czlonkowie.csv',
      csvFile([
        ['partnerstwo', 'instytucja', 'od', 'do'],
        [world.id('P1'), world.id('B'), '2020-05-01', '2019-05-01'],
      ]),
    );
    expect(members.status).toBe(422);
    expect(lines(members.report)).toEqual([
      '2 do: Membership until ends before it starts (rule: dateOrder).',
    ]);
    expect(await stored()).toBe(before);
  });
});
