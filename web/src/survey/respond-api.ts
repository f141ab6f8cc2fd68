// The respondent's API (server/src/http/survey-routes.ts), authenticated by the link's token only.
import type { QuestionSet } from '@splot/domain';

export interface PartnerAnswer {
  partner: string;
  kinds: string[];
  frequency: string | null;
  since: number | null;
  value: number | null;
  trust: number | null;
}

export interface Proposal {
  id: string;
  name: string;
  kind: string;
  gmina: string;
  status: string;
}

export interface RespondentView {
  survey: { id: string; title: string; opensOn: string; closesOn: string };
  area: { teryt: string; name: string };
  institution: { id: string; name: string; kind: string };
  roster: Array<{ id: string; name: string; kind: string; place: string | null }>;
  answers: PartnerAnswer[];
  proposals: Proposal[];
  response: { lacking: string | null; submittedAt: string | null; updatedAt: string | null };
  questions: QuestionSet;
  institutionKinds: string[];
  gminas: Array<{ teryt: string; name: string }>;
}

export class RespondError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly field?: string,
  ) {
    super(message);
  }
}

/** The token from the page's address: /ankieta#TOKEN (the fragment never reaches a server). */
export const tokenFromHash = (hash: string) => hash.replace(/^#/, '').trim();

export function respondClient(token: string) {
  const call = async <T>(method: string, path: string, body?: unknown): Promise<T> => {
    const res = await fetch(`/api/survey-response${path}`, {
      method,
      headers: {
        'x-survey-token': token,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const payload = (await res.json().catch(() => ({}))) as { message?: string; argumentName?: string };
    if (!res.ok) throw new RespondError(res.status, payload.message ?? res.statusText, payload.argumentName);
    return payload as T;
  };
  return {
    view: () => call<RespondentView>('GET', ''),
    saveAnswer: (answer: PartnerAnswer) => call('PUT', '/answers', answer),
    removeAnswer: (partner: string) => call('DELETE', `/answers/${encodeURIComponent(partner)}`),
    saveResponse: (body: { lacking?: string; submit?: boolean }) => call('PUT', '', body),
    propose: (body: { name: string; kind: string; gmina: string }) =>
      call<Proposal>('POST', '/proposals', body),
  };
}

export type RespondClient = ReturnType<typeof respondClient>;

export const emptyAnswer = (partner: string): PartnerAnswer => ({
  partner,
  kinds: [],
  frequency: null,
  since: null,
  value: null,
  trust: null,
});
