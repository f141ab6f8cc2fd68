import type { Driver } from 'neo4j-driver';
import type { Principal } from '../auth/principal.js';
import { namedQuery } from '../db/queries.js';
import { type SurveyNode, type SurveyResults, surveyResults } from './results.js';
import { surveyForEditor } from './store.js';
import type { ReportedTie, Survey } from './types.js';

export interface Proposal {
  id: string;
  name: string;
  kind: string;
  gmina: string;
  gminaName: string | null;
  status: string;
  institutionId: string | null;
  proposedBy: string;
  proposedByName: string;
}

export interface FullResults extends SurveyResults {
  survey: Survey;
  lacking: Array<{ institutionId: string; name: string; text: string }>;
  proposals: Proposal[];
}

/** The stored answers of a survey (no access check). */
export async function readAnswers(driver: Driver, id: string) {
  const { records } = await driver.executeQuery(namedQuery('survey-results'), { id }, { routing: 'READ' });
  const row = records[0];
  return {
    ties: (row?.get('ties') ?? []) as ReportedTie[],
    nodes: (row?.get('nodes') ?? []) as SurveyNode[],
    lacking: (row?.get('lacking') ?? []) as FullResults['lacking'],
    proposals: ((row?.get('proposals') ?? []) as Proposal[]).map((p) => ({
      ...p,
      institutionId: p.institutionId ?? null,
    })),
  };
}

/** A survey's results for an editor of its region. */
export async function readResults(
  driver: Driver,
  principal: Principal | null,
  id: string,
): Promise<FullResults> {
  const survey = await surveyForEditor(driver, principal, id);
  const answers = await readAnswers(driver, id);
  return {
    survey,
    ...surveyResults(survey, answers.ties, answers.nodes),
    lacking: answers.lacking,
    proposals: answers.proposals,
  };
}
