import express from 'express';
import type { Driver } from 'neo4j-driver';
import type { Logger } from 'pino';
import { TABLE_KINDS, type TableKind } from '../import/columns.js';
import { importFile } from '../import/run-import.js';
import { sendError } from './export-routes.js';

/** Who may upload: null to go on, or the refusal (status, code, message). */
export type UploadGuard = (
  req: express.Request,
  res: express.Response,
) => { status: number; code: string; message: string } | null;

export interface ImportRouteOptions {
  driver: Driver;
  logger: Logger;
  guard: UploadGuard;
  /** Largest file accepted, as express.raw takes it (e.g. "20mb"). */
  maxBytes: string;
}

/**
 * Until the server has sign-in, an upload is refused unless IMPORT_UPLOAD_WITHOUT_SIGN_IN=true
 * (for a trusted local machine). With sign-in it will take an editor's or admin's token.
 */
export function uploadGuard(withoutSignIn: boolean): UploadGuard {
  return () =>
    withoutSignIn
      ? null
      : {
          status: 403,
          code: 'FORBIDDEN',
          message:
            'Importing over the web needs a signed-in editor, and this server has no sign-in yet. Use "pnpm run import FILE", or set IMPORT_UPLOAD_WITHOUT_SIGN_IN=true on a trusted local machine.',
        };
}

const flag = (value: unknown) => value === '1' || value === 'true' || value === '';

/**
 * POST /import?dryRun=true&skipInvalid=false&kind=institutions — the file is the request body
 * (any content type), its name in ?file= or the X-File-Name header (URL-encoded). Answers the
 * import report as JSON: 200 when checked or written, 422 when problems stopped it.
 */
export function importRoutes({ driver, logger, guard, maxBytes }: ImportRouteOptions): express.Router {
  const router = express.Router();
  router.post(
    '/import',
    (req, res, next) => {
      const refusal = guard(req, res);
      if (refusal) sendError(res, refusal.status, refusal.code, refusal.message);
      else next();
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
      try {
        const report = await importFile(driver, name || 'upload', req.body, {
          dryRun: flag(req.query.dryRun),
          skipInvalid: flag(req.query.skipInvalid),
          kind: kind as TableKind | null,
        });
        logger.info(
          { file: report.file, outcome: report.outcome, problems: report.problems.length },
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
