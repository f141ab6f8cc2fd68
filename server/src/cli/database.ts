import type { Driver } from 'neo4j-driver';
import type { Config } from '../config.js';
import { createDriver } from '../db/driver.js';
import {
  BOLT_USER,
  boltPassword,
  defaultDataDir,
  type EmbeddedNeo4j,
  startEmbeddedNeo4j,
} from '../db/embedded.js';

export interface CliDatabase {
  driver: Driver;
  /** Where the data lives, for the user: the URI, and whether this command started it. */
  description: string;
  close(): Promise<void>;
}

/**
 * The database a command line tool works on: NEO4J_URI if set; else a splot already running on
 * this machine (its embedded Neo4j on NEO4J_PORT holds the data directory's lock); else the
 * embedded Neo4j started for this command and stopped at the end.
 */
export async function openCliDatabase(
  config: Config,
  { txTimeout }: { txTimeout?: string } = {},
): Promise<CliDatabase> {
  if (config.NEO4J_URI) {
    const driver = createDriver({
      uri: config.NEO4J_URI,
      user: config.NEO4J_USER,
      password: config.NEO4J_PASSWORD,
    });
    return { driver, description: config.NEO4J_URI, close: () => driver.close() };
  }
  // The embedded database's password: given by settings, else the one kept with its data.
  const password = config.NEO4J_PASSWORD || (await boltPassword(config.NEO4J_DATA_DIR ?? defaultDataDir()));
  const connect = (uri: string) => createDriver({ uri, user: BOLT_USER, password });
  const running = connect(`bolt://127.0.0.1:${config.NEO4J_PORT}`);
  try {
    await running.verifyConnectivity();
    return {
      driver: running,
      description: `the running embedded database on port ${config.NEO4J_PORT}`,
      close: () => running.close(),
    };
  } catch {
    await running.close();
  }
  const embedded: EmbeddedNeo4j = await startEmbeddedNeo4j({
    port: config.NEO4J_PORT,
    heap: config.NEO4J_HEAP,
    pageCache: config.NEO4J_PAGECACHE,
    password,
    ...(txTimeout ? { txTimeout } : {}),
    ...(config.NEO4J_DATA_DIR ? { dataDir: config.NEO4J_DATA_DIR } : {}),
  });
  const driver = connect(embedded.uri);
  return {
    driver,
    description: `the embedded database in ${embedded.dataDir}`,
    close: async () => {
      await driver.close();
      await embedded.stop();
    },
  };
}

/** A path as the user typed it: relative to where they ran pnpm, not to server/. */
export function userPath(path: string): string {
  const base = process.env.INIT_CWD ?? process.cwd();
  return path.startsWith('/') ? path : `${base.replace(/\/$/, '')}/${path}`;
}
