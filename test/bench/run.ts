/**
 * `pnpm bench`: loads synthetic Poland into a fresh embedded Neo4j (temporary data directory, 4g
 * heap / 2g page cache) and measures loading, areaNetwork through GraphQL and through the driver,
 * the analytics and export endpoints when the server has them, and the explorer's canvas in
 * headless chromium. Prints a table and writes results.json under SPLOT_BENCH_DIR (default ~/.cache/splot-bench). Not a test: nothing here fails
 * on a slow figure; docs/benchmarks.md compares the figures with the targets.
 *
 *   pnpm bench [--size L|M|S] [--seed 1] [--skip areaNetwork,canvas,export,analytics,cached] [--out FILE]
 *              [--neo4j-uri bolt://… (a database loaded before)] [--powiats 30] [--wire-powiat 1461]
 *              [--export-mode institutions|affiliations] (default: the voivodeship one-mode, the country
 *              two-mode: the country's one-mode file is ≈50 GB of ties at L, which no reader opens)
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, freemem, loadavg, tmpdir, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { bulkLoad } from '../../server/src/db/bulk-load.js';
import { createDriver } from '../../server/src/db/driver.js';
import { findFreePort, startEmbeddedNeo4j } from '../../server/src/db/embedded.js';
import { applySchema } from '../../server/src/db/schema.js';
import { paths } from '../../server/src/paths.js';
import { readAreas } from '../../server/src/seed/read-seed.js';
import { seedDatabase } from '../../server/src/seed/seed-database.js';
import {
  generateSyntheticPoland,
  rowCounts,
  rowsDigest,
  type SyntheticSize,
} from '../../server/src/synthetic/generate.js';
import { Random } from '../../server/src/synthetic/random.js';
import { startApiProcess } from './api-process.js';
import type { BenchLayout } from './canvas/types.js';
import { benchCanvas, type CanvasCase } from './canvas-bench.js';
import {
  benchCliExport,
  benchHttpExport,
  type CliExportResult,
  type ExportResult,
  findExportUrl,
} from './export-bench.js';
import {
  type Availability,
  benchAreaNetwork,
  benchCachedAreaNetwork,
  benchField,
  MISSING_PARTNERS,
  Schema,
  SECTOR_MATRIX,
  type WireBytes,
  wireBytes,
} from './graphql-bench.js';
import { networkOfSize } from './networks.js';
import { benchOutDir } from './out-dir.js';
import { loadPhases, phaseFigures, printTable } from './report.js';
import type { Summary } from './stats.js';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const { values } = parseArgs({
  options: {
    size: { type: 'string', default: 'L' },
    seed: { type: 'string', default: '1' },
    skip: { type: 'string', default: '' },
    out: { type: 'string', default: join(benchOutDir(), 'results.json') },
    heap: { type: 'string', default: '4g' },
    pagecache: { type: 'string', default: '2g' },
    'canvas-sizes': { type: 'string', default: '1000,5000,10000' },
    layouts: { type: 'string', default: 'app,grid' },
    // The exports' network: one-mode (institutions, the default of the export) or two-mode.
    'export-mode': { type: 'string', default: '' },
    // Development only: measure a database that is already loaded (no load figure then).
    'neo4j-uri': { type: 'string' },
    // The powiat whose areaNetwork's bytes on the wire are reported (issue 18: 1461 at L); when
    // the data has no such powiat (S, M), the sample's powiat with the most ties.
    'wire-powiat': { type: 'string', default: '1461' },
    // How many powiats the areaNetwork and analytics figures sample (fewer: a quicker check).
    powiats: { type: 'string', default: '30' },
  },
});
const size = values.size as SyntheticSize;
const seed = Number(values.seed);
const skip = new Set(values.skip.split(',').filter(Boolean));
type ExportMode = 'institutions' | 'affiliations';
const exportModeArg = values['export-mode'];
if (exportModeArg !== '' && exportModeArg !== 'institutions' && exportModeArg !== 'affiliations') {
  throw new Error(`--export-mode must be institutions or affiliations, not "${exportModeArg}"`);
}
const modeOf = (area: 'voivodeship' | 'country'): ExportMode =>
  exportModeArg || (area === 'voivodeship' ? 'institutions' : 'affiliations');
const log = (message: string) => console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}`);

export interface BenchResults {
  startedAt: string;
  machine: {
    cpus: number;
    cpuModel: string;
    memoryGb: number;
    freeMemoryGb: number;
    node: string;
    neo4jHeap: string;
    neo4jPageCache: string;
    /** 1-minute load average when the bench started and when it ended (other work on the machine). */
    loadAverage: { atStart: number; atEnd: number };
  };
  dataset: {
    size: SyntheticSize;
    seed: number;
    digest: string;
    rows: Record<string, number>;
    generateSeconds: number;
  };
  load: {
    seconds: number;
    rows: number;
    written: number;
    rowsPerSecond: number;
    kinds: Record<string, { rows: number; seconds: number; rowsPerSecond: number }>;
  };
  areaNetwork?: Awaited<ReturnType<typeof benchAreaNetwork>>;
  /** One powiat's areaNetwork in bytes on the wire, as the web app asks it and in the documented shape. */
  areaNetworkWire?: WireBytes;
  /** The same query answered from the API's read cache: what a repeated public view costs. */
  areaNetworkCached?: Summary;
  sectorMatrix?: Availability<Summary & { query: string }>;
  missingPartners?: Availability<Summary & { query: string }>;
  exports?: {
    /** The voivodeship's and the country's network mode, "institutions / affiliations". */
    mode: string;
    voivodeship: Availability<ExportResult>;
    country: Availability<ExportResult>;
    cliVoivodeship?: Availability<CliExportResult>;
    cliCountry?: Availability<CliExportResult>;
  };
  canvas?: CanvasCase[];
  totalSeconds: number;
}

const started = performance.now();
const loadAtStart = Math.round((loadavg()[0] ?? 0) * 10) / 10;
const reuse = values['neo4j-uri'];
const dataDir = reuse ? null : mkdtempSync(join(tmpdir(), 'splot-bench-neo4j-'));
if (dataDir) log(`fresh embedded Neo4j in ${dataDir} (heap ${values.heap}, page cache ${values.pagecache})`);
const db = dataDir
  ? await startEmbeddedNeo4j({
      port: await findFreePort(),
      dataDir,
      heap: values.heap,
      pageCache: values.pagecache,
    })
  : null;
const neo4jUri = reuse ?? db?.uri ?? '';
// With --neo4j-uri, NEO4J_PASSWORD (if that server needs one) comes from the environment.
const neo4jPassword = db?.password ?? process.env.NEO4J_PASSWORD ?? '';
process.env.NEO4J_PASSWORD = neo4jPassword; // the API and CLI processes started below inherit it
const driver = createDriver({ uri: neo4jUri, password: neo4jPassword });
let api: Awaited<ReturnType<typeof startApiProcess>> | null = null;
try {
  await applySchema(driver);
  if (!reuse) await seedDatabase(driver);

  const t = performance.now();
  const { rows } = generateSyntheticPoland({
    size,
    seed,
    realAreas: readAreas(join(paths.seed, 'areas.csv')),
  });
  const generateSeconds = (performance.now() - t) / 1000;
  const counts = rowCounts(rows);
  log(`generated ${size} (seed ${seed}) in ${generateSeconds.toFixed(1)} s: ${JSON.stringify(counts)}`);

  let lastLog = 0;
  const report = reuse
    ? { rows: 0, written: 0, ms: 0, rowsPerSecond: 0, kinds: {} }
    : await bulkLoad(driver, rows, {
        onBatch: ({ kind, done, total, elapsedMs }) => {
          if (elapsedMs - lastLog > 10_000 || done === total) {
            lastLog = elapsedMs;
            log(`  load ${kind} ${done}/${total} (${(elapsedMs / 1000).toFixed(0)} s)`);
          }
        },
      });
  log(
    `loaded ${report.rows} rows in ${(report.ms / 1000).toFixed(1)} s (${report.rowsPerSecond} rows/s)${'fulltextMs' in report && report.fulltextMs !== undefined ? `, of which the full-text index built at the end ${(report.fulltextMs / 1000).toFixed(1)} s` : ''}`,
  );
  const results: BenchResults = {
    startedAt: new Date().toISOString(),
    machine: {
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model ?? 'unknown',
      memoryGb: Math.round(totalmem() / 2 ** 30),
      freeMemoryGb: Math.round(freemem() / 2 ** 30),
      node: process.version,
      neo4jHeap: values.heap,
      neo4jPageCache: values.pagecache,
      loadAverage: { atStart: loadAtStart, atEnd: 0 },
    },
    dataset: {
      size,
      seed,
      digest: rowsDigest(rows).slice(0, 16),
      rows: counts,
      generateSeconds: Math.round(generateSeconds * 10) / 10,
    },
    load: {
      seconds: Math.round(report.ms / 100) / 10,
      rows: report.rows,
      written: report.written,
      rowsPerSecond: report.rowsPerSecond,
      kinds: phaseFigures(report.kinds as Record<string, { rows: number; ms: number }>),
    },
    totalSeconds: 0,
  };
  if (!reuse) log(`  ${loadPhases(results.load.kinds)}`);

  // The anonymous read cache (READ_CACHE_MS, on by default) would answer a repeated query from
  // memory: every figure below is of answers computed afresh. The cached case is measured apart.
  api = await startApiProcess(neo4jUri, await findFreePort(), { READ_CACHE_MS: '0' });
  log(`API up at ${api.url} (pid ${api.pid})`);
  // The API reads its analytics snapshot (read-affiliation-snapshot.ts) in the background at
  // start-up: wait for it, so it neither competes with the timings below nor is missing from them.
  const snapshotStart = performance.now();
  for (let waited = 0; waited < 300; waited++) {
    // The build's last step holds the event loop for a few seconds: a dropped poll is retried.
    const health = (await fetch(`${api.url}/health`)
      .then((res) => res.json())
      .catch(() => ({ analyticsSnapshot: 'building' }))) as { analyticsSnapshot?: string };
    if (health.analyticsSnapshot !== 'building') {
      log(
        `analytics snapshot ${health.analyticsSnapshot} after ${Math.round(performance.now() - snapshotStart)} ms`,
      );
      break;
    }
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }

  // 30 powiats (--powiats) drawn with the seed, among those that hold institutions.
  const { records } = await driver.executeQuery(
    `MATCH (p:Area {level: 'POWIAT'}) WHERE EXISTS { (:Institution)-[:LOCATED_IN]->(:Area)-[:PART_OF]->(p) }
     RETURN p.teryt AS teryt ORDER BY teryt`,
  );
  const all = records.map((r) => r.get('teryt') as string);
  const random = new Random(seed, 'bench-powiats');
  const powiats = [...all];
  for (let i = powiats.length - 1; i > 0; i--) {
    const j = random.int(0, i);
    [powiats[i], powiats[j]] = [powiats[j] as string, powiats[i] as string];
  }
  const sample = powiats.slice(0, Number(values.powiats));
  // Written after every phase, so a run stopped halfway still leaves its figures.
  const save = () => {
    results.totalSeconds = Math.round((performance.now() - started) / 1000);
    results.machine.loadAverage.atEnd = Math.round((loadavg()[0] ?? 0) * 10) / 10;
    mkdirSync(dirname(values.out), { recursive: true });
    writeFileSync(values.out, `${JSON.stringify(results, null, 2)}\n`);
  };
  save();
  if (!skip.has('areaNetwork')) {
    log(`areaNetwork: ${sample.length} powiats, GraphQL over HTTP vs the driver`);
    results.areaNetwork = await benchAreaNetwork(api.url, driver, sample);
    for (const r of results.areaNetwork.refused) log(`  refused ${r.teryt}: ${r.reason}`);
    save();
    const named = values['wire-powiat'];
    const wirePowiat = all.includes(named)
      ? named
      : (
          await Promise.all(
            sample.map(async (teryt) => {
              const rows = await driver.executeQuery(
                `MATCH (i:Institution)-[:LOCATED_IN]->(:Area)-[:PART_OF*0..1]->(:Area {teryt: $teryt})
               RETURN count { (i)-[:MEMBER_OF|TAKES_PART]->() } AS n`,
                { teryt },
              );
              return { teryt, n: rows.records.reduce((sum, r) => sum + Number(r.get('n')), 0) };
            }),
          )
        ).sort((a, b) => b.n - a.n)[0]?.teryt;
    if (wirePowiat) {
      log(`areaNetwork bytes on the wire for powiat ${wirePowiat}`);
      try {
        results.areaNetworkWire = await wireBytes(api.url, wirePowiat);
      } catch (error) {
        log(`  not measured: ${error instanceof Error ? error.message : String(error)}`);
      }
      save();
    }
  }
  if (!skip.has('cached')) {
    // No analytics snapshot: its background read would compete with the figures of this API.
    const cachedApi = await startApiProcess(neo4jUri, await findFreePort(), {
      READ_CACHE_MS: '600000',
      ANALYTICS_SNAPSHOT: 'false',
    });
    try {
      log('areaNetwork answered from the read cache (a second API with READ_CACHE_MS=600000)');
      const refused = new Set((results.areaNetwork?.refused ?? []).map((r) => r.teryt));
      results.areaNetworkCached = await benchCachedAreaNetwork(
        cachedApi.url,
        sample.filter((teryt) => !refused.has(teryt)),
      );
    } finally {
      await cachedApi.stop();
    }
    save();
  }

  if (!skip.has('analytics')) {
    const schema = await Schema.read(api.url);
    results.sectorMatrix = await benchField(
      api.url,
      schema,
      'sectorMatrix',
      SECTOR_MATRIX,
      sample.map((teryt) => ({ teryt })),
    );
    // One institution with at least one tie per sampled powiat, drawn with the seed.
    const pick = new Random(seed, 'bench-institutions');
    const ids = (
      await driver.executeQuery(
        `UNWIND $powiats AS p MATCH (i:Institution)-[:LOCATED_IN]->(:Area)-[:PART_OF]->(:Area {teryt: p})
         WHERE EXISTS { (i)-[:MEMBER_OF|TAKES_PART]->() }
         WITH p, i ORDER BY i.id
         RETURN p, collect(i.id) AS ids ORDER BY p`,
        { powiats: sample },
      )
    ).records.map((r) => pick.pick(r.get('ids') as string[]));
    results.missingPartners = await benchField(
      api.url,
      schema,
      'missingPartners',
      MISSING_PARTNERS,
      ids.map((id) => ({ id, limit: 10 })),
    );
    log(
      `sectorMatrix: ${JSON.stringify(results.sectorMatrix)}; missingPartners: ${JSON.stringify(results.missingPartners)}`,
    );
    save();
  }

  const largest = (
    await driver.executeQuery(
      `MATCH (v:Area {level: 'VOIVODESHIP'})
       RETURN v.teryt AS teryt, COUNT { (:Institution)-[:LOCATED_IN]->(:Area)-[:PART_OF*0..2]->(v) } AS n
       ORDER BY n DESC LIMIT 1`,
    )
  ).records[0]?.get('teryt') as string;

  if (!skip.has('export')) {
    const exportOf = async (candidates: string[], mode: ExportMode): Promise<Availability<ExportResult>> => {
      const url = await findExportUrl(
        candidates.map((c) => `${api?.url}/export/${c}.gexf?mode=${mode.toUpperCase()}`),
      );
      if (!url || !api)
        return { available: false, reason: `no GEXF export at /export/{${candidates.join('|')}}.gexf` };
      log(`export ${url}`);
      try {
        return { available: true, result: await benchHttpExport(url, api.pid) };
      } catch (error) {
        return { available: false, reason: error instanceof Error ? error.message : String(error) };
      }
    };
    results.exports = {
      mode: `${modeOf('voivodeship')} / ${modeOf('country')}`,
      voivodeship: await exportOf([largest], modeOf('voivodeship')),
      country: await exportOf(['PL', 'pl', 'all', 'poland'], modeOf('country')),
    };
    const cli = async (area: string, mode: ExportMode): Promise<Availability<CliExportResult>> => {
      if (!existsSync(join(repoRoot, 'server', 'src', 'cli', 'export.ts'))) {
        return { available: false, reason: 'no server/src/cli/export.ts' };
      }
      log(`pnpm export --area ${area} --format gexf`);
      try {
        return {
          available: true,
          result: await benchCliExport(neo4jUri, area, join(tmpdir(), `splot-bench-${area}.gexf`), mode),
        };
      } catch (error) {
        return { available: false, reason: error instanceof Error ? error.message : String(error) };
      }
    };
    results.exports.cliVoivodeship = await cli(largest, modeOf('voivodeship'));
    results.exports.cliCountry = await cli('PL', modeOf('country'));
    save();
  }

  if (!skip.has('canvas')) {
    const sizes = values['canvas-sizes'].split(',').map(Number);
    const networks = [];
    for (const n of sizes) networks.push(await networkOfSize(driver, largest, n));
    log(`canvas: ${networks.map((n) => `${n.nodes.length} nodes/${n.edges.length} edges`).join(', ')}`);
    results.canvas = [];
    await benchCanvas(networks, values.layouts.split(',') as BenchLayout[], {
      timeoutMs: 60_000,
      onCase: (c) => {
        results.canvas?.push(c);
        save();
        log(
          `  canvas ${c.nodes} ${c.renderer} ${c.layout}: ${c.firstFrameMs ?? '—'} ms, ${c.panFps ?? '—'} fps, sigma.js ${c.sigmaFirstFrameMs ?? '—'} ms (×${c.vsSigma ?? '—'}) ${c.note ?? ''}`,
        );
      },
    });
  }

  save();
  printTable(results);
  log(`wrote ${values.out}`);
} finally {
  await api?.stop();
  await driver.close();
  await db?.stop();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
}
