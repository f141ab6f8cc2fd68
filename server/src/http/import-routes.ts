import express from 'express';
import type { Logger } from 'pino';
import type { ExportJob } from '../export/export-process.js';
import { TABLE_KINDS, type TableKind } from '../import/columns.js';
import { importInThread } from '../import/import-thread.js';
import { DEFAULT_IMPORT_LIMITS, type ImportLimits } from '../import/limits.js';
import { formatOf, rejectedReport, unpackProblem } from '../import/run-import.js';
import { principalOf } from './authenticate.js';
import { sendError } from './export-routes.js';
import { createSlots } from './slots.js';

export interface ImportRouteOptions {
  /** How the import threads reach the database (the API's own URI and credentials). */
  database: ExportJob['database'];
  logger: Logger;
  /** Largest file accepted, as express.raw takes it (e.g. "20mb"). */
  maxBytes: string;
  /** Bounds on what a file unpacks to and holds. */
  limits?: Partial<ImportLimits>;
}

/** Imports run one at a time (each in its own thread); the next waits this long, then 429. */
const IMPORT_QUEUE_WAIT_MS = 5 * 60_000;

const flag = (value: unknown) => value === '1' || value === 'true' || value === '';

/**
 * POST /import?dryRun=true&skipInvalid=false&kind=institutions — the file is the request body
 * (any content type), its name in ?file= or the X-File-Name header (URL-encoded). Needs an editor's
 * or admin's token (`authenticate` runs before); an editor imports only their regions' records.
 * Answers the import report as JSON: 200 when checked or written, 422 when problems stopped it.
 */
export function importRoutes({
  database,
  logger,
  maxBytes,
  limits: given,
}: ImportRouteOptions): express.Router {
  const router = express.Router();
  const limits = { ...DEFAULT_IMPORT_LIMITS, ...given };
  const slots = createSlots(1, IMPORT_QUEUE_WAIT_MS);
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
      const file = name || 'upload';
      // A workbook that says it unpacks beyond the bounds is refused here, in milliseconds,
      // before anything is inflated or a thread started.
      const tooBig = unpackProblem(file, req.body, limits);
      if (tooBig) {
        logger.info({ file, reason: tooBig.reason, user: principal?.sub }, 'import refused');
        res.status(422).json(rejectedReport(file, formatOf(file, req.body), [tooBig]));
        return;
      }
      const release = await slots.acquire();
      if (!release) {
        sendError(res, 429, 'TOO_MANY_IMPORTS', 'Another import is running; try again in a few minutes.');
        return;
      }
      try {
        const result = await importInThread({
          database,
          file,
          buffer: req.body,
          options: {
            dryRun: flag(req.query.dryRun),
            skipInvalid: flag(req.query.skipInvalid),
            kind: kind as TableKind | null,
            regions: principal?.roles.includes('admin') ? null : (principal?.regions ?? []),
            limits,
          },
        });
        if (result.type === 'done') {
          logger.info(
            {
              file,
              outcome: result.outcome,
              problems: result.problems,
              transactions: result.transactions,
              user: principal?.sub,
            },
            'import',
          );
          res
            .status(result.outcome === 'rejected' ? 422 : 200)
            .type('application/json')
            .send(result.json);
        } else if (result.type === 'too-large') {
          logger.warn({ file, user: principal?.sub }, 'import ran out of memory');
          const problem = {
            file,
            table: null,
            row: null,
            column: null,
            reason:
              'The file unpacks to more than can be imported at once; split it into smaller files. Nothing was written.',
          };
          res.status(422).json(rejectedReport(file, formatOf(file, req.body), [problem]));
        } else if (result.unavailable) {
          logger.warn(
            { file, reason: result.message, interrupted: result.interrupted },
            'import: database unavailable',
          );
          res.status(503).json({
            code: 'DATABASE_UNAVAILABLE',
            message: result.interrupted
              ? result.message
              : 'The database is not reachable at the moment; nothing was written. Please try again shortly.',
            ...(result.interrupted ? { interrupted: result.interrupted } : {}),
          });
        } else {
          logger.error({ file, reason: result.message }, 'import failed');
          sendError(res, 500, 'INTERNAL', 'The import failed on the server; nothing was written.');
        }
      } finally {
        release();
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
