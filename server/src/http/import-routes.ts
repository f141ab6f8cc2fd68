import express from 'express';
import type { Driver } from 'neo4j-driver';
import type { Logger } from 'pino';
import { TABLE_KINDS, type TableKind } from '../import/columns.js';
import { importFile } from '../import/run-import.js';
import { principalOf } from './authenticate.js';
import { sendError } from './export-routes.js';

export interface ImportRouteOptions {
  driver: Driver;
  logger: Logger;
  /** Largest file accepted, as express.raw takes it (e.g. "20mb"). */
  maxBytes: string;
}

const flag = (value: unknown) => value === '1' || value === 'true' || value === '';

/**
 * POST /import?dryRun=true&skipInvalid=false&kind=institutions — the file is the request body
 * (any content type), its name in ?file= or the X-File-Name header (URL-encoded). Needs an editor's
 * or admin's token (`authenticate` runs before); an editor imports only their regions' records.
 * Answers the import report as JSON: 200 when checked or written, 422 when problems stopped it.
 */
export function importRoutes({ driver, logger, maxBytes }: ImportRouteOptions): express.Router {
  const router = express.Router();
  router.post(
    '/import',
    (_req, res, next) => {
      const principal = principalOf(res);
      if (!principal) {
        res.set('WWW-Authenticate', 'Bearer');
        sendError(res, 401, 'UNAUTHENTICATED', 'Sign in as an editor to import data.');
      } else if (!principal.roles.includes('editor') && !principal.roles.includes('admin')) {
        sendError(res, 403, 'FORBIDDEN', 'Only editors and admins may import data.');
      } else next();
    },
    express.raw({ type: () => true, limit: maxBytes }),
    async (req, res) => {
      const name = String(req.query.file ?? decodeURIComponent(String(req.headers['x-file-name'] ?? '')));
      const kind = req.query.kind === undefined ? null : String(req.query.kind);
      if (kind !== null && !(TABLE_KINDS as readonly string[]).includes(kind)) {
        sendError(res, 400, 'BAD_USER_INPUT', `"kind" must be one of ${TABLE_KINDS.join(', ')}.`, 'kind');
        return;
      }
      if (!Buffer.isBuffer(req.body) || req.body.length === 0) {
        sendError(res, 400, 'BAD_USER_INPUT', 'Send the file as the request body; it was empty.', 'file');
        return;
      }
      const principal = principalOf(res);
      try {
        const report = await importFile(driver, name || 'upload', req.body, {
          dryRun: flag(req.query.dryRun),
          skipInvalid: flag(req.query.skipInvalid),
          kind: kind as TableKind | null,
          regions: principal?.roles.includes('admin') ? null : (principal?.regions ?? []),
        });
        logger.info(
          {
            file: report.file,
            outcome: report.outcome,
            problems: report.problems.length,
            user: principal?.sub,
          },
          'import',
        );
        res.status(report.outcome === 'rejected' ? 422 : 200).json(report);
      } catch (error) {
        logger.error({ err: error }, 'import failed');
        sendError(res, 500, 'INTERNAL', 'The import failed on the server; nothing was written.');
      }
    },
  );
  // A body over the limit: the same JSON error shape as the rest.
  router.use('/import', ((error, _req, res, next) => {
    if ((error as { type?: string }).type === 'entity.too.large') {
      sendError(
        res,
        413,
        'BAD_USER_INPUT',
        `The file is larger than the ${maxBytes} upload limit; import it with pnpm run import.`,
        'file',
      );
    } else next(error);
  }) as express.ErrorRequestHandler);
  return router;
}
