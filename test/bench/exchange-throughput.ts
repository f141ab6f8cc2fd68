/**
 * Import and export throughput on a large generated dataset (a measurement, not a test):
 *   node --import tsx test/bench/exchange-throughput.ts [--institutions 50000]
 * Starts its own embedded Neo4j in a temporary folder, loads the TERYT areas, writes CSV files
 * (Windows-1250, semicolons, as Polish Excel does) and imports them with `pnpm run import`'s code,
 * then exports the largest voivodeship and the whole country in every format through the
 * `pnpm export` command (a separate process, so its peak memory is the export's alone).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { SECTORS } from '@splot/domain';
import iconv from 'iconv-lite';
import { createDriver } from '../../server/src/db/driver.js';
import { findFreePort, startEmbeddedNeo4j } from '../../server/src/db/embedded.js';
import { emptyRows } from '../../server/src/db/rows.js';
import { applySchema } from '../../server/src/db/schema.js';
import { writeRows } from '../../server/src/db/write-rows.js';
import { importFile } from '../../server/src/import/run-import.js';
import { paths } from '../../server/src/paths.js';
import { readAreas } from '../../server/src/seed/read-seed.js';

const { values } = parseArgs({ options: { institutions: { type: 'string', default: '50000' } } });
const N = Number(values.institutions);
const PARTNERSHIPS = Math.round(N / 25);
const COLLABORATIONS = Math.round(N / 16);

// A small deterministic generator (mulberry32), so two runs measure the same data.
let seed = 20261125;
const random = () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const pick = <T>(list: T[]): T => list[Math.floor(random() * list.length)] as T;
const KINDS = [
  'ASSOCIATION',
  'FOUNDATION',
  'COMPANY',
  'OPS',
  'CIS',
  'SOCIAL_COOPERATIVE',
  'SCHOOL',
  'PUP',
  'WTZ',
];

const dir = mkdtempSync(join(tmpdir(), 'splot-exchange-bench-'));
const db = await startEmbeddedNeo4j({
  port: await findFreePort(),
  dataDir: join(dir, 'db'),
  heap: '1g',
  pageCache: '512m',
});
const driver = createDriver({ uri: db.uri, password: db.password });
const results: string[] = [];
try {
  await applySchema(driver);
  const areas = readAreas(join(paths.seed, 'areas.csv'));
  const setup = emptyRows();
  setup.sectors = SECTORS.map((s) => ({ ...s }));
  setup.areas = areas;
  const session = driver.session();
  await session.executeWrite((tx) => writeRows(tx, setup));
  await session.close();
  const powiats = areas.filter((a) => a.level === 'POWIAT').map((a) => a.teryt);

  // The files.
  const csv = (rows: Array<Array<string | number>>) =>
    iconv.encode(`${rows.map((r) => r.join(';')).join('\r\n')}\r\n`, 'windows-1250');
  const seat: string[] = [];
  const institutions: Array<Array<string | number>> = [
    ['id', 'nazwa', 'rodzaj', 'teryt', 'e-mail', 'data założenia'],
  ];
  for (let i = 0; i < N; i++) {
    const area = pick(powiats);
    seat.push(area);
    const year = 1990 + Math.floor(random() * 35);
    institutions.push([
      `bench-i-${i}`,
      `Stowarzyszenie Rozwoju Gminy nr ${i} „Łąka”`,
      pick(KINDS),
      area,
      `biuro${i}@example.org`,
      `${year}-0${1 + (i % 9)}-1${i % 10}`,
    ]);
  }
  const byPowiat = new Map<string, number[]>();
  seat.forEach((a, i) => {
    const list = byPowiat.get(a);
    if (list) list.push(i);
    else byPowiat.set(a, [i]);
  });
  const local = (count: number) => {
    const here = byPowiat.get(pick(powiats)) ?? [0];
    return [...new Set(Array.from({ length: count }, () => pick(here)))];
  };
  const partnerships: Array<Array<string | number>> = [['id', 'nazwa', 'data podpisania']];
  const members: Array<Array<string | number>> = [['partnerstwo', 'instytucja', 'rola', 'od']];
  for (let p = 0; p < PARTNERSHIPS; p++) {
    partnerships.push([`bench-p-${p}`, `Partnerstwo lokalne nr ${p}`, `20${10 + (p % 15)}-03-01`]);
    for (const [k, i] of local(5 + Math.floor(random() * 30)).entries()) {
      members.push([`bench-p-${p}`, `bench-i-${i}`, k === 0 ? 'LEADER' : 'MEMBER', '']);
    }
  }
  const collaborations: Array<Array<string | number>> = [['id', 'tytuł', 'rodzaj', 'data rozpoczęcia']];
  const participants: Array<Array<string | number>> = [['współpraca', 'instytucja', 'rola']];
  for (let c = 0; c < COLLABORATIONS; c++) {
    collaborations.push([
      `bench-c-${c}`,
      `Projekt nr ${c}`,
      pick(['PROJECT', 'EVENT', 'SOCIAL_CLAUSE', 'REFERRAL']),
      `20${10 + (c % 15)}-09-01`,
    ]);
    for (const [k, i] of local(2 + Math.floor(random() * 6)).entries()) {
      participants.push([`bench-c-${c}`, `bench-i-${i}`, k === 0 ? 'LEAD' : 'PARTNER']);
    }
  }
  const files: Array<[string, Buffer]> = [
    ['instytucje.csv', csv(institutions)],
    ['partnerstwa.csv', csv(partnerships)],
    ['czlonkowie.csv', csv(members)],
    ['wspolprace.csv', csv(collaborations)],
    ['uczestnicy.csv', csv(participants)],
  ];

  results.push(
    `data: ${N} institutions, ${PARTNERSHIPS} partnerships (${members.length - 1} members), ${COLLABORATIONS} collaborations (${participants.length - 1} participants)`,
  );
  results.push('', 'import (one transaction per file)        rows   size     time    rows/s    MB/s');
  for (const pass of ['first', 'again (unchanged)'] as const) {
    for (const [name, buffer] of files) {
      const began = performance.now();
      const report = await importFile(driver, name, buffer);
      const seconds = (performance.now() - began) / 1000;
      if (report.problems.length > 0) throw new Error(`${name}: ${report.problems[0]?.reason}`);
      const rows = report.tables[0]?.rows ?? 0;
      results.push(
        `  ${`${name}, ${pass}`.padEnd(38)} ${String(rows).padStart(6)} ${(buffer.length / 1e6).toFixed(1).padStart(5)} MB ${seconds.toFixed(2).padStart(6)} s ${String(Math.round(rows / seconds)).padStart(8)} ${(buffer.length / 1e6 / seconds).toFixed(2).padStart(7)}  ${report.outcome}`,
      );
    }
  }

  // The largest voivodeship by institutions.
  const perVoivodeship = new Map<string, number>();
  for (const a of seat) perVoivodeship.set(a.slice(0, 2), (perVoivodeship.get(a.slice(0, 2)) ?? 0) + 1);
  const largest = [...perVoivodeship.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '14';
  results.push(
    '',
    'export (pnpm export, separate process)       nodes    edges      size     time    MB/s  peak RSS',
  );
  for (const area of [largest, 'PL']) {
    for (const mode of ['institutions', 'affiliations']) {
      for (const format of ['gexf', 'csv.zip', 'json', 'graphml']) {
        if (mode === 'affiliations' && format !== 'gexf') continue;
        const out = join(dir, `export.${format}`);
        const began = performance.now();
        const run = spawnSync(
          process.execPath,
          [
            '--import',
            'tsx',
            'src/cli/export.ts',
            '--area',
            area,
            '--format',
            format,
            '--mode',
            mode,
            '--out',
            out,
          ],
          {
            env: { ...process.env, NEO4J_URI: db.uri, NEO4J_PASSWORD: db.password },
            encoding: 'utf8',
            cwd: join(paths.repoRoot, 'server'),
          },
        );
        const seconds = (performance.now() - began) / 1000;
        // The command says "<file>: N nodes, M edges in T ms, peak RSS R MB" on stderr.
        const said = /(\d+) nodes, (\d+) edges in \d+ ms, peak RSS (\d+) MB/.exec(run.stderr);
        if (run.status !== 0 || !said) throw new Error(`export ${area} ${format} failed: ${run.stderr}`);
        const size = statSync(out).size;
        results.push(
          `  ${`${area} ${mode} ${format}`.padEnd(40)} ${said[1]?.padStart(7)} ${said[2]?.padStart(8)} ${(size / 1e6).toFixed(1).padStart(7)} MB ${seconds.toFixed(1).padStart(6)} s ${(size / 1e6 / seconds).toFixed(1).padStart(6)} ${said[3]?.padStart(6)} MB`,
        );
        rmSync(out);
      }
    }
  }
} finally {
  await driver.close();
  await db.stop();
  rmSync(dir, { recursive: true, force: true });
}
const report = results.join('\n');
console.log(report);
writeFileSync(join(paths.repoRoot, 'test/bench/exchange-throughput.txt'), `${report}\n`);
