import type { Driver } from 'neo4j-driver';
import type { Principal } from '../auth/principal.js';
import { namedQuery, namedWrite } from '../db/queries.js';
import { badUserInput } from '../errors.js';
import { inRegions, surveyRegions } from './access.js';
import { type IssuedLink, writeLinks } from './links.js';
import { MAX_ROSTER, now, readSurvey, surveyForEditor } from './store.js';
import type { Survey } from './types.js';

// Changing a survey's roster after it was created, while it is a draft or open (not once closed
// or accepted): an added institution gets its response and its link at once (shown once, like
// every link); a removed one loses its response, so its link opens nothing.

/** The survey, if its roster may still change; refuses otherwise. */
async function changeableSurvey(driver: Driver, principal: Principal | null, id: string): Promise<Survey> {
  const survey = await surveyForEditor(driver, principal, id);
  if (survey.acceptedAt || survey.status === 'CLOSED') {
    throw badUserInput('id', 'The survey is closed: its roster cannot change any more.');
  }
  return survey;
}

function checkIds(institutions: string[]): string[] {
  const ids = [...new Set(institutions)];
  if (ids.length === 0) throw badUserInput('institutions', 'Name at least one institution.');
  if (ids.length > MAX_ROSTER)
    throw badUserInput('institutions', `A roster holds at most ${MAX_ROSTER} institutions.`);
  return ids;
}

export async function addRespondents(
  driver: Driver,
  principal: Principal | null,
  id: string,
  institutions: string[],
  origin: string,
): Promise<{ survey: Survey; links: IssuedLink[] }> {
  const survey = await changeableSurvey(driver, principal, id);
  const ids = checkIds(institutions);
  const onRoster = ids.find((i) => survey.roster.some((r) => r.institutionId === i));
  if (onRoster) throw badUserInput('institutions', `"${onRoster}" is on the survey's roster already.`);
  if (survey.roster.length + ids.length > MAX_ROSTER)
    throw badUserInput('institutions', `A roster holds at most ${MAX_ROSTER} institutions.`);
  const found = await driver.executeQuery(namedQuery('survey-roster-check'), { ids }, { routing: 'READ' });
  const seats = new Map(found.records.map((r) => [r.get('id') as string, r.get('seat') as string | null]));
  const missing = ids.find((i) => !seats.has(i));
  if (missing) throw badUserInput('institutions', `There is no institution "${missing}".`);
  const regions = surveyRegions(principal);
  const outside = ids.find((i) => !inRegions(regions, seats.get(i)));
  if (outside) {
    throw badUserInput(
      'institutions',
      `"${outside}" is seated outside your regions; it cannot be on your survey's roster.`,
    );
  }
  const links = await writeLinks(driver, 'survey-roster-add', id, ids, origin);
  return { survey: (await readSurvey(driver, id)) as Survey, links };
}

export async function removeRespondents(
  driver: Driver,
  principal: Principal | null,
  id: string,
  institutions: string[],
): Promise<Survey> {
  const survey = await changeableSurvey(driver, principal, id);
  const ids = checkIds(institutions);
  const absent = ids.find((i) => !survey.roster.some((r) => r.institutionId === i));
  if (absent) throw badUserInput('institutions', `"${absent}" is not on the survey's roster.`);
  if (survey.roster.length - ids.length < 2)
    throw badUserInput('institutions', 'A survey needs at least two institutions on its roster.');
  const { records } = await driver.executeQuery(
    namedWrite('survey-roster-remove'),
    { id, institutions: ids, now: now() },
    { routing: 'WRITE' },
  );
  if (records.length === 0)
    throw badUserInput('institutions', 'The survey changed meanwhile; nothing was removed.');
  return (await readSurvey(driver, id)) as Survey;
}
