import { codesOf, type QuestionSet } from '@splot/domain';

/** One partner's answers as stored on the REPORTS relationship; every question may stay unanswered. */
export interface PartnerAnswer {
  partner: string;
  kinds: string[];
  frequency: string | null;
  since: number | null;
  value: number | null;
  trust: number | null;
}

/** A refused input: the field it names and a sentence for people (the API's BAD_USER_INPUT). */
export class SurveyInputError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}

const ID = /^[A-Za-z0-9._:-]{1,200}$/;
const ANSWER_FIELDS = new Set(['partner', 'kinds', 'frequency', 'since', 'value', 'trust']);

function scale(field: string, raw: unknown, anchors: Array<{ value: number }>): number | null {
  if (raw === null || raw === undefined) return null;
  const allowed = anchors.map((a) => a.value);
  if (typeof raw !== 'number' || !allowed.includes(raw)) {
    throw new SurveyInputError(
      field,
      `"${field}" must be one of ${allowed.join(', ')} (got ${JSON.stringify(raw)}).`,
    );
  }
  return raw;
}

/** An institution id as the respondent sends it (a roster entry or a proposal). */
export function checkId(field: string, raw: unknown): string {
  if (typeof raw !== 'string' || !ID.test(raw)) {
    throw new SurveyInputError(field, `"${field}" must be an institution id (letters, digits, . _ : -).`);
  }
  return raw;
}

/**
 * Checks one partner's answers against the survey's question set: known codes only, no duplicate
 * kinds, scales within their anchors, a year between the set's minimum and this year. Unknown
 * fields are refused, so nothing the respondent sends is silently dropped.
 */
export function parsePartnerAnswer(set: QuestionSet, body: unknown, thisYear: number): PartnerAnswer {
  if (!body || typeof body !== 'object' || Array.isArray(body)) {
    throw new SurveyInputError('body', 'Send the answer as a JSON object.');
  }
  const input = body as Record<string, unknown>;
  for (const key of Object.keys(input)) {
    if (!ANSWER_FIELDS.has(key))
      throw new SurveyInputError(key, `"${key}" is not a question of this survey.`);
  }
  const q = set.perPartner;
  const kindCodes = codesOf(q.kinds.options);
  const kinds = input.kinds ?? [];
  if (!Array.isArray(kinds) || kinds.some((k) => typeof k !== 'string' || !kindCodes.includes(k))) {
    throw new SurveyInputError('kinds', `"kinds" must be a list of ${kindCodes.join(', ')}.`);
  }
  if (new Set(kinds).size !== kinds.length)
    throw new SurveyInputError('kinds', '"kinds" lists a kind twice.');
  const frequencyCodes = codesOf(q.frequency.options);
  const frequency = input.frequency ?? null;
  if (frequency !== null && (typeof frequency !== 'string' || !frequencyCodes.includes(frequency))) {
    throw new SurveyInputError('frequency', `"frequency" must be one of ${frequencyCodes.join(', ')}.`);
  }
  const since = input.since ?? null;
  if (
    since !== null &&
    (!Number.isInteger(since) || (since as number) < q.since.min || (since as number) > thisYear)
  ) {
    throw new SurveyInputError('since', `"since" must be a year from ${q.since.min} to ${thisYear}.`);
  }
  return {
    partner: checkId('partner', input.partner),
    kinds: [...(kinds as string[])].sort((a, b) => kindCodes.indexOf(a) - kindCodes.indexOf(b)),
    frequency: frequency as string | null,
    since: since as number | null,
    value: scale('value', input.value, q.value.anchors),
    trust: scale('trust', input.trust, q.trust.anchors),
  };
}

/** The open "partners we lack" answer: text up to the set's length, trimmed; empty means none. */
export function parseLacking(set: QuestionSet, body: unknown): string | null {
  const text = (body as { text?: unknown } | null)?.text;
  if (text === null || text === undefined) return null;
  if (typeof text !== 'string') throw new SurveyInputError('text', '"text" must be a string.');
  const trimmed = text.trim();
  if (trimmed.length > set.lacking.maxLength) {
    throw new SurveyInputError('text', `"text" is longer than ${set.lacking.maxLength} characters.`);
  }
  return trimmed === '' ? null : trimmed;
}

export interface ProposalInput {
  name: string;
  kind: string;
  gmina: string;
}

/** A partner the respondent proposes: a name, a kind of institution, the TERYT code of its gmina. */
export function parseProposal(body: unknown, kinds: readonly string[]): ProposalInput {
  const input = (body && typeof body === 'object' ? body : {}) as Record<string, unknown>;
  const name = typeof input.name === 'string' ? input.name.trim() : '';
  if (name.length < 2 || name.length > 300) {
    throw new SurveyInputError('name', '"name" must be the institution\'s name, 2 to 300 characters.');
  }
  if (typeof input.kind !== 'string' || !kinds.includes(input.kind)) {
    throw new SurveyInputError('kind', `"kind" must be one of ${kinds.join(', ')}.`);
  }
  if (typeof input.gmina !== 'string' || !/^\d{7}$/.test(input.gmina)) {
    throw new SurveyInputError('gmina', '"gmina" must be the 7-digit TERYT code of a gmina.');
  }
  return { name, kind: input.kind, gmina: input.gmina };
}
