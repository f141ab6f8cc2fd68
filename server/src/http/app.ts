import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { constants as zlibConstants } from 'node:zlib';
import { expressMiddleware } from '@as-integrations/express5';
import compression from 'compression';
import express, { type ErrorRequestHandler } from 'express';
import type { GraphQLSchema } from 'graphql';
import type { Driver } from 'neo4j-driver';
import type { Logger } from 'pino';
import { snapshotStatus } from '../analytics/missing-partners/snapshot/read-affiliation-snapshot.js';
import { createTokenVerifier } from '../auth/verify-token.js';
import { type Config, networkLimits } from '../config.js';
import type { ExportJob } from '../export/export-process.js';
import { webDistDir } from '../paths.js';
import { authenticate, requireReader } from './authenticate.js';
import { contextFactory } from './context.js';
import { exportRoutes } from './export-routes.js';
import { createGraphQLServer } from './graphql-server.js';
import { importRoutes } from './import-routes.js';
import { clientRateLimit } from './rate-limit.js';
import { reportRoutes } from './report-routes.js';
import { requestLog } from './request-log.js';
import { securityHeaders } from './security-headers.js';
import { surveyRoutes } from './survey-routes.js';

export interface AppOptions {
  schema: GraphQLSchema;
  driver: Driver;
  /** How other processes of the API (exports) reach the same database. */
  database: ExportJob['database'];
  logger: Logger;
  config: Config;
  webDist?: string;
}

export interface App {
  app: express.Express;
  stop(): Promise<void>;
}

const READY_TIMEOUT_MS = 3000;
const MB = 1_048_576;

/**
 * Express app: /graphql, /export/…, /health (process up), /ready (database reachable), the built
 * web app.
 */
export async function createApp({
  schema,
  driver,
  database,
  logger,
  config,
  webDist = webDistDir,
}: AppOptions): Promise<App> {
  const { apollo, readCache } = createGraphQLServer({
    schema,
    driver,
    anonymousRead: config.ANONYMOUS_READ,
    introspection: config.INTROSPECTION,
    landingPage: config.LANDING_PAGE,
    readCacheMs: config.READ_CACHE_MS,
    readCacheMaxBytes: Math.round(config.READ_CACHE_MAX_MB * MB),
    answerMaxBytes: Math.round(config.ANSWER_MAX_MB * MB),
    limits: {
      maxDepth: config.QUERY_MAX_DEPTH,
      maxCost: config.QUERY_MAX_COST,
      maxAliases: config.QUERY_MAX_ALIASES,
      maxTokens: config.QUERY_MAX_TOKENS,
      maxDirectives: config.QUERY_MAX_DIRECTIVES,
      pageSizeMax: config.PAGE_SIZE_MAX,
      maxInputList: config.QUERY_MAX_INPUT_LIST,
      maxFilterOperands: config.QUERY_MAX_FILTER_OPERANDS,
      blockFieldSuggestions: !config.INTROSPECTION,
    },
  });
  await apollo.start();
  const verify = createTokenVerifier({
    ...(config.JWT_SECRET ? { secret: config.JWT_SECRET } : {}),
    ...(config.JWKS_URL ? { jwksUrl: config.JWKS_URL } : {}),
    ...(config.JWT_ISSUER ? { issuer: config.JWT_ISSUER } : {}),
    ...(config.JWT_AUDIENCE ? { audience: config.JWT_AUDIENCE } : {}),
  });

  const app = express();
  app.disable('x-powered-by');
  app.use(securityHeaders({ landingPage: config.LANDING_PAGE }));
  // Express would hash every res.send body for an ETag: a SHA-1 over each multi-megabyte network
  // answer, which nobody revalidates (GraphQL is POSTed). Static files keep theirs (serve-static
  // sets its own); exports stream and never had one.
  app.set('etag', false);
  // Network answers and exports are text that shrinks ×7–15; brotli or gzip as the client asks,
  // in libuv's threads, not on the event loop. Brotli at quality 1, not the package's 4: on a
  // powiat's 3.3 MB network answer it takes 9 ms instead of 17 ms at quality 2 and 39 ms at 4, for
  // 0.46 MB instead of 0.43 MB and 0.38 MB (docs/benchmarks.md): time the two cores need more than
  // the wire needs the bytes. Zip exports and images are skipped by content type.
  app.use(compression({ brotli: { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 1 } } }));
  app.get('/health', (_req, res) => {
    res.json({ status: 'ok', analyticsSnapshot: snapshotStatus(driver), readCache: readCache() });
  });
  app.get('/ready', requestLog(logger), async (req, res) => {
    try {
      await withTimeout(driver.getServerInfo(), READY_TIMEOUT_MS);
      res.json({ status: 'ready' });
    } catch (error) {
      req.log.warn({ reason: error instanceof Error ? error.message : String(error) }, 'not ready');
      res.status(503).json({ status: 'database unavailable' });
    }
  });
  const limit = (what: string, perWindow: number) =>
    clientRateLimit({ what, limit: perWindow, windowMs: config.RATE_LIMIT_WINDOW_MS });
  // Counted before the body is parsed: a client over its limit costs no JSON parsing.
  app.use(
    '/graphql',
    requestLog(logger),
    authenticate(verify),
    limit('GraphQL requests', config.GRAPHQL_RATE_LIMIT),
    express.json({ limit: config.BODY_LIMIT }),
    expressMiddleware(apollo, {
      context: contextFactory({
        txTimeoutMs: config.DB_TX_TIMEOUT_MS,
        ...(config.NEO4J_DATABASE ? { database: config.NEO4J_DATABASE } : {}),
      }),
    }),
  );
  app.use('/graphql', bodyErrors(config.BODY_LIMIT));
  // Exports are reads: the same token check and ANONYMOUS_READ rule as the API.
  app.use(
    '/export',
    requestLog(logger),
    authenticate(verify),
    requireReader(config.ANONYMOUS_READ),
    limit('exports', config.EXPORT_RATE_LIMIT),
  );
  app.use(
    exportRoutes({
      database,
      logger,
      maxConcurrent: config.EXPORT_MAX_CONCURRENT,
      queueWaitMs: config.EXPORT_QUEUE_WAIT_MS,
      idleMs: config.EXPORT_IDLE_MS,
      limits: networkLimits(config),
    }),
  );
  // The area report (a PDF of what is on screen) is a read, like an export.
  app.use(
    '/report',
    requestLog(logger),
    authenticate(verify),
    requireReader(config.ANONYMOUS_READ),
    limit('reports', config.EXPORT_RATE_LIMIT),
  );
  app.use(reportRoutes({ driver, logger, limits: networkLimits(config) }));
  // Imports are writes: an editor's or admin's token, checked in the route.
  app.use('/import', requestLog(logger), authenticate(verify), limit('imports', config.IMPORT_RATE_LIMIT));
  app.use(
    importRoutes({
      database,
      logger,
      maxBytes: config.IMPORT_MAX_BYTES,
      limits: {
        maxUnpackedBytes: config.IMPORT_MAX_UNPACKED_MB * 1_048_576,
        maxRows: config.IMPORT_MAX_ROWS,
      },
    }),
  );
  // Partner surveys: respondents by their link's token, editors by their bearer token.
  app.use(
    ['/api/survey-response', '/api/survey-questions', '/api/surveys'],
    requestLog(logger),
    authenticate(verify),
  );
  app.use(surveyRoutes({ driver, logger, rateLimit: config.SURVEY_RATE_LIMIT }));
  if (existsSync(join(webDist, 'index.html'))) {
    app.use(express.static(webDist));
    app.get('/{*path}', (_req, res) => {
      res.sendFile(join(webDist, 'index.html'));
    });
  }
  return { app, stop: () => apollo.stop() };
}

/** A body too large or not JSON is answered in GraphQL's error shape, not with an HTML page. */
function bodyErrors(bodyLimit: string): ErrorRequestHandler {
  return (error, req, res, next) => {
    const type = (error as { type?: string }).type;
    if (type === 'entity.too.large') {
      res.status(413).json({
        errors: [
          {
            message: `The request is larger than the ${bodyLimit} limit; send less at once.`,
            extensions: { code: 'PAYLOAD_TOO_LARGE', requestId: req.id },
          },
        ],
      });
    } else if (type === 'entity.parse.failed') {
      res.status(400).json({
        errors: [
          {
            message: 'The request body is not valid JSON.',
            extensions: { code: 'BAD_USER_INPUT', requestId: req.id },
          },
        ],
      });
    } else {
      next(error);
    }
  };
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
