import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeTerc, parseTerc } from '../../server/src/import/terc.js';
import type { Splot } from '../../server/src/startup.js';
import { gql, startTestApi, testDatabaseEnv } from '../helpers/api.js';

// Runs `import-terc` (the CLI a user runs) on the real-register excerpt of test/fixtures/terc,
// moved to a voivodeship code no real area uses (real ones are 02-32) and no other test file
// picks (odd 33-97: analytics; 7x: editor e2e; 8xxx/9xxx powiats: synthetic load, area network),
// so the test owns every area it writes and removes exactly those afterwards.

const run = promisify(execFile);
const repo = join(import.meta.dirname, '../..');
const woj = String(34 + 2 * Math.floor(Math.random() * 18)); // even, 34-68
const written: string[] = [];
let api: Splot;
let dir: string;

beforeAll(async () => {
  api = await startTestApi();
  dir = mkdtempSync(join(tmpdir(), 'splot-terc-'));
});
afterAll(async () => {
  await api.driver.executeQuery('MATCH (a:Area) WHERE a.teryt IN $written DETACH DELETE a', { written });
  await api.stop();
  rmSync(dir, { recursive: true, force: true });
});

async function importTerc(file: string) {
  return run('node', ['--import', 'tsx', 'server/src/cli/import-terc.ts', file], {
    cwd: repo,
    env: { ...process.env, ...testDatabaseEnv(), INIT_CWD: repo },
  });
}

describe('pnpm import-terc', () => {
  it('loads a Windows-1250 TERC file as voivodeship, powiats and gminas linked by PART_OF', async () => {
    // Keep the Świętokrzyskie rows and change only their WOJ digits; latin1 round-trips the
    // Windows-1250 bytes untouched.
    const original = readFileSync(
      join(repo, 'test/fixtures/terc/TERC_Urzedowy_excerpt_cp1250.csv'),
      'latin1',
    );
    const lines = original.split('\r\n').filter((l) => l.startsWith('WOJ') || l.startsWith('26;'));
    expect(lines).toHaveLength(15);
    const file = join(dir, 'TERC_test.csv');
    writeFileSync(file, lines.map((l) => `${l.replace(/^26;/, `${woj};`)}\r\n`).join(''), 'latin1');

    written.push(...parseTerc(decodeTerc(readFileSync(file))).areas.map((a) => a.teryt));
    const { stdout } = await importTerc(file);
    expect(stdout).toContain('1 voivodeships, 2 powiats, 7 gminas; skipped 4 town/rural parts');

    const res = await gql<{
      areas: Array<{ teryt: string; name: string; level: string; parent: Array<{ teryt: string }> }>;
    }>(
      api.url,
      'query ($woj: String!) { areas(where: { teryt: { startsWith: $woj } }, sort: [{ teryt: ASC }]) { teryt name level parent { teryt } } }',
      { woj },
    );
    expect(res.errors).toBeUndefined();
    const areas = res.data?.areas ?? [];
    expect(areas[0]).toEqual({ teryt: woj, name: 'świętokrzyskie', level: 'VOIVODESHIP', parent: [] });
    const gminas = areas.filter((a) => a.parent[0]?.teryt === `${woj}07`);
    expect(gminas.map((g) => `${g.teryt.slice(2)} ${g.name}`)).toEqual([
      '07011 Ostrowiec Świętokrzyski',
      '07022 Bałtów',
      '07032 Bodzechów',
      '07043 Ćmielów',
      '07053 Kunów',
      '07062 Waśniów',
    ]);
    expect(areas.find((a) => a.teryt === `${woj}61`)?.parent).toEqual([{ teryt: woj }]);

    // Idempotent: a second run changes nothing.
    await importTerc(file);
    const again = await api.driver.executeQuery(
      'MATCH (a:Area) WHERE a.teryt STARTS WITH $woj OPTIONAL MATCH (a)-[r:PART_OF]->() RETURN count(DISTINCT a) AS n, count(r) AS links',
      { woj },
    );
    expect(Number(again.records[0]?.get('n'))).toBe(areas.length);
    expect(Number(again.records[0]?.get('links'))).toBe(areas.length - 1);
  });

  it('refuses a broken file with the line number and writes nothing', async () => {
    const file = join(dir, 'TERC_bad.csv');
    writeFileSync(
      file,
      `WOJ;POW;GMI;RODZ;NAZWA;NAZWA_DOD;STAN_NA\n${woj};;;;X;województwo;2024-01-01\n${woj};1;;;y;powiat;2024-01-01\n`,
    );
    const failure = await importTerc(file).then(
      () => null,
      (error: { code: number; stderr: string }) => error,
    );
    expect(failure?.code).toBe(1);
    expect(failure?.stderr).toContain('line 3: POW "1" is not two digits');
    const { records } = await api.driver.executeQuery('MATCH (a:Area {teryt: $woj}) RETURN a.name AS name', {
      woj,
    });
    expect(records.map((r) => r.get('name'))).toEqual(['świętokrzyskie']);
  });
});
