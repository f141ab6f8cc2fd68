import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import type { Driver } from 'neo4j-driver';
import type { Principal } from '../auth/principal.js';
import { namedWrite } from '../db/queries.js';
import { badUserInput } from '../errors.js';
import { now, surveyForEditor } from './store.js';
import { hashToken, newToken, responseLink } from './tokens.js';
import type { Survey } from './types.js';

export interface IssuedLink {
  institutionId: string;
  name: string;
  kind: string | null;
  email: string | null;
  link: string;
}

/**
 * Stores a new token hash for each institution with `statement` (issuing links, or adding to the
 * roster) and gives each its private link; only the hash is kept, so the link is shown this once.
 */
export async function writeLinks(
  driver: Driver,
  statement: string,
  id: string,
  institutions: string[],
  origin: string,
): Promise<IssuedLink[]> {
  const tokens = new Map(institutions.map((institution) => [institution, newToken()]));
  const { records } = await driver.executeQuery(
    namedWrite(statement),
    {
      id,
      now: now(),
      links: [...tokens].map(([institution, token]) => ({ institution, hash: hashToken(token) })),
    },
    { routing: 'WRITE' },
  );
  return records.map((r) => ({
    institutionId: r.get('institution') as string,
    name: r.get('name') as string,
    kind: r.get('kind') as string | null,
    email: (r.get('email') as string | null) ?? null,
    link: responseLink(origin, tokens.get(r.get('institution') as string) ?? ''),
  }));
}

/**
 * New links for rostered institutions (all, or only those without a working link). Only hashes
 * are stored, so a link can be shown once: issuing again replaces the earlier link of the same
 * institution, which stops working.
 */
export async function issueLinks(
  driver: Driver,
  principal: Principal | null,
  id: string,
  origin: string,
  { only = null, onlyWithoutLink = false }: { only?: string[] | null; onlyWithoutLink?: boolean } = {},
): Promise<{ survey: Survey; links: IssuedLink[] }> {
  const survey = await surveyForEditor(driver, principal, id);
  if (survey.status === 'CLOSED')
    throw badUserInput('id', 'The survey is closed: its links would open nothing.');
  const targets = survey.roster.filter(
    (r) => (only === null || only.includes(r.institutionId)) && (!onlyWithoutLink || r.link !== 'ACTIVE'),
  );
  if (only && targets.length === 0)
    throw badUserInput('institution', `"${only[0]}" is not on the survey's roster.`);
  const links = await writeLinks(
    driver,
    'survey-issue-links',
    id,
    targets.map((r) => r.institutionId),
    origin,
  );
  links.sort((a, b) => a.name.localeCompare(b.name, 'pl'));
  return { survey, links };
}

export async function revokeLink(
  driver: Driver,
  principal: Principal | null,
  id: string,
  institution: string,
) {
  await surveyForEditor(driver, principal, id);
  const { records } = await driver.executeQuery(
    namedWrite('survey-revoke-link'),
    { id, institution, now: now() },
    { routing: 'WRITE' },
  );
  if (records.length === 0)
    throw badUserInput('institution', `"${institution}" is not on the survey's roster.`);
  return true;
}

// Column headers in Polish and English, so a mail merge in either language finds its fields.
const COLUMNS: Array<[keyof IssuedLink | 'survey' | 'closesOn', string]> = [
  ['institutionId', 'id'],
  ['name', 'instytucja / institution'],
  ['kind', 'rodzaj / kind'],
  ['email', 'email'],
  ['link', 'link'],
  ['survey', 'ankieta / survey'],
  ['closesOn', 'zamknięcie / closes on'],
];

const rowsOf = (survey: Survey, links: IssuedLink[]) =>
  links.map((l) => {
    const values: Record<string, string | null> = { ...l, survey: survey.title, closesOn: survey.closesOn };
    return COLUMNS.map(([key]) => values[key] ?? '');
  });

/** UTF-8 with a byte-order mark, so Polish Excel opens the names right. */
export function linksCsv(survey: Survey, links: IssuedLink[]): Buffer {
  const text = stringify([COLUMNS.map(([, header]) => header), ...rowsOf(survey, links)]);
  return Buffer.from(`\ufeff${text}`, 'utf8');
}

export async function linksXlsx(survey: Survey, links: IssuedLink[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('linki');
  sheet.addRow(COLUMNS.map(([, header]) => header));
  sheet.getRow(1).font = { bold: true };
  for (const row of rowsOf(survey, links)) sheet.addRow(row);
  sheet.columns.forEach((column, i) => {
    column.width = [24, 48, 20, 30, 70, 40, 16][i] ?? 20;
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
