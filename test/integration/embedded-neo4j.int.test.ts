import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import neo4j, { type Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type EmbeddedNeo4j,
  findFreePort,
  PASSWORD_FILE,
  startEmbeddedNeo4j,
} from '../../server/src/db/embedded.js';

// Starting Neo4j takes 20-40 s on an idle machine and minutes on a busy one.
const HOOK_TIMEOUT = 360_000;

async function withDriver<T>(db: EmbeddedNeo4j, work: (driver: Driver) => Promise<T>): Promise<T> {
  const driver = neo4j.driver(db.uri, neo4j.auth.basic(db.user, db.password));
  try {
    return await work(driver);
  } finally {
    await driver.close();
  }
}

async function apocFunctions(driver: Driver, names: string[]): Promise<string[]> {
  const { records } = await driver.executeQuery(
    'SHOW FUNCTIONS YIELD name WHERE name IN $names RETURN name ORDER BY name',
    { names },
  );
  return records.map((r) => r.get('name') as string);
}

describe('embedded Neo4j launcher', () => {
  let dataDir: string;
  let port: number;
  let db: EmbeddedNeo4j | undefined;
  const logs: string[] = [];

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'splot-neo4j-'));
    port = await findFreePort();
    db = await startEmbeddedNeo4j({
      port,
      dataDir,
      heap: '512m',
      pageCache: '64m',
      readyTimeoutMs: HOOK_TIMEOUT - 10_000,
      onLog: (l) => logs.push(l),
    });
  }, HOOK_TIMEOUT);

  afterAll(async () => {
    await db?.stop();
    await rm(dataDir, { recursive: true, force: true });
  }, HOOK_TIMEOUT);

  it('serves Bolt on 127.0.0.1 only with the password kept (0600) in the data directory, with APOC core loaded', async () => {
    if (!db) throw new Error('not started');
    expect(db.uri).toBe(`bolt://127.0.0.1:${port}`);
    expect(db.port).toBe(port);
    expect(db.dataDir).toBe(dataDir);
    // Neo4j's own logging goes to files; the launcher's few lines reach onLog.
    expect(logs.some((line) => line.includes('ready in'))).toBe(true);

    await withDriver(db, async (driver) => {
      const { records } = await driver.executeQuery('RETURN apoc.version() AS version');
      expect(String(records[0]?.get('version'))).toMatch(/^5\.26/);

      // The APOC functions @neo4j/graphql checks for.
      expect(await apocFunctions(driver, ['apoc.date.convertFormat', 'apoc.util.validatePredicate'])).toEqual(
        ['apoc.date.convertFormat', 'apoc.util.validatePredicate'],
      );
      const converted = await driver.executeQuery(
        "RETURN apoc.date.convertFormat('2024-03-05', 'yyyy-MM-dd', 'dd.MM.yyyy') AS d",
      );
      expect(converted.records[0]?.get('d')).toBe('05.03.2024');
    });
  });

  it('refuses a local driver without credentials or with a wrong password', async () => {
    if (!db) throw new Error('not started');
    const file = path.join(dataDir, PASSWORD_FILE);
    expect((await readFile(file, 'utf8')).trim()).toBe(db.password);
    expect(db.password.length).toBeGreaterThanOrEqual(24);
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    for (const auth of [
      undefined,
      neo4j.auth.basic('neo4j', 'neo4j'),
      neo4j.auth.basic('neo4j', `${db.password}x`),
    ]) {
      const driver = neo4j.driver(db.uri, auth);
      try {
        await expect(driver.executeQuery('MATCH (n) RETURN count(n) AS n')).rejects.toMatchObject({
          code: expect.stringMatching(/^Neo\.ClientError\.Security\./),
        });
      } finally {
        await driver.close();
      }
    }
  });

  it(
    'keeps data across a restart on the same data directory',
    async () => {
      if (!db) throw new Error('not started');
      await withDriver(db, (driver) =>
        driver.executeQuery("CREATE (:SplotProbe {id: 'restart-probe', at: datetime()})"),
      );
      await db.stop();
      await db.stop(); // idempotent
      db = undefined;

      db = await startEmbeddedNeo4j({
        port,
        dataDir,
        heap: '512m',
        pageCache: '64m',
        readyTimeoutMs: HOOK_TIMEOUT - 10_000,
      });
      const { records } = await withDriver(db, (driver) =>
        driver.executeQuery("MATCH (p:SplotProbe {id: 'restart-probe'}) RETURN count(p) AS n"),
      );
      expect(records[0]?.get('n').toNumber()).toBe(1);
    },
    HOOK_TIMEOUT,
  );

  it(
    'refuses to start on a port that is in use, saying which port',
    async () => {
      const blocker: Server = createServer();
      const busyPort = await findFreePort();
      await new Promise<void>((resolve) => blocker.listen(busyPort, '127.0.0.1', resolve));
      const otherDir = await mkdtemp(path.join(os.tmpdir(), 'splot-neo4j-busy-'));
      try {
        await expect(startEmbeddedNeo4j({ port: busyPort, dataDir: otherDir })).rejects.toThrow(
          `port ${busyPort} is already in use`,
        );
      } finally {
        await new Promise<void>((resolve) => blocker.close(() => resolve()));
        await rm(otherDir, { recursive: true, force: true });
      }
    },
    HOOK_TIMEOUT,
  );

  it(
    'refuses to start on the port of a running instance',
    async () => {
      if (!db) throw new Error('not started');
      const otherDir = await mkdtemp(path.join(os.tmpdir(), 'splot-neo4j-busy-'));
      try {
        await expect(startEmbeddedNeo4j({ port: db.port, dataDir: otherDir })).rejects.toThrow(
          new RegExp(`port ${db.port}\\b`),
        );
      } finally {
        await rm(otherDir, { recursive: true, force: true });
      }
    },
    HOOK_TIMEOUT,
  );
});
