import { type QuestionSet, questionSet } from '@splot/domain';
import type { Driver } from 'neo4j-driver';
import type { Principal } from '../auth/principal.js';
import { namedWrite } from '../db/queries.js';
import { emptyRows, type Rows } from '../db/rows.js';
import { writeRows } from '../db/write-rows.js';
import { badUserInput } from '../errors.js';
import { readAnswers } from './read-results.js';
import { type ResultTie, surveyResults } from './results.js';
import { now, surveyForEditor, today } from './store.js';
import type { Survey } from './types.js';

// Accepting a closed survey turns its reported ties into map data: one collaboration per pair of
// institutions (kind REPORTED_MUTUAL when both reported it, REPORTED_ONE_SIDED otherwise), covering
// the survey's area, documented by each reporting response as a source (survey, respondent, date)
// with the answers quoted. So the explorer, the analytics, missing partners, provenance and exports
// read them like any other tie. Accepting again replaces what the last acceptance wrote.

export const REPORTED_KINDS = ['REPORTED_MUTUAL', 'REPORTED_ONE_SIDED'] as const;

/** The answers about one partner in words, for the citation's quote (Polish, as the data is). */
export function quoteOf(set: QuestionSet, tie: ResultTie): string {
  const q = set.perPartner;
  const label = (options: Array<{ code: string; label: { pl: string } }>, code: string | null) =>
    options.find((o) => o.code === code)?.label.pl ?? code;
  const parts = [
    tie.kinds.length
      ? `rodzaje współpracy: ${tie.kinds.map((k) => label(q.kinds.options, k)).join(', ')}`
      : null,
    tie.frequency ? `częstotliwość: ${label(q.frequency.options, tie.frequency)}` : null,
    tie.since ? `od ${tie.since} r.` : null,
    tie.value ? `wartość ${tie.value}/4` : null,
    tie.trust ? `zaufanie ${tie.trust}/4` : null,
  ].filter((p): p is string => p !== null);
  return parts.length ? parts.join('; ') : 'współpraca zgłoszona bez dalszych odpowiedzi';
}

export const responseSourceId = (surveyId: string, respondent: string) => `${surveyId}:${respondent}`;
export const pairCollaborationId = (surveyId: string, a: string, b: string) => `${surveyId}:${a}:${b}`;

/** The rows an acceptance writes (plain data; tested alone). */
export function acceptanceRows(
  survey: Survey,
  ties: ResultTie[],
  names: Map<string, string>,
): { rows: Rows; collaborations: string[]; sources: string[] } {
  const set = questionSet(survey.questionSet);
  const rows = emptyRows();
  const byPair = new Map<string, ResultTie[]>();
  for (const t of ties) {
    const [a, b] = t.source < t.target ? [t.source, t.target] : [t.target, t.source];
    const key = pairCollaborationId(survey.id, a, b);
    byPair.set(key, [...(byPair.get(key) ?? []), t]);
  }
  const respondedOn = new Map<string, string>();
  for (const t of ties) {
    const date = (t.submittedAt ?? t.savedAt).slice(0, 10);
    const seen = respondedOn.get(t.source);
    if (!seen || date > seen) respondedOn.set(t.source, date);
  }
  for (const [respondent, date] of respondedOn) {
    const name = names.get(respondent) ?? respondent;
    rows.sources.push({
      id: responseSourceId(survey.id, respondent),
      title: `Ankieta „${survey.title}” — odpowiedź: ${name}`,
      publisher: name,
      url: null,
      publishedOn: date,
      file: null,
    });
  }
  for (const [id, pairTies] of byPair) {
    const [first] = pairTies as [ResultTie];
    const [a, b] = first.source < first.target ? [first.source, first.target] : [first.target, first.source];
    const years = pairTies.map((t) => t.since).filter((y): y is number => y !== null);
    rows.collaborations.push({
      id,
      title: `Współpraca zgłoszona w ankiecie: ${names.get(a) ?? a} – ${names.get(b) ?? b}`,
      kind: pairTies.length === 2 ? 'REPORTED_MUTUAL' : 'REPORTED_ONE_SIDED',
      programme: null,
      amountPln: null,
      startedOn: years.length ? `${Math.min(...years)}-01-01` : null,
      endedOn: null,
      synthetic: null,
      goal: null,
      datePrecision: years.length ? 'YEAR' : null,
    });
    for (const institution of [a, b])
      rows.participations.push({ institution, collaboration: id, role: 'PARTNER' });
    rows.coverage.push({ subject: id, area: survey.area.teryt });
    for (const t of pairTies) {
      rows.citations.push({
        subject: id,
        source: responseSourceId(survey.id, t.source),
        quote: quoteOf(set, t),
      });
    }
  }
  return {
    rows,
    collaborations: rows.collaborations.map((c) => c.id),
    sources: rows.sources.map((s) => s.id),
  };
}

export interface Acceptance {
  ties: number;
  collaborations: number;
  sources: number;
  pendingTies: number;
}

export async function acceptSurvey(
  driver: Driver,
  principal: Principal | null,
  id: string,
): Promise<Acceptance> {
  const survey = await surveyForEditor(driver, principal, id);
  if (survey.status !== 'CLOSED') throw badUserInput('id', 'Close the survey before accepting its results.');
  const answers = await readAnswers(driver, id);
  const results = surveyResults(survey, answers.ties, answers.nodes);
  const names = new Map(answers.nodes.map((n) => [n.id, n.label]));
  const { rows, collaborations, sources } = acceptanceRows(survey, results.ties, names);
  const session = driver.session({ defaultAccessMode: 'WRITE' });
  try {
    await session.executeWrite(async (tx) => {
      await tx.run(namedWrite('survey-clear-accepted'), { id });
      await writeRows(tx, rows);
      await tx.run(namedWrite('survey-tag-accepted'), { id, collaborations, sources });
      const marked = await tx.run(namedWrite('survey-mark-accepted'), { id, now: now(), today: today() });
      if (marked.records.length === 0)
        throw badUserInput('id', 'The survey is not closed; nothing was accepted.');
    });
  } finally {
    await session.close();
  }
  return {
    ties: results.ties.length,
    collaborations: collaborations.length,
    sources: sources.length,
    pendingTies: results.pendingTies,
  };
}
