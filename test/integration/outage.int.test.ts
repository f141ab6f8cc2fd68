import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDriver } from '../../server/src/db/driver.js';
import { type EmbeddedNeo4j, findFreePort, startEmbeddedNeo4j } from '../../server/src/db/embedded.js';
import { applySchema } from '../../server/src/db/schema.js';
import type { Splot } from '../../server/src/startup.js';
import { gqlHttp, startTestApi, uniquePrefix } from '../helpers/api.js';
import { adminHeader } from '../helpers/tokens.js';

// The database goes away under load and comes back. This test runs its OWN embedded Neo4j (the
// shared one stays up for the other test files) and an API connected to it, then checks that
// requests fail fast with DATABASE_UNAVAILABLE/503 while it is down, /ready turns red, the API
// recovers by itself once it is back, and no write is ever half-done.

// Starting Neo4j takes 20-40 s on an idle machine and minutes on a busy one.
const START_TIMEOUT = 360_000;
const prefix = uniquePrefix('outage');
let port: number;
let dataDir: string;
let db: EmbeddedNeo4j | undefined;
let api: Splot;
let admin: Record<string, string>;
const memberIds = ['m1', 'm2'].map((m) => `${prefix}-${m}`);

const startDb = () => startEmbeddedNeo4j({ port, dataDir, heap: '384m', pageCache: '32m' });

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
  createPartnerships(input: [{ name: $name,
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
});
