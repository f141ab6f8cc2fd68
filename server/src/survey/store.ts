import { randomUUID } from 'node:crypto';
import { CURRENT_QUESTION_SET, isIsoDate, QUESTION_SETS } from '@splot/domain';
import type { Driver } from 'neo4j-driver';
import type { Principal } from '../auth/principal.js';
import { namedQuery, namedWrite } from '../db/queries.js';
import { badUserInput } from '../errors.js';
import { assertSurveyArea, inRegions, surveyRegions } from './access.js';
import type { LinkStatus, ResponseStatus, RosterEntry, Survey, SurveyStatus } from './types.js';

export const today = (): string => new Date().toISOString().slice(0, 10);
export const now = (): string => new Date().toISOString();

/** A survey's status as it stands today: an open survey past its closing date has closed. */
export function effectiveStatus(stored: string, closesOn: string, on: string = today()): SurveyStatus {
  if (stored === 'OPEN' && closesOn < on) return 'CLOSED';
  return stored as SurveyStatus;
}

interface StoredRosterEntry extends Omit<RosterEntry, 'status' | 'link'> {
  linkIssued: boolean;
  linkRevoked: boolean;
}

function rosterEntry(row: StoredRosterEntry): RosterEntry {
  const status: ResponseStatus = row.submittedAt
    ? 'SUBMITTED'
    : row.startedAt
      ? 'IN_PROGRESS'
      : 'NOT_STARTED';
  const link: LinkStatus = row.linkIssued ? 'ACTIVE' : row.linkRevoked ? 'REVOKED' : 'NOT_ISSUED';
  return {
    institutionId: row.institutionId,
    name: row.name,
    kind: row.kind,
    sector: row.sector,
    email: row.email ?? null,
    status,
    link,
    startedAt: row.startedAt ?? null,
    updatedAt: row.updatedAt ?? null,
    submittedAt: row.submittedAt ?? null,
    partners: row.partners,
  };
}

/** One survey as stored, or null; no access check (callers check with the survey's area). */
export async function readSurvey(driver: Driver, id: string): Promise<Survey | null> {
  const { records } = await driver.executeQuery(namedQuery('survey-one'), { id }, { routing: 'READ' });
  const row = records[0];
  if (!row) return null;
  const s = row.get('survey') as Omit<Survey, 'area' | 'partnership' | 'roster'>;
  return {
    ...s,
    acceptedAt: s.acceptedAt ?? null,
    status: effectiveStatus(s.status, s.closesOn),
    area: row.get('area'),
    partnership: row.get('partnership') ?? null,
    roster: (row.get('roster') as StoredRosterEntry[]).map(rosterEntry),
  };
}

/** A survey the caller may manage; refuses (not found, or outside their regions) otherwise. */
export async function surveyForEditor(
  driver: Driver,
  principal: Principal | null,
  id: string,
): Promise<Survey> {
  surveyRegions(principal);
  const survey = await readSurvey(driver, id);
  if (!survey) throw badUserInput('id', `There is no survey "${id}".`);
  assertSurveyArea(principal, survey.area.teryt);
  return survey;
}

export async function listSurveys(driver: Driver, principal: Principal | null, teryt: string | null) {
  const regions = surveyRegions(principal);
  const { records } = await driver.executeQuery(
    namedQuery('survey-list'),
    { regions, teryt },
    { routing: 'READ' },
  );
  const surveys = await Promise.all(records.map((r) => readSurvey(driver, r.get('id') as string)));
  return surveys.filter((s): s is Survey => s !== null);
}

export interface SurveyInput {
  title: string;
  area: string;
  partnership?: string | null;
  questionSet?: string | null;
  opensOn: string;
  closesOn: string;
  roster?: string[] | null;
}

export const MAX_ROSTER = 2000;

/** Checks a new survey's fields; every refusal names its field and nothing is written. */
function checkInput(input: SurveyInput): void {
  const title = input.title.trim();
  if (title.length < 3 || title.length > 200)
    throw badUserInput('input.title', 'The title must have 3 to 200 characters.');
  if (!/^\d{2}(\d{2}(\d{3})?)?$/.test(input.area)) {
    throw badUserInput('input.area', `"${input.area}" is not a TERYT code (2, 4 or 7 digits).`);
  }
  for (const field of ['opensOn', 'closesOn'] as const) {
    if (!isIsoDate(input[field])) throw badUserInput(`input.${field}`, `${field} must be a date YYYY-MM-DD.`);
  }
  if (input.closesOn < input.opensOn) {
    throw badUserInput('input.closesOn', 'The survey cannot close before it opens.');
  }
  if (input.questionSet && !QUESTION_SETS[input.questionSet]) {
    throw badUserInput('input.questionSet', `There is no question set "${input.questionSet}".`);
  }
  if (input.roster && input.roster.length > MAX_ROSTER) {
    throw badUserInput('input.roster', `A roster holds at most ${MAX_ROSTER} institutions.`);
  }
}

export async function createSurvey(
  driver: Driver,
  principal: Principal | null,
  input: SurveyInput,
): Promise<Survey> {
  assertSurveyArea(principal, input.area);
  checkInput(input);
  const regions = surveyRegions(principal);
  const read = (name: string, params: Record<string, unknown>) =>
    driver.executeQuery(namedQuery(name), params, { routing: 'READ' });
  const area = await read('area', { teryt: input.area });
  if (area.records.length === 0) throw badUserInput('input.area', `There is no area ${input.area}.`);
  const partnership = input.partnership ?? null;
  if (partnership) {
    const found = await read('survey-partnership', { id: partnership });
    if (found.records.length === 0)
      throw badUserInput('input.partnership', `There is no partnership "${partnership}".`);
  }
  const roster =
    input.roster && input.roster.length > 0
      ? [...new Set(input.roster)]
      : (await read('survey-roster-default', { area: input.area, partnership })).records.map(
          (r) => r.get('id') as string,
        );
  const found = await read('survey-roster-check', { ids: roster });
  const seats = new Map(found.records.map((r) => [r.get('id') as string, r.get('seat') as string | null]));
  const missing = roster.find((id) => !seats.has(id));
  if (missing) throw badUserInput('input.roster', `There is no institution "${missing}".`);
  const outside = roster.find((id) => !inRegions(regions, seats.get(id)));
  if (outside) {
    throw badUserInput(
      'input.roster',
      `"${outside}" is seated outside your regions; it cannot be on your survey's roster.`,
    );
  }
  if (roster.length < 2) {
    throw badUserInput(
      'input.roster',
      'A survey needs at least two institutions on its roster (the area has fewer).',
    );
  }
  const id = `survey-${randomUUID()}`;
  await driver.executeQuery(
    namedWrite('survey-create'),
    {
      survey: {
        id,
        title: input.title.trim(),
        area: input.area,
        partnership,
        questionSet: input.questionSet ?? CURRENT_QUESTION_SET,
        opensOn: input.opensOn,
        closesOn: input.closesOn,
        createdBy: principal?.sub ?? '',
        roster,
      },
      now: now(),
    },
    { routing: 'WRITE' },
  );
  return (await readSurvey(driver, id)) as Survey;
}

const TRANSITIONS: Record<'open' | 'close', { from: SurveyStatus[]; to: SurveyStatus }> = {
  open: { from: ['DRAFT', 'CLOSED'], to: 'OPEN' },
  close: { from: ['OPEN'], to: 'CLOSED' },
};

export async function setSurveyStatus(
  driver: Driver,
  principal: Principal | null,
  id: string,
  action: 'open' | 'close',
): Promise<Survey> {
  const survey = await surveyForEditor(driver, principal, id);
  if (action === 'open' && survey.closesOn < today()) {
    throw badUserInput(
      'id',
      `The survey's closing date ${survey.closesOn} has passed; it cannot open again.`,
    );
  }
  const { from, to } = TRANSITIONS[action];
  const { records } = await driver.executeQuery(
    namedWrite('survey-set-status'),
    { id, from, to },
    { routing: 'WRITE' },
  );
  if (records.length === 0) {
    throw badUserInput(
      'id',
      survey.acceptedAt
        ? 'The survey was accepted into the map; it cannot change any more.'
        : `A ${survey.status.toLowerCase()} survey cannot be ${action === 'open' ? 'opened' : 'closed'}.`,
    );
  }
  return (await readSurvey(driver, id)) as Survey;
}

export async function deleteSurvey(
  driver: Driver,
  principal: Principal | null,
  id: string,
): Promise<boolean> {
  await surveyForEditor(driver, principal, id);
  await driver.executeQuery(namedWrite('survey-delete'), { id }, { routing: 'WRITE' });
  return true;
}
