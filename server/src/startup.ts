import { createServer, type RequestListener, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Driver } from 'neo4j-driver';
import {
  stopSnapshots,
  warmSnapshot,
} from './analytics/missing-partners/snapshot/read-affiliation-snapshot.js';
import { type Config, networkLimits } from './config.js';
import { createDriver } from './db/driver.js';
import { applySchema } from './db/schema.js';
import { type SupervisedNeo4j, superviseEmbeddedNeo4j } from './db/supervise.js';
import { buildSchema } from './graphql/schema.js';
import { createApp } from './http/app.js';
import { createLogger } from './logger.js';
import { hasNoDemoData, seedDatabase } from './seed/seed-database.js';

export interface Splot {
  url: string;
  driver: Driver;
  /** The embedded database, restarted whenever it dies; null with NEO4J_URI. */
  embedded: SupervisedNeo4j | null;
  stop(): Promise<void>;
}

/** Starts everything: the embedded database (unless NEO4J_URI is set), schema, demo data, API, web app. */
export async function startSplot(config: Config): Promise<Splot> {
  const logger = createLogger(config.LOG_LEVEL);
  let embedded: SupervisedNeo4j | null = null;
  if (!config.NEO4J_URI) {
    logger.info({ port: config.NEO4J_PORT }, 'starting embedded Neo4j');
    embedded = await superviseEmbeddedNeo4j({
      log: logger.child({ component: 'neo4j-supervisor' }),
      ...(config.NEO4J_PASSWORD ? { password: config.NEO4J_PASSWORD } : {}),
      port: config.NEO4J_PORT,
      heap: config.NEO4J_HEAP,
      pageCache: config.NEO4J_PAGECACHE,
      txTimeout: `${config.DB_TX_TIMEOUT_MS}ms`,
      ...(config.NEO4J_DATA_DIR ? { dataDir: config.NEO4J_DATA_DIR } : {}),
    });
  }
  const uri = config.NEO4J_URI ?? embedded?.uri ?? '';
  const user = embedded?.user ?? config.NEO4J_USER;
  const password = embedded?.password ?? config.NEO4J_PASSWORD;
  const driver = createDriver({
    uri,
    user,
    password,
    connectTimeoutMs: config.DB_CONNECT_TIMEOUT_MS,
  });
  try {
    await waitForDatabase(driver);
    const statements = await applySchema(driver);
    logger.info({ uri, statements }, 'schema applied');
    if (config.SEED_DEMO && (await hasNoDemoData(driver))) {
      const written = await seedDatabase(driver);
      logger.info({ written }, 'demo data loaded into the empty database');
    }
    const schema = await buildSchema(driver, {
      anonymousRead: config.ANONYMOUS_READ,
      pageSizeMax: config.PAGE_SIZE_MAX,
      limits: networkLimits(config),
      ...(config.JWT_SECRET ? { jwtSecret: config.JWT_SECRET } : {}),
      ...(config.JWKS_URL ? { jwksUrl: config.JWKS_URL } : {}),
    });
    logger.info(describeAccess(config), 'access control');
    const { app, stop: stopApp } = await createApp({
      schema,
      driver,
      database: { uri, user, ...(password ? { password } : {}) },
      logger,
      config,
    });
    const server = await listen(app, config.PORT, config.HOST);
    const { port } = server.address() as AddressInfo;
    // Read in the background: until it is ready (and after any write) requests use Cypher.
    if (config.ANALYTICS_SNAPSHOT) void warmSnapshot(driver);
    else stopSnapshots(driver);
    const url = `http://${config.HOST === '0.0.0.0' ? 'localhost' : config.HOST}:${port}`;
    return {
      url,
      driver,
      embedded,
      stop: async () => {
        await new Promise<void>((resolve) => server.close(() => resolve()));
        await stopApp();
        stopSnapshots(driver);
        await driver.close();
        await embedded?.stop();
      },
    };
  } catch (error) {
    await driver.close();
    await embedded?.stop();
    throw error;
  }
}

/**
 * The database's first answer: a busy machine can take longer than DB_CONNECT_TIMEOUT_MS for the
 * first authenticated connection (Neo4j plans its user lookups then), so start-up retries a while.
 */
async function waitForDatabase(driver: Driver, withinMs = 120_000): Promise<void> {
  const deadline = Date.now() + withinMs;
  for (;;) {
    try {
      await driver.verifyConnectivity();
      return;
    } catch (error) {
      const code = (error as { code?: string }).code ?? '';
      if (code.startsWith('Neo.ClientError.Security.') || Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 1_000));
    }
  }
}

/** What start-up says about access (never the secret itself). */
function describeAccess(config: Config) {
  return {
    tokens: config.JWT_SECRET
      ? 'HS256 (JWT_SECRET)'
      : config.JWKS_URL
        ? `JWKS ${config.JWKS_URL}`
        : 'none: read-only',
    anonymousRead: config.ANONYMOUS_READ,
    introspection: config.INTROSPECTION,
    landingPage: config.LANDING_PAGE,
  };
}

function listen(handler: RequestListener, port: number, host: string): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = createServer(handler);
    server.once('error', (err: NodeJS.ErrnoException) =>
      reject(err.code === 'EADDRINUSE' ? new Error(`Port ${port} is already in use (set PORT=...)`) : err),
    );
    server.listen(port, host, () => resolve(server));
  });
}
