import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { finished } from 'node:stream/promises';
import express from 'express';
import { GraphQLError } from 'graphql';
import type { Logger } from 'pino';
import { type ExportJob, runExportProcess } from '../export/export-process.js';
import { parseExportFileName, parseExportLayout, parseExportRequest } from '../export/request.js';
import { pipeFlushing } from './pipe-flushing.js';
import { createSlots } from './slots.js';
import { destroyWhenStalled } from './stall-guard.js';

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

export interface ExportRouteOptions {
  /** Where the export processes find the database (the API's own URI and credentials). */
  database: ExportJob['database'];
  logger: Logger;
  /** Exports running at once (each is a process walking the graph); more wait in line. */
  maxConcurrent: number;
  /** How long an export waits for its turn before it is answered 429. */
  queueWaitMs: number;
  /** A download whose client takes nothing for this long is ended, freeing its slot. */
  idleMs: number;
  /** How big a graph the files' node measures may take on. */
  limits?: ExportJob['limits'];
}

/**
 * GET /export/{teryt|PL}.{graphml|gexf|csv.zip|json}?mode=&asOf=&sectors=&kinds=&tieKinds=&sourcedOnly=
 * A download, streamed from the database to the client as it is read, written by a process of
 * its own (server/src/export/export-process.ts).
 */
export function exportRoutes({
  database,
  logger,
  maxConcurrent,
  queueWaitMs,
  idleMs,
  limits,
}: ExportRouteOptions): express.Router {
  const router = express.Router();
  // A layout is about 60 bytes a node: 10,000 drawn nodes are well under this.
  const layoutBodyLimit = '16mb';
  const slots = createSlots(maxConcurrent, queueWaitMs);
  // GET: the file. POST with {"positions": …} (the explorer's canvas): the same file, laid out as drawn.
  const handle = async (req: express.Request, res: express.Response, posted: boolean) => {
    let job: ExportJob;
    let area: string;
    let layoutDir: string | null = null;
    const dropLayout = () => {
      if (layoutDir) rmSync(layoutDir, { recursive: true, force: true });
    };
    try {
      const parsed = parseExportFileName(String(req.params.file));
      area = parsed.area;
      const q = req.query;
      const request = parseExportRequest({
        area,
        mode: q.mode,
        asOf: q.asOf,
        sectors: q.sectors,
        kinds: q.kinds,
        tieKinds: q.tieKinds,
        sourcedOnly: q.sourcedOnly,
      });
      job = { database, request, format: parsed.format, ...(limits ? { limits } : {}) };
      if (posted) {
        const layout = parseExportLayout(req.body);
        layoutDir = mkdtempSync(join(tmpdir(), 'splot-layout-'));
        job.layoutFile = join(layoutDir, 'layout.json');
        writeFileSync(job.layoutFile, JSON.stringify(Object.fromEntries(layout)));
      }
    } catch (error) {
      if (error instanceof GraphQLError && error.extensions.code === 'BAD_USER_INPUT') {
        dropLayout();
        sendError(res, 400, 'BAD_USER_INPUT', error.message, error.extensions.argumentName as string);
      } else {
        dropLayout();
        logger.error({ err: error }, 'export request not understood');
        sendError(res, 500, 'INTERNAL', 'Internal error');
      }
      return;
    }
    const release = await slots.acquire();
    if (!release) dropLayout();
    if (!release) {
      res.setHeader('retry-after', '30');
      sendError(res, 429, 'TOO_MANY_EXPORTS', `${slots.held} exports are being written; try again shortly.`);
      return;
    }
    if (res.destroyed) {
      dropLayout();
      release(); // the client left while waiting
      return;
    }
    const began = Date.now();
    const exporting = runExportProcess(job);
    void exporting.finished.then(dropLayout);
    // A cancelled download stops its export process at once.
    res.on('close', () => {
      if (!res.writableFinished) exporting.cancel();
    });
    void exporting.finished.then(release);
    const start = await exporting.start;
    if (start.type === 'rejected') {
      sendError(res, 400, 'BAD_USER_INPUT', `No area has the TERYT code "${area}".`, 'teryt');
      return;
    }
    if (start.type === 'failed') {
      if (start.unavailable) {
        sendError(res, 503, 'DATABASE_UNAVAILABLE', 'The database is not reachable; try again shortly.');
      } else {
        logger.error({ err: start.message }, 'export failed before it started');
        sendError(res, 500, 'INTERNAL', 'Internal error');
      }
      return;
    }
    res.status(200);
    res.setHeader('content-type', start.contentType);
    res.setHeader('content-disposition', `attachment; filename="${start.fileName}"`);
    res.setHeader('cache-control', 'no-store');
    destroyWhenStalled(res, idleMs);
    pipeFlushing(start.body, res);
    const outcome = await exporting.finished;
    // The process is gone; what it wrote may still be in the pipe.
    await finished(start.body).catch(() => undefined);
    if (outcome.whole) {
      res.end();
      const { nodes, edges, peakRssMb } = outcome;
      logger.info({ file: start.fileName, nodes, edges, peakRssMb, ms: Date.now() - began }, 'export sent');
    } else {
      // The headers are gone: all we can do is cut the download short, so it is not taken as whole.
      logger.warn({ err: outcome.error, file: start.fileName }, 'export aborted');
      res.destroy(new Error(outcome.error ?? 'export aborted'));
    }
  };
  router.get('/export/:file', (req, res) => handle(req, res, false));
  router.post('/export/:file', express.json({ limit: layoutBodyLimit }), (req, res) =>
    handle(req, res, true),
  );
  return router;
}
