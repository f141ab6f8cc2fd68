import { randomUUID } from 'node:crypto';
import { INSTITUTION_KINDS, questionSet } from '@splot/domain';
import type { Driver } from 'neo4j-driver';
import { namedQuery, namedWrite } from '../db/queries.js';
import { checkId, parseLacking, parsePartnerAnswer, parseProposal, SurveyInputError } from './answers.js';
import { now, today } from './store.js';
import { hashToken, isTokenShaped } from './tokens.js';

// What a link token may do, and nothing else: read its own response (with the survey's roster)
// and write into it while the survey is open. Every write names the response the token opened
// and re-checks, in its own transaction, that the survey still takes answers.

export interface Respondent {
  response: string;
  survey: string;
  questionSet: string;
  institution: string;
}

/** The response a token opens today, or null (unknown, revoked, replaced, survey not open). */
export async function openByToken(driver: Driver, token: unknown): Promise<Respondent | null> {
  if (!isTokenShaped(token)) return null;
  const { records } = await driver.executeQuery(
    namedQuery('survey-by-token'),
    { hash: hashToken(token), today: today() },
    { routing: 'READ' },
  );
  return (records[0]?.toObject() as Respondent | undefined) ?? null;
}

export async function respondentView(driver: Driver, who: Respondent) {
  const { records } = await driver.executeQuery(
    namedQuery('survey-respondent-view'),
    { response: who.response },
    { routing: 'READ' },
  );
  const gminas = await driver.executeQuery(
    namedQuery('survey-area-gminas'),
    { survey: who.survey },
    { routing: 'READ' },
  );
  const row = records[0]?.toObject() ?? {};
  return {
    ...row,
    questions: questionSet(who.questionSet),
    institutionKinds: INSTITUTION_KINDS,
    gminas: gminas.records.map((r) => r.toObject()),
  };
}

/** Thrown when a write found nothing to write into: the survey closed meanwhile. */
export class SurveyClosedError extends Error {}

async function write(driver: Driver, who: Respondent, statement: string, params: Record<string, unknown>) {
  const { records } = await driver.executeQuery(
    namedWrite(statement),
    { response: who.response, today: today(), now: now(), ...params },
    { routing: 'WRITE' },
  );
  return records;
}

/** Throws SurveyClosedError when the survey stopped taking answers, else an input error. */
async function explainNothingWritten(
  driver: Driver,
  who: Respondent,
  field: string,
  message: string,
): Promise<never> {
  const open = await driver.executeQuery(
    namedQuery('survey-response-open'),
    { response: who.response, today: today() },
    { routing: 'READ' },
  );
  if (open.records.length === 0) throw new SurveyClosedError('The survey is closed; nothing was saved.');
  throw new SurveyInputError(field, message);
}

export async function saveAnswer(driver: Driver, who: Respondent, body: unknown) {
  const answer = parsePartnerAnswer(questionSet(who.questionSet), body, new Date().getUTCFullYear());
  if (answer.partner === who.institution) {
    throw new SurveyInputError('partner', 'An institution cannot name itself as its partner.');
  }
  const records = await write(driver, who, 'survey-save-answer', { answer });
  if (records.length === 0) {
    await explainNothingWritten(
      driver,
      who,
      'partner',
      `"${answer.partner}" is neither on this survey's roster nor proposed by you.`,
    );
  }
  return answer;
}

export async function removeAnswer(driver: Driver, who: Respondent, partner: unknown) {
  const id = checkId('partner', partner);
  const records = await write(driver, who, 'survey-remove-answer', { partner: id });
  if (records.length === 0)
    await explainNothingWritten(driver, who, 'partner', `Your response does not name "${id}".`);
}

export async function saveResponse(driver: Driver, who: Respondent, body: unknown) {
  const input = (body && typeof body === 'object' ? body : {}) as Record<string, unknown>;
  for (const key of Object.keys(input)) {
    if (key !== 'lacking' && key !== 'submit')
      throw new SurveyInputError(key, `"${key}" is not part of a response.`);
  }
  if (input.submit !== undefined && typeof input.submit !== 'boolean') {
    throw new SurveyInputError('submit', '"submit" must be true or false.');
  }
  const setLacking = 'lacking' in input;
  const lacking = setLacking ? parseLacking(questionSet(who.questionSet), { text: input.lacking }) : null;
  const records = await write(driver, who, 'survey-save-response', {
    setLacking,
    lacking,
    submit: input.submit === true,
  });
  if (records.length === 0) await explainNothingWritten(driver, who, 'response', 'Nothing was saved.');
}

const MAX_PROPOSALS = 30;

export async function proposePartner(driver: Driver, who: Respondent, body: unknown) {
  const proposal = parseProposal(body, INSTITUTION_KINDS);
  const id = `proposal-${randomUUID()}`;
  const records = await write(driver, who, 'survey-propose', { proposal, id, maxProposals: MAX_PROPOSALS });
  if (records.length === 0) {
    await explainNothingWritten(
      driver,
      who,
      'gmina',
      `"${proposal.gmina}" is not a gmina we know, or you have proposed ${MAX_PROPOSALS} partners already.`,
    );
  }
  return { id, ...proposal, status: 'PENDING' };
}
