import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import type { GraphQLSchema } from 'graphql';
import type { Driver } from 'neo4j-driver';
import type { Logger } from 'pino';
import { webDistDir } from '../paths.js';
import { exportRoutes } from './export-routes.js';

export interface AppOptions {
  schema: GraphQLSchema;
  driver: Driver;
  logger: Logger;
  webDist?: string;
}

export interface App {
  app: express.Express;
  stop(): Promise<void>;
}

/** Express app: /graphql, /health (process up), /ready (database reachable), the built web app. */
export async function createApp({ schema, driver, logger, webDist = webDistDir }: AppOptions): Promise<App> {
  const apollo = new ApolloServer({
    schema,
    includeStacktraceInErrorResponses: false,
    // main.ts owns the process signals and stops everything in order.
    stopOnTerminationSignals: false,
    formatError: (formatted, error) => {
      const code = formatted.extensions?.code;
      if (code === 'INTERNAL_SERVER_ERROR' || code === undefined) {
        logger.error({ err: error }, 'unexpected GraphQL error');
        return { message: 'Internal error', extensions: { code: 'INTERNAL' } };
      }
      return formatted;
    },
  });
  await apollo.start();

  const app = express();
  app.disable('x-powered-by');
  app.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/ready', async (_req, res) => {
    try {
      await driver.getServerInfo();
      res.json({ status: 'ready' });
    } catch {
      res.status(503).json({ status: 'database unavailable' });
    }
  });
  app.use('/graphql', express.json({ limit: '1mb' }), expressMiddleware(apollo));
  app.use(exportRoutes({ driver, logger }));
  if (existsSync(join(webDist, 'index.html'))) {
    app.use(express.static(webDist));
    app.get('/{*path}', (_req, res) => {
      res.sendFile(join(webDist, 'index.html'));
    });
  }
  return { app, stop: () => apollo.stop() };
}
