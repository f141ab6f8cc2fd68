import express from 'express';
import { GraphQLError } from 'graphql';
import type { Driver } from 'neo4j-driver';
import type { Logger } from 'pino';
import { parseExportRequest } from '../export/request.js';
import type { NetworkLimits } from '../network/limits.js';
import { COUNTRY } from '../network/types.js';
import { readReportData } from '../report/read-report.js';
import { writeReportPdf } from '../report/write-pdf.js';
import { sendError } from './export-routes.js';

/** The largest canvas picture accepted (a 2× PNG of a full-HD canvas is a few MB). */
export const REPORT_BODY_LIMIT = '12mb';

const PNG_DATA_URL = /^data:image\/png;base64,([A-Za-z0-9+/=]+)$/;

/** The posted picture: a PNG data URL (from Cytoscape's cy.png()), or none. */
export function parseReportImage(body: unknown): Buffer | null {
  const image = (body as { image?: unknown } | null)?.image;
  if (image === undefined || image === null) return null;
  const match = typeof image === 'string' ? PNG_DATA_URL.exec(image) : null;
  const bytes = match?.[1] ? Buffer.from(match[1], 'base64') : null;
  // A PNG starts with its 8-byte signature; anything else would make the PDF writer throw.
  if (!bytes || bytes.subarray(0, 8).toString('hex') !== '89504e470d0a1a0a') {
    throw new GraphQLError('"image" must be a PNG as a data URL (data:image/png;base64,…).', {
      extensions: { code: 'BAD_USER_INPUT', argumentName: 'image' },
    });
  }
  return bytes;
}

/**
 * POST /report/{teryt|PL}.pdf?lang=pl|en&asOf=&sectors=&kinds=&tieKinds= with {"image": PNG data
 * URL}: the printable area report of what is on screen (server/src/report), as a PDF download.
 */
export function reportRoutes({
  driver,
  logger,
  limits,
}: {
  driver: Driver;
  logger: Logger;
  limits?: NetworkLimits;
}): express.Router {
  const router = express.Router();
  router.post('/report/:file', express.json({ limit: REPORT_BODY_LIMIT }), async (req, res) => {
    const file = String(req.params.file);
    let parsed: ReturnType<typeof parseExportRequest>;
    let image: Buffer | null;
    const lang = req.query.lang === 'en' ? 'en' : 'pl';
    try {
      if (!file.toLowerCase().endsWith('.pdf')) {
        throw new GraphQLError(`"${file}" is not a report name; ask for {teryt}.pdf.`, {
          extensions: { code: 'BAD_USER_INPUT', argumentName: 'format' },
        });
      }
      const q = req.query;
      parsed = parseExportRequest({
        area: file.slice(0, -4),
        asOf: q.asOf,
        sectors: q.sectors,
        kinds: q.kinds,
        tieKinds: q.tieKinds,
        sourcedOnly: q.sourcedOnly,
      });
      image = parseReportImage(req.body);
    } catch (error) {
      if (error instanceof GraphQLError && error.extensions.code === 'BAD_USER_INPUT') {
        sendError(res, 400, 'BAD_USER_INPUT', error.message, error.extensions.argumentName as string);
        return;
      }
      throw error;
    }
    try {
      const teryt = parsed.teryt ?? COUNTRY.teryt;
      const data = await readReportData(driver, { teryt, filter: parsed.filter, limits });
      if (!data) {
        sendError(res, 404, 'NOT_FOUND', `No area has the TERYT code "${teryt}".`, 'teryt');
        return;
      }
      const pdf = await writeReportPdf({
        area: data.matrix.area,
        filter: parsed.filter,
        lang,
        image,
        data,
        now: new Date().toISOString(),
      });
      const date = new Date().toISOString().slice(0, 10);
      res.status(200).type('application/pdf').attachment(`splot-raport-${teryt}-${date}.pdf`).send(pdf);
    } catch (error) {
      logger.error({ err: error }, 'report failed');
      sendError(res, 500, 'INTERNAL_SERVER_ERROR', 'The report could not be made.');
    }
  });
  return router;
}
