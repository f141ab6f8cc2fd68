import express from 'express';
import { GraphQLError } from 'graphql';
import type { Driver } from 'neo4j-driver';
import type { Logger } from 'pino';
import { startExport } from '../export/export-network.js';
import { parseExportFileName, parseExportRequest } from '../export/request.js';

/** The JSON error body of the HTTP routes: the same codes as GraphQL errors. */
export function sendError(
  res: express.Response,
  status: number,
  code: string,
  message: string,
  argumentName?: string,
) {
  res.status(status).json(argumentName ? { code, message, argumentName } : { code, message });
}

const isUnavailable = (error: unknown) =>
  typeof error === 'object' &&
  error !== null &&
  ['ServiceUnavailable', 'SessionExpired'].includes(String((error as { code?: unknown }).code));

/**
 * GET /export/{teryt|PL}.{graphml|gexf|csv.zip|json}?mode=&asOf=&sectors=&kinds=&tieKinds=
 * A download, streamed from the database to the client as it is read (see server/src/export).
 */
export function exportRoutes({ driver, logger }: { driver: Driver; logger: Logger }): express.Router {
  const router = express.Router();
  router.get('/export/:file', async (req, res) => {
    let started: Awaited<ReturnType<typeof startExport>>;
    let request: ReturnType<typeof parseExportRequest>;
    try {
      const { area, format } = parseExportFileName(req.params.file);
      const q = req.query;
      request = parseExportRequest({
        area,
        mode: q.mode,
        asOf: q.asOf,
        sectors: q.sectors,
        kinds: q.kinds,
        tieKinds: q.tieKinds,
      });
      started = await startExport(driver, request, format);
      if (!started) {
        sendError(res, 400, 'BAD_USER_INPUT', `No area has the TERYT code "${area}".`, 'teryt');
        return;
      }
    } catch (error) {
      if (error instanceof GraphQLError && error.extensions.code === 'BAD_USER_INPUT') {
        sendError(res, 400, 'BAD_USER_INPUT', error.message, error.extensions.argumentName as string);
      } else if (isUnavailable(error)) {
        sendError(res, 503, 'DATABASE_UNAVAILABLE', 'The database is not reachable; try again shortly.');
      } else {
        logger.error({ err: error }, 'export failed before it started');
        sendError(res, 500, 'INTERNAL', 'Internal error');
      }
      return;
    }
    res.status(200);
    res.setHeader('content-type', started.contentType);
    res.setHeader('content-disposition', `attachment; filename="${started.fileName}"`);
    res.setHeader('cache-control', 'no-store');
    const began = Date.now();
    try {
      const counts = await started.writeTo(res);
      res.end();
      logger.info({ file: started.fileName, ...counts, ms: Date.now() - began }, 'export sent');
    } catch (error) {
      // The headers are gone: all we can do is cut the download short, so it is not taken as whole.
      logger.warn({ err: error, file: started.fileName }, 'export aborted');
      res.destroy(error instanceof Error ? error : new Error(String(error)));
    }
  });
  return router;
}
