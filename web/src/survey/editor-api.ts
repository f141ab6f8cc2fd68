import { execute } from '../api/client';
import {
  AcceptSurveyResultsDocument,
  AddSurveyRespondentsDocument,
  CloseSurveyDocument,
  CreateSurveyDocument,
  DeleteSurveyDocument,
  OpenSurveyDocument,
  RemoveSurveyRespondentsDocument,
  ResolveSurveyProposalDocument,
  RevokeSurveyLinkDocument,
  type SurveyInput,
  SurveyInstitutionsDocument,
  SurveyPartnershipsDocument,
  type SurveyProposalDecision,
  SurveyResultsDocument,
  SurveysDocument,
} from '../api/operations.generated';

// The editor's survey operations (src/api/operations/survey.graphql) and files (links, exports),
// which need the bearer token too and arrive as downloads.

export const listSurveys = async () => (await execute(SurveysDocument, {})).surveys;
export async function readResults(id: string) {
  const results = (await execute(SurveyResultsDocument, { id })).surveyResults;
  if (!results) throw new Error(`There is no survey "${id}".`);
  return results;
}
export const createSurvey = async (input: SurveyInput) =>
  (await execute(CreateSurveyDocument, { input })).createSurvey;
export const openSurvey = (id: string) => execute(OpenSurveyDocument, { id });
export const closeSurvey = (id: string) => execute(CloseSurveyDocument, { id });
export const deleteSurvey = (id: string) => execute(DeleteSurveyDocument, { id });
export const revokeLink = (id: string, institution: string) =>
  execute(RevokeSurveyLinkDocument, { id, institution });
export const resolveProposal = (
  id: string,
  proposal: string,
  decision: SurveyProposalDecision,
  institution: string | null = null,
) => execute(ResolveSurveyProposalDocument, { id, proposal, decision, institution });
export const searchInstitutions = async (id: string, search: string) =>
  (await execute(SurveyInstitutionsDocument, { id, search })).surveyInstitutions;
export const searchPartnerships = async (search: string) =>
  (await execute(SurveyPartnershipsDocument, { search })).surveyPartnerships;
/** Puts institutions on the roster; answers one new link per institution (shown once). */
export const addRespondents = async (id: string, institutions: string[]) =>
  (await execute(AddSurveyRespondentsDocument, { id, institutions })).addSurveyRespondents.links;
export const removeRespondents = (id: string, institutions: string[]) =>
  execute(RemoveSurveyRespondentsDocument, { id, institutions });
export const acceptResults = async (id: string) =>
  (await execute(AcceptSurveyResultsDocument, { id })).acceptSurveyResults;

async function fetchFile(url: string, token: string, method: 'GET' | 'POST'): Promise<Response> {
  const res = await fetch(url, { method, headers: { authorization: `Bearer ${token}` } });
  if (!res.ok) {
    const body = (await res.json().catch(() => ({}))) as { message?: string };
    throw new Error(body.message ?? res.statusText);
  }
  return res;
}

/** Saves a response as a file under the name the server gave it. */
async function save(res: Response): Promise<void> {
  const name = /filename="?([^";]+)"?/.exec(res.headers.get('content-disposition') ?? '')?.[1] ?? 'splot';
  const url = URL.createObjectURL(await res.blob());
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** New links for the whole roster (the earlier ones stop working), as a CSV or XLSX download. */
export async function downloadLinks(id: string, format: 'csv' | 'xlsx', token: string, onlyNew = false) {
  await save(
    await fetchFile(
      `/api/surveys/${encodeURIComponent(id)}/links.${format}${onlyNew ? '?onlyNew=true' : ''}`,
      token,
      'POST',
    ),
  );
}

/** One new link for one institution (its earlier link stops working). */
export async function reissueLink(id: string, institution: string, token: string): Promise<string> {
  const res = await fetchFile(
    `/api/surveys/${encodeURIComponent(id)}/links.json?institution=${encodeURIComponent(institution)}`,
    token,
    'POST',
  );
  const { links } = (await res.json()) as { links: Array<{ link: string }> };
  return links[0]?.link ?? '';
}

export const SURVEY_EXPORTS = ['graphml', 'gexf', 'csv.zip', 'json'] as const;

export async function downloadResults(id: string, format: (typeof SURVEY_EXPORTS)[number], token: string) {
  await save(await fetchFile(`/api/surveys/${encodeURIComponent(id)}/results.${format}`, token, 'GET'));
}
