import type { Driver } from 'neo4j-driver';
import { acceptSurvey } from '../../survey/accept.js';
import { surveyRegions } from '../../survey/access.js';
import { partnershipChoices, searchAreaInstitutions, withMatches } from '../../survey/candidates.js';
import { revokeLink } from '../../survey/links.js';
import { type ProposalDecision, resolveProposal } from '../../survey/proposals.js';
import { type FullResults, readResults } from '../../survey/read-results.js';
import { addRespondents, removeRespondents } from '../../survey/roster.js';
import {
  createSurvey,
  deleteSurvey,
  listSurveys,
  readSurvey,
  type SurveyInput,
  setSurveyStatus,
  surveyForEditor,
} from '../../survey/store.js';
import type { SplotContext } from '../context.js';

type Id = { id: string };

/** Thin over server/src/survey: every field checks the caller against the survey's area there. */
export function surveyResolvers(driver: Driver) {
  return {
    Query: {
      surveys: (_r: unknown, { teryt }: { teryt?: string | null }, ctx: SplotContext) =>
        listSurveys(driver, ctx.principal, teryt ?? null),
      // Refused before the look-up, so nobody but editors and admins learns whether an id exists.
      survey: async (_r: unknown, { id }: Id, ctx: SplotContext) =>
        surveyRegions(ctx.principal) !== undefined && (await readSurvey(driver, id))
          ? surveyForEditor(driver, ctx.principal, id)
          : null,
      surveyResults: async (_r: unknown, { id }: Id, ctx: SplotContext) =>
        surveyRegions(ctx.principal) !== undefined && (await readSurvey(driver, id))
          ? readResults(driver, ctx.principal, id)
          : null,
      surveyInstitutions: (_r: unknown, { id, search }: Id & { search: string }, ctx: SplotContext) =>
        searchAreaInstitutions(driver, ctx.principal, id, search),
      surveyPartnerships: (_r: unknown, { search }: { search: string }, ctx: SplotContext) =>
        partnershipChoices(driver, ctx.principal, search),
    },
    SurveyResults: {
      // Only when asked for: matching reads the area's institutions once per pending proposal.
      proposals: (results: FullResults) => withMatches(driver, results.survey.id, results.proposals),
    },
    Mutation: {
      createSurvey: (_r: unknown, { input }: { input: SurveyInput }, ctx: SplotContext) =>
        createSurvey(driver, ctx.principal, input),
      openSurvey: (_r: unknown, { id }: Id, ctx: SplotContext) =>
        setSurveyStatus(driver, ctx.principal, id, 'open'),
      closeSurvey: (_r: unknown, { id }: Id, ctx: SplotContext) =>
        setSurveyStatus(driver, ctx.principal, id, 'close'),
      deleteSurvey: (_r: unknown, { id }: Id, ctx: SplotContext) => deleteSurvey(driver, ctx.principal, id),
      revokeSurveyLink: (_r: unknown, { id, institution }: Id & { institution: string }, ctx: SplotContext) =>
        revokeLink(driver, ctx.principal, id, institution),
      addSurveyRespondents: (
        _r: unknown,
        { id, institutions }: Id & { institutions: string[] },
        ctx: SplotContext,
      ) => addRespondents(driver, ctx.principal, id, institutions, ctx.origin),
      removeSurveyRespondents: (
        _r: unknown,
        { id, institutions }: Id & { institutions: string[] },
        ctx: SplotContext,
      ) => removeRespondents(driver, ctx.principal, id, institutions),
      resolveSurveyProposal: async (
        _r: unknown,
        args: Id & { proposal: string; decision: ProposalDecision; institution?: string | null },
        ctx: SplotContext,
      ) => {
        await resolveProposal(
          driver,
          ctx.principal,
          args.id,
          args.proposal,
          args.decision,
          args.institution ?? null,
        );
        const results = await readResults(driver, ctx.principal, args.id);
        const proposal = results.proposals.find((p) => p.id === args.proposal);
        return proposal && { ...proposal, matches: [] };
      },
      acceptSurveyResults: (_r: unknown, { id }: Id, ctx: SplotContext) =>
        acceptSurvey(driver, ctx.principal, id),
    },
  };
}
