import { questionSet } from '@splot/domain';
import { describe, expect, it } from 'vitest';
import { acceptanceRows, quoteOf } from './accept.js';
import { surveyResults } from './results.js';
import type { ReportedTie, RosterEntry, Survey } from './types.js';

const entry = (id: string, status: RosterEntry['status']): RosterEntry => ({
  institutionId: id,
  name: id.toUpperCase(),
  kind: 'OPS',
  sector: 'PUBLIC',
  email: null,
  status,
  link: 'ACTIVE',
  startedAt: null,
  updatedAt: null,
  submittedAt: null,
  partners: 0,
});
const survey: Survey = {
  id: 'survey-1',
  title: 'T',
  questionSet: 'partner-v1',
  area: { teryt: '2607', name: 'ostrowiecki', level: 'POWIAT' },
  partnership: null,
  opensOn: '2026-01-01',
  closesOn: '2026-02-01',
  status: 'CLOSED',
  createdAt: '2026-01-01T00:00:00Z',
  acceptedAt: null,
  roster: [
    entry('a', 'SUBMITTED'),
    entry('b', 'SUBMITTED'),
    entry('c', 'IN_PROGRESS'),
    entry('d', 'NOT_STARTED'),
  ],
};
const tie = (source: string, target: string, extra: Partial<ReportedTie> = {}): ReportedTie => ({
  source,
  target,
  proposal: false,
  kinds: ['INFORMATION'],
  frequency: 'MONTHLY',
  since: 2018,
  value: 3,
  trust: 2,
  savedAt: '2026-01-10T10:00:00Z',
  response: `r-${source}`,
  submittedAt: null,
  ...extra,
});
const nodes = ['a', 'b', 'c', 'd'].map((id) => ({
  id,
  label: id.toUpperCase(),
  kind: 'OPS',
  sector: 'PUBLIC',
  rostered: true,
}));

describe('surveyResults', () => {
  const reported = [
    tie('a', 'b'),
    tie('b', 'a', { value: 4, trust: 4 }),
    tie('c', 'a'),
    tie('a', 'd'),
    tie('b', 'p-1', { proposal: true }),
  ];
  const r = surveyResults(survey, reported, nodes);

  it('counts the response rate and names who has not answered', () => {
    expect(r).toMatchObject({ rostered: 4, submitted: 2, inProgress: 1, responseRate: 0.5, pendingTies: 1 });
    expect(r.notAnswered.map((n) => n.institutionId)).toEqual(['c', 'd']);
  });

  it('tells ties confirmed by both from ties reported by one, and by whom', () => {
    expect(r.pairs).toEqual([
      { a: 'a', b: 'b', reportedBy: ['a', 'b'], mutual: true, awaiting: false },
      { a: 'a', b: 'c', reportedBy: ['c'], mutual: false, awaiting: false },
      // d has not answered: the tie may yet be confirmed.
      { a: 'a', b: 'd', reportedBy: ['a'], mutual: false, awaiting: true },
    ]);
    expect(r).toMatchObject({ mutualPairs: 1, oneSidedPairs: 2 });
    expect(r.reciprocity).toBeCloseTo(1 / 3);
    expect(r.ties.filter((t) => t.reciprocated).map((t) => `${t.source}>${t.target}`)).toEqual([
      'a>b',
      'b>a',
    ]);
  });

  it('computes in/out degree, mean value and trust received, and betweenness of the reported network', () => {
    const a = r.nodes.find((n) => n.id === 'a');
    expect(a).toMatchObject({ inDegree: 2, outDegree: 2, mutual: 1, meanValueIn: 3.5, meanTrustIn: 3 });
    expect(a?.betweenness).toBeGreaterThan(0);
    expect(r.density).toBeCloseTo(4 / 12);
    expect(r.components).toBe(1);
  });

  it('turns the reported ties into one collaboration per pair, each citing the responses that reported it', () => {
    const { rows, collaborations, sources } = acceptanceRows(
      survey,
      r.ties,
      new Map(nodes.map((n) => [n.id, n.label])),
    );
    const kinds = Object.fromEntries(rows.collaborations.map((c) => [c.id, c.kind]));
    expect([...collaborations].sort()).toEqual(['survey-1:a:b', 'survey-1:a:c', 'survey-1:a:d']);
    expect(kinds).toEqual({
      'survey-1:a:b': 'REPORTED_MUTUAL',
      'survey-1:a:c': 'REPORTED_ONE_SIDED',
      'survey-1:a:d': 'REPORTED_ONE_SIDED',
    });
    expect(rows.collaborations[0]).toMatchObject({ startedOn: '2018-01-01', datePrecision: 'YEAR' });
    expect([...sources].sort()).toEqual(['survey-1:a', 'survey-1:b', 'survey-1:c']);
    expect(rows.sources[0]).toMatchObject({
      title: 'Ankieta „T” — odpowiedź: A',
      publisher: 'A',
      publishedOn: '2026-01-10',
    });
    expect(rows.citations.filter((c) => c.subject === 'survey-1:a:b').map((c) => c.source)).toEqual([
      'survey-1:a',
      'survey-1:b',
    ]);
    expect(rows.coverage.every((c) => c.area === '2607')).toBe(true);
    expect(rows.participations).toHaveLength(6);
  });

  it('quotes the answers in words', () => {
    expect(quoteOf(questionSet('partner-v1'), { ...tie('a', 'b'), reciprocated: true })).toBe(
      'rodzaje współpracy: Wymiana informacji; częstotliwość: Co miesiąc; od 2018 r.; wartość 3/4; zaufanie 2/4',
    );
  });
});
