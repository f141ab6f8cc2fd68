import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createDriver } from '../../server/src/db/driver.js';
import { findFreePort } from '../../server/src/db/embedded.js';
import { superviseEmbeddedNeo4j } from '../../server/src/db/supervise.js';

// `node --import tsx test/bench/db-recovery.ts [--runs 5]`: kill -9 of the supervised embedded
// Neo4j, and the time until it answers a query again (the supervisor's backoff, the JVM start,
// Neo4j's recovery). Prints each run, the median and the load average; a fresh data directory.
const { values } = parseArgs({ options: { runs: { type: 'string', default: '5' } } });
const runs = Number(values.runs);
const dataDir = mkdtempSync(join(tmpdir(), 'splot-recovery-'));
const log = { info: () => {}, warn: () => {}, error: (o: object, m: string) => console.error(m, o) };
const db = await superviseEmbeddedNeo4j({
  port: await findFreePort(),
  dataDir,
  heap: '384m',
  pageCache: '32m',
  log,
});
const driver = createDriver({ uri: db.uri, user: db.user, password: db.password, connectTimeoutMs: 1_000 });
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const times: number[] = [];
try {
  await driver.executeQuery('CREATE (:RecoveryProbe {at: datetime()})');
  for (let run = 1; run <= runs; run += 1) {
    const pid = db.pid as number;
    const killedAt = performance.now();
    process.kill(pid, 'SIGKILL');
    for (;;) {
      await sleep(100);
      try {
        await driver.executeQuery('MATCH (p:RecoveryProbe) RETURN count(p) AS n');
        if (db.pid !== pid) break;
      } catch {
        // still down
      }
    }
    const ms = performance.now() - killedAt;
    times.push(ms);
    console.log(
      `run ${run}: answered again ${(ms / 1000).toFixed(1)} s after kill -9 (load ${loadavg()
        .map((l) => l.toFixed(1))
        .join(' ')})`,
    );
    await sleep(61_000); // past the supervisor's stable time, so each run starts from the first backoff step
  }
  const sorted = [...times].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)] ?? 0;
  console.log(
    JSON.stringify({
      runs,
      medianMs: Math.round(median),
      timesMs: times.map(Math.round),
      loadavg: loadavg(),
    }),
  );
} finally {
  await driver.close();
  await db.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
