import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { parseArgs, promisify } from 'node:util';
import { mintToken } from '../../server/src/auth/mint-token.js';
import { loadConfig } from '../../server/src/config.js';
import { createDriver } from '../../server/src/db/driver.js';
import { findFreePort, startEmbeddedNeo4j } from '../../server/src/db/embedded.js';
import { applySchema } from '../../server/src/db/schema.js';
import { startSplot } from '../../server/src/startup.js';
import { institutionsCsv, xlsxBomb } from '../helpers/import-files.js';

// `pnpm bench:import-stall [--rows 100000]`: how long the API's event loop stands still (perf_hooks
// monitorEventLoopDelay, 10 ms resolution) while POST /import answers three S4 workbooks (19 MB
// unpacking to 312 MB) at once, and then one large valid CSV — against an idle baseline, since on
// a shared machine the scheduler alone stalls the loop. The API runs in this process, the files
// come from child processes; a fresh embedded Neo4j in a temporary directory. Prints figures and
// the load average; asserts nothing.
const { values } = parseArgs({ options: { rows: { type: 'string', default: '100000' } } });
const rows = Number(values.rows);
const MB = 1_048_576;
const secret = 'import-stall-bench-secret-0123456789abcdef';
const dataDir = mkdtempSync(join(tmpdir(), 'splot-import-stall-'));
const filesDir = mkdtempSync(join(tmpdir(), 'splot-import-stall-files-'));
const db = await startEmbeddedNeo4j({ port: await findFreePort(), dataDir, heap: '1g', pageCache: '128m' });
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const execFileAsync = promisify(execFile);
/** The client: POSTs a file to the API and prints the status and the JSON answer. */
const SENDER = `
import { readFileSync } from 'node:fs';
const [url, name, file, authorization] = process.argv.slice(1);
const res = await fetch(url, { method: 'POST', headers: { 'x-file-name': name, authorization }, body: readFileSync(file) });
console.log(JSON.stringify({ status: res.status, body: await res.json() }));
`;

async function stallOf<T>(work: () => Promise<T>) {
  const h = monitorEventLoopDelay({ resolution: 10 });
  h.enable();
  const started = performance.now();
  try {
    const value = await work();
    return {
      value,
      ms: Math.round(performance.now() - started),
      maxMs: h.max / 1e6,
      p99Ms: h.percentile(99) / 1e6,
    };
  } finally {
    h.disable();
  }
}

try {
  const driver = createDriver({ uri: db.uri, password: db.password });
  await applySchema(driver);
  await driver.executeQuery("CREATE (:Area {teryt: '26', name: 'świętokrzyskie', level: 'VOIVODESHIP'})");
  await driver.close();
  const api = await startSplot(
    loadConfig({
      NEO4J_URI: db.uri,
      NEO4J_PASSWORD: db.password,
      PORT: '0',
      SEED_DEMO: 'false',
      LOG_LEVEL: 'silent',
      JWT_SECRET: secret,
      IMPORT_RATE_LIMIT: '0',
    }),
  );
  const auth = { authorization: `Bearer ${await mintToken({ secret, role: 'admin' })}` };
  // The files are sent by a child process, so the loop measured is the API's alone (reading,
  // checking and answering), not also a client's copying and sending of 3 × 19 MB.
  // Written before the measured window: writing 19 MB is this bench's work, not the API's.
  const fileOf = (name: string, body: Buffer) => {
    const file = join(filesDir, name);
    writeFileSync(file, body);
    return file;
  };
  const upload = async (name: string, file: string) => {
    const { stdout } = await execFileAsync(
      process.execPath,
      ['--input-type=module', '-e', SENDER, `${api.url}/import`, name, file, auth.authorization],
      { maxBuffer: 64 * 1024 * 1024 },
    );
    return JSON.parse(stdout) as { status: number; body: { outcome?: string; transactions?: number } };
  };
  try {
    const fmt = (r: { ms: number; maxMs: number; p99Ms: number }) =>
      `took ${r.ms} ms, event loop max ${r.maxMs.toFixed(0)} ms, p99 ${r.p99Ms.toFixed(0)} ms`;
    const idle = await stallOf(() => sleep(3_000));
    console.log(`idle 3 s: ${fmt(idle)}`);
    const bomb = xlsxBomb({ compressedBytes: 19 * MB, unpackedBytes: 312 * MB });
    const bombFile = fileOf('s4.xlsx', bomb);
    const bombs = await stallOf(() => Promise.all([1, 2, 3].map((n) => upload(`s4-${n}.xlsx`, bombFile))));
    console.log(
      `3 × S4 workbook (${(bomb.length / MB).toFixed(1)} MB): HTTP ${bombs.value.map((b) => b.status).join(', ')}; ${fmt(bombs)}`,
    );
    const csv = institutionsCsv('stall', rows, '26');
    const csvFile = fileOf('instytucje.csv', csv);
    const large = await stallOf(() => upload('instytucje.csv', csvFile));
    console.log(
      `valid CSV of ${rows} rows (${(csv.length / MB).toFixed(1)} MB): HTTP ${large.value.status} ${large.value.body.outcome}, ${large.value.body.transactions} transactions; ${fmt(large)}`,
    );
    console.log(
      `load average ${loadavg()
        .map((l) => l.toFixed(2))
        .join(' ')}`,
    );
  } finally {
    await api.stop();
  }
} finally {
  await db.stop();
  rmSync(dataDir, { recursive: true, force: true });
  rmSync(filesDir, { recursive: true, force: true });
}
