import { QUESTION_SETS } from '@splot/domain';
import express from 'express';
import type { Driver } from 'neo4j-driver';
import type { Logger } from 'pino';
import { classifyError } from '../client-errors.js';
import { httpStatusOf } from '../errors.js';
import { SurveyInputError } from '../survey/answers.js';
import { isSurveyExportFormat, SURVEY_EXPORT_FORMATS } from '../survey/export.js';
import { issueLinks, linksCsv, linksXlsx } from '../survey/links.js';
import { readResults } from '../survey/read-results.js';
import {
  openByToken,
  proposePartner,
  type Respondent,
  removeAnswer,
  respondentView,
  SurveyClosedError,
  saveAnswer,
  saveResponse,
} from '../survey/respond.js';
import { today } from '../survey/store.js';
import { principalOf } from './authenticate.js';
import { sendError } from './export-routes.js';
import { clientRateLimit } from './rate-limit.js';

export interface SurveyRouteOptions {
  driver: Driver;
  logger: Logger;
  /** Requests one address may make to the respondent endpoints per minute (SURVEY_RATE_LIMIT). */
  rateLimit: number;
}

export const SURVEY_TOKEN_HEADER = 'x-survey-token';
const INVALID_LINK =
  'This link opens no survey: it was revoked or replaced, or the survey is not open. Ask the survey organiser for a new link.';

/**
 * The respondent's API, authenticated by the link's token alone (header X-Survey-Token; the page
 * keeps it in the address's fragment, which is never sent or logged):
 *   GET    /api/survey-response                    the survey, the institution, roster, own answers
 *   PUT    /api/survey-response/answers            one partner's answers {partner, kinds, …}
 *   DELETE /api/survey-response/answers/:partner   drop a partner
 *   PUT    /api/survey-response                    {lacking?, submit?}
 *   POST   /api/survey-response/proposals          a partner not on the roster {name, kind, gmina}
 * and the editor's files (Bearer token, the survey's region):
 *   POST   /api/surveys/:id/links.(csv|xlsx|json)  new links (?onlyNew=true, ?institution=id)
 *   GET    /api/surveys/:id/results.(graphml|gexf|csv.zip|json)
 */
export function surveyRoutes({ driver, logger, rateLimit }: SurveyRouteOptions): express.Router {
  const router = express.Router();

  router.get('/api/survey-questions/:version', (req, res) => {
    const set = QUESTION_SETS[req.params.version];
    if (!set)
      sendError(res, 404, 'BAD_USER_INPUT', `There is no question set "${req.params.version}".`, 'version');
    else res.json(set);
  });

  const respondent = express.Router();
  // By address: a respondent has no account, and their link's token is checked only later.
  respondent.use(
    clientRateLimit({ what: 'survey requests', limit: rateLimit, windowMs: 60_000, byAddressOnly: true }),
  );
  respondent.use((_req, res, next) => {
    res.set('Cache-Control', 'no-store');
    res.set('Referrer-Policy', 'no-referrer');
    next();
  });
  respondent.use(express.json({ limit: '32kb' }));
  const handle =
    (work: (who: Respondent, req: express.Request) => Promise<unknown>) =>
    async (req: express.Request, res: express.Response) => {
      try {
        const who = await openByToken(driver, req.headers[SURVEY_TOKEN_HEADER]);
        if (!who) {
          sendError(res, 401, 'UNAUTHENTICATED', INVALID_LINK);
          return;
        }
        res.json((await work(who, req)) ?? { ok: true });
      } catch (error) {
        if (error instanceof SurveyInputError)
          sendError(res, 400, 'BAD_USER_INPUT', error.message, error.field);
        else if (error instanceof SurveyClosedError) sendError(res, 403, 'FORBIDDEN', error.message);
        else fail(res, logger, error);
      }
    };
  respondent.get(
    '/',
    handle((who) => respondentView(driver, who)),
  );
  respondent.put(
    '/answers',
    handle((who, req) => saveAnswer(driver, who, req.body)),
  );
  respondent.delete(
    '/answers/:partner',
    handle((who, req) => removeAnswer(driver, who, req.params.partner)),
  );
  respondent.put(
    '/',
    handle((who, req) => saveResponse(driver, who, req.body)),
  );
  respondent.post(
    '/proposals',
    handle((who, req) => proposePartner(driver, who, req.body)),
  );
  router.use('/api/survey-response', respondent);

  router.post('/api/surveys/:id/links.:format', async (req, res) => {
    const format = req.params.format;
    if (format !== 'csv' && format !== 'xlsx' && format !== 'json') {
      sendError(res, 404, 'BAD_USER_INPUT', 'Links download as .csv, .xlsx or .json.', 'format');
      return;
    }
    try {
      const origin = `${req.protocol}://${req.get('host')}`;
      const only = typeof req.query.institution === 'string' ? [req.query.institution] : null;
      const { survey, links } = await issueLinks(driver, principalOf(res), req.params.id, origin, {
        only,
        onlyWithoutLink: req.query.onlyNew === 'true',
      });
      res.set('Cache-Control', 'no-store');
      if (format === 'json') {
        res.json({ links });
        return;
      }
      const name = `linki-${survey.area.teryt}-${today()}.${format}`;
      res.attachment(name);
      if (format === 'csv') res.type('text/csv; charset=utf-8').send(linksCsv(survey, links));
      else
        res
          .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
          .send(await linksXlsx(survey, links));
    } catch (error) {
      fail(res, logger, error);
    }
  });

  router.get('/api/surveys/:id/results.:format', async (req, res) => {
    const format = req.params.format;
    if (!isSurveyExportFormat(format)) {
      sendError(
        res,
        404,
        'BAD_USER_INPUT',
        'Results export as .graphml, .gexf, .csv.zip or .json.',
        'format',
      );
      return;
    }
    try {
      const results = await readResults(driver, principalOf(res), req.params.id);
      const exported = today();
      const file = await SURVEY_EXPORT_FORMATS[format].write(results, exported);
      res.attachment(`splot-ankieta-${results.survey.area.teryt}-${exported}.${format}`);
      res.type(SURVEY_EXPORT_FORMATS[format].contentType).send(file);
    } catch (error) {
      fail(res, logger, error);
    }
  });
  return router;
}

/** GraphQL-style errors of the survey modules (FORBIDDEN, BAD_USER_INPUT…) as JSON with their status. */
function fail(res: express.Response, logger: Logger, error: unknown) {
  const { code, message, argumentName } = classifyError(error);
  if (code === 'INTERNAL') logger.error({ err: error }, 'survey request failed');
  if (code === 'UNAUTHENTICATED') res.set('WWW-Authenticate', 'Bearer');
  sendError(res, httpStatusOf[code], code, message, argumentName);
}
