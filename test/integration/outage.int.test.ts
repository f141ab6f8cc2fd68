import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDriver } from '../../server/src/db/driver.js';
import { findFreePort } from '../../server/src/db/embedded.js';
import { applySchema } from '../../server/src/db/schema.js';
import { type SupervisedNeo4j, superviseEmbeddedNeo4j } from '../../server/src/db/supervise.js';
import { ImportInterruptedError, importFile } from '../../server/src/import/run-import.js';
import type { Splot } from '../../server/src/startup.js';
import { gqlHttp, startTestApi, uniquePrefix } from '../helpers/api.js';
import { institutionsCsv } from '../helpers/import-files.js';
import { adminHeader } from '../helpers/tokens.js';

// The database goes away under load and comes back. This test runs its OWN embedded Neo4j (the
// shared one stays up for the other test files) and an API connected to it, then checks that
// requests fail fast with DATABASE_UNAVAILABLE/503 while it is down, /ready turns red, the API
// recovers by itself once it is back, and no write is ever half-done; then kill -9 of the database,
// which its supervisor restarts (server/src/db/supervise.ts) with no acknowledged write lost.

// Starting Neo4j takes 20-40 s on an idle machine and minutes on a busy one.
const START_TIMEOUT = 360_000;
const prefix = uniquePrefix('outage');
let port: number;
let dataDir: string;
let db: SupervisedNeo4j | undefined;
let api: Splot;
let admin: Record<string, string>;
const memberIds = ['m1', 'm2'].map((m) => `${prefix}-${m}`);

// Supervised as `npm start` runs it: a stop() is meant and stays down; a kill -9 is restarted.
const supervisorLog: string[] = [];
const startDb = () =>
  superviseEmbeddedNeo4j({
    port,
    dataDir,
    heap: '384m',
    pageCache: '32m',
    log: {
      info: (_o, m) => supervisorLog.push(m),
      warn: (_o, m) => supervisorLog.push(m),
      error: (_o, m) => supervisorLog.push(m),
    },
  });

beforeAll(async () => {
  port = await findFreePort();
  dataDir = await mkdtemp(join(tmpdir(), 'splot-outage-'));
  db = await startDb();
  const driver = createDriver({ uri: db.uri, password: db.password });
  try {
    await applySchema(driver);
    await driver.executeQuery(
      `CREATE (v:Area {teryt: '26', name: 'świętokrzyskie', level: 'VOIVODESHIP'})
       WITH v UNWIND $ids AS id
       CREATE (:Institution {id: id, name: id, kind: 'OPS'})-[:LOCATED_IN]->(v)`,
      { ids: memberIds },
    );
  } finally {
    await driver.close();
  }
  // A generous transaction timeout: the first run of each mutation includes planning its Cypher,
  // which takes seconds on a busy machine, and this test is about outages, not slow queries.
  api = await startTestApi({
    NEO4J_URI: db.uri,
    NEO4J_PASSWORD: db.password,
    DB_CONNECT_TIMEOUT_MS: '1000',
    DB_TX_TIMEOUT_MS: '120000',
  });
  admin = await adminHeader();
  // Warm up: plan the read and the write once before the clock matters.
  await attempt('read');
  await attempt('write');
}, START_TIMEOUT);

afterAll(async () => {
  await api?.stop();
  await db?.stop();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
}, START_TIMEOUT);

const READ = '{ institutions(where: { id: { in: $ids } }) { id } }'.replace(
  '$ids',
  JSON.stringify(memberIds),
);
// One write = one partnership, its coverage and two memberships: all of it or nothing.
const WRITE = `mutation ($name: String!, $members: [ID!]!) {
  createPartnerships(input: [{ name: $name, unsourced: true,
    covers: { connect: [{ where: { node: { teryt: { eq: "26" } } } }] },
    members: { connect: [{ where: { node: { id: { in: $members } } } }] } }]) { partnerships { id } } }`;

interface Attempt {
  kind: 'read' | 'write';
  name?: string;
  status: number;
  codes: string[];
  ms: number;
  at: number;
}

let writes = 0;
async function attempt(kind: 'read' | 'write'): Promise<Attempt> {
  const started = Date.now();
  const name = kind === 'write' ? `${prefix} partnership ${++writes}` : undefined;
  const res =
    kind === 'read'
      ? await gqlHttp(api.url, READ)
      : await gqlHttp(api.url, WRITE, { name, members: memberIds }, admin);
  return {
    kind,
    ...(name ? { name } : {}),
    status: res.status,
    codes: (res.body.errors ?? []).map((e) => e.extensions?.code ?? 'NO CODE'),
    ms: Date.now() - started,
    at: started,
  };
}

/** Requests from `clients` callers, one after another each, until `until` resolves. */
async function traffic(clients: number, until: Promise<unknown>): Promise<Attempt[]> {
  let done = false;
  void until.finally(() => {
    done = true;
  });
  const attempts: Attempt[] = [];
  await Promise.all(
    Array.from({ length: clients }, async (_, i) => {
      while (!done) attempts.push(await attempt(i % 2 === 0 ? 'read' : 'write'));
    }),
  );
  return attempts;
}

const ready = async () => (await fetch(`${api.url}/ready`)).status;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('a database outage', () => {
  const seen: Attempt[] = [];
  let downAt = Number.POSITIVE_INFINITY;

  it(
    'fails requests fast with DATABASE_UNAVAILABLE and 503 while the database is down',
    async () => {
      expect(await ready()).toBe(200);
      const healthy = await attempt('write');
      expect(healthy).toMatchObject({ status: 200, codes: [] });
      seen.push(healthy);

      // Stop the database while four callers keep reading and writing, and a little after.
      const stopped = (async () => {
        await sleep(300);
        await db?.stop();
        downAt = Date.now();
        await sleep(2_000);
      })();
      const during = await traffic(4, stopped);
      seen.push(...during);
      expect(during.length).toBeGreaterThan(4);
      for (const a of during) {
        // Acknowledged (200 without errors) or refused as unavailable: nothing in between.
        const outcome = `${a.status} ${a.codes.join(',')}`.trim();
        expect(['200', '503 DATABASE_UNAVAILABLE']).toContain(outcome);
      }
      expect(during.some((a) => a.status === 503)).toBe(true);

      // Fully down now: every request is answered within a few seconds, /ready is red.
      for (const kind of ['read', 'write', 'read'] as const) {
        const a = await attempt(kind);
        seen.push(a);
        expect(a).toMatchObject({ status: 503, codes: ['DATABASE_UNAVAILABLE'] });
        expect(a.ms).toBeLessThan(6_000);
      }
      const started = Date.now();
      expect(await ready()).toBe(503);
      expect(Date.now() - started).toBeLessThan(4_000);
      // An import while the database is down: 503 with the same code, nothing to resume.
      const imported = await fetch(`${api.url}/import`, {
        method: 'POST',
        headers: { 'x-file-name': 'instytucje.csv', ...admin },
        body: new Uint8Array(institutionsCsv(`${prefix}-down`, 10, '26')),
      });
      expect(imported.status).toBe(503);
      expect(await imported.json()).toMatchObject({ code: 'DATABASE_UNAVAILABLE' });
    },
    START_TIMEOUT,
  );

  it(
    'recovers without a restart once the database is back, with no half-done write',
    async () => {
      const restartAt = Date.now();
      await db?.stop(); // already stopped, unless the first test failed early
      db = await startDb();
      const deadline = Date.now() + 240_000;
      while ((await ready()) !== 200) {
        expect(Date.now()).toBeLessThan(deadline);
        await sleep(500);
      }
      const read = await attempt('read');
      const write = await attempt('write');
      expect(read).toMatchObject({ status: 200, codes: [] });
      expect(write).toMatchObject({ status: 200, codes: [] });
      seen.push(write);

      // Every partnership that exists is whole; every acknowledged write exists; no write
      // refused while the database was down exists.
      const { records } = await api.driver.executeQuery(
        `MATCH (p:Partnership) WHERE p.name STARTS WITH $prefix
         RETURN p.name AS name, COUNT { (p)-[:COVERS]->() } AS covers, COUNT { (p)<-[:MEMBER_OF]-() } AS members`,
        { prefix },
      );
      const stored = new Map(
        records.map((r) => [r.get('name') as string, [r.get('covers'), r.get('members')]]),
      );
      for (const parts of stored.values()) expect(parts).toEqual([1, 2]);
      const writesSeen = seen.filter((a) => a.kind === 'write');
      const acknowledged = writesSeen.filter((w) => w.status === 200 && w.codes.length === 0);
      for (const a of acknowledged) expect(stored.has(a.name ?? ''), `${a.name} was acknowledged`).toBe(true);
      const refusedWhileDown = writesSeen.filter((w) => w.at > downAt && w.at < restartAt);
      expect(refusedWhileDown.length).toBeGreaterThan(0);
      for (const a of refusedWhileDown) {
        expect(a.status).toBe(503);
        expect(stored.has(a.name ?? '')).toBe(false);
      }
    },
    START_TIMEOUT,
  );
  it(
    'comes back by itself after kill -9 of the database: the supervisor restarts it, no acknowledged write lost',
    async () => {
      expect(await ready()).toBe(200);
      const pid = db?.pid as number;
      const restartsBefore = db?.restarts ?? 0;
      let killedAt = 0;
      let greenAt = 0;
      // Four callers keep reading and writing through the kill, until /ready is green again.
      const recovered = (async () => {
        await sleep(300);
        process.kill(pid, 'SIGKILL');
        killedAt = Date.now();
        const deadline = killedAt + 300_000;
        while ((await ready()) !== 200) {
          if (Date.now() > deadline)
            throw new Error(`not ready 300 s after kill -9: ${supervisorLog.join('; ')}`);
          await sleep(500);
        }
        greenAt = Date.now();
      })();
      const during = await traffic(4, recovered);
      await recovered;
      console.log(`[outage] ready again ${((greenAt - killedAt) / 1000).toFixed(1)} s after kill -9`);
      expect(db?.pid).not.toBe(pid);
      expect(db?.restarts).toBe(restartsBefore + 1);
      expect(supervisorLog).toContain('embedded Neo4j is down; restarting it');
      for (const a of during) {
        const outcome = `${a.status} ${a.codes.join(',')}`.trim();
        expect(['200', '503 DATABASE_UNAVAILABLE']).toContain(outcome);
      }
      expect(during.some((a) => a.status === 503)).toBe(true);
      const after = await attempt('write');
      expect(after).toMatchObject({ status: 200, codes: [] });
      during.push(after);

      const { records } = await api.driver.executeQuery(
        `MATCH (p:Partnership) WHERE p.name IN $names
         RETURN p.name AS name, COUNT { (p)-[:COVERS]->() } AS covers, COUNT { (p)<-[:MEMBER_OF]-() } AS members`,
        { names: during.filter((a) => a.kind === 'write').map((a) => a.name) },
      );
      const stored = new Map(
        records.map((r) => [r.get('name') as string, [r.get('covers'), r.get('members')]]),
      );
      for (const parts of stored.values()) expect(parts).toEqual([1, 2]);
      const acknowledged = during.filter(
        (a) => a.kind === 'write' && a.status === 200 && a.codes.length === 0,
      );
      expect(acknowledged.length).toBeGreaterThan(1);
      for (const a of acknowledged) expect(stored.has(a.name ?? ''), `${a.name} was acknowledged`).toBe(true);
    },
    START_TIMEOUT,
  );
  it(
    'an import cut by kill -9 of the database leaves nothing or a resumable state; importing again finishes it',
    async () => {
      expect(await ready()).toBe(200);
      const rows = 6_000;
      const file = institutionsCsv(`${prefix}-imp`, rows, '26');
      const count = async () => {
        const { records } = await api.driver.executeQuery(
          'MATCH (i:Institution) WHERE i.id STARTS WITH $p RETURN count(i) AS n',
          { p: `${prefix}-imp-` },
        );
        return Number(records[0]?.get('n'));
      };
      // Batches of 2,000 rows (after one of the sectors, if the database lacks them); the database
      // is killed once the first batch of institutions is committed, while the next is written.
      let killed = false;
      const first = await importFile(api.driver, 'instytucje.csv', file, {
        batchRows: 2_000,
        onProgress: (stage, done) => {
          if (stage === 'write' && done >= 4_000 && !killed) {
            killed = true;
            process.kill(db?.pid as number, 'SIGKILL');
          }
        },
      }).then(
        (report) => ({ report, error: null }),
        (error: unknown) => ({ report: null, error }),
      );
      expect(killed).toBe(true);
      while ((await ready()) !== 200) await sleep(500);
      const present = await count();
      // The driver may retry a batch once the supervisor has the database back: then the import
      // completed. Otherwise it either wrote nothing (its first batch failed) or says how far it got.
      if (first.report) {
        expect(first.report.outcome).toBe('applied');
        expect(present).toBe(rows);
      } else if (first.error instanceof ImportInterruptedError) {
        expect(first.error.writtenRows).toBeGreaterThan(0);
        expect(first.error.writtenRows).toBeLessThan(first.error.totalRows);
        expect(first.error.message).toMatch(/Import the same file again to finish it/);
        expect(present).toBeGreaterThan(0);
        expect(present).toBeLessThan(rows);
      } else {
        expect(present).toBe(0);
      }
      console.log(
        `[outage] import cut by kill -9: ${first.report ? 'completed after the restart' : first.error instanceof ImportInterruptedError ? `interrupted, ${present} of ${rows} rows written` : 'nothing written'}`,
      );
      // The same file again writes exactly what is missing.
      const again = await importFile(api.driver, 'instytucje.csv', file, { batchRows: 2_000 });
      expect(again.problems).toEqual([]);
      expect(again.summary.institutions.create).toBe(rows - present);
      expect(again.summary.institutions.unchanged).toBe(present);
      expect(await count()).toBe(rows);
      await api.driver.executeQuery('MATCH (i:Institution) WHERE i.id STARTS WITH $p DETACH DELETE i', {
        p: `${prefix}-imp-`,
      });
    },
    START_TIMEOUT,
  );
});
