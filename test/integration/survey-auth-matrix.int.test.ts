import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Splot } from '../../server/src/startup.js';
import { gql, startTestApi } from '../helpers/api.js';
import { authHeader } from '../helpers/tokens.js';
import { createWorld, type World } from '../helpers/world.js';

// Who may manage partner surveys (issue 14 item 1, "survey answers" included; issue 17): a role ×
// operation × region matrix against the real Neo4j: five callers (anonymous, viewer, an editor
// of region A, an editor of region B, admin) × every survey operation × a survey of region A or
// of region B. The survey mutations are resolvers of their own (server/src/survey), not generated
// ones, so auth-matrix.int.test.ts does not reach them. Every cell starts from its own fresh survey
// and checks both the answer and what the database holds afterwards. Then a respondent's link
// token tries every editor operation, as a header of its own and as a bearer token.

type Caller = 'anonymous' | 'viewer' | 'editorOfA' | 'editorOfB' | 'admin';
type Region = 'A' | 'B';
type Outcome = 'OK' | 'UNAUTHENTICATED' | 'FORBIDDEN';
const CALLERS: Caller[] = ['anonymous', 'viewer', 'editorOfA', 'editorOfB', 'admin'];
const REGIONS: Region[] = ['A', 'B'];

/** Surveys are an editor's tool: nobody else sees or changes them, and only in the editor's regions. */
function expected(caller: Caller, region: Region): Outcome {
  if (caller === 'anonymous') return 'UNAUTHENTICATED';
  if (caller === 'viewer') return 'FORBIDDEN';
  if (caller === 'admin') return 'OK';
  return caller === `editorOf${region}` ? 'OK' : 'FORBIDDEN';
}

let api: Splot;
const worlds = {} as Record<Region, World>;
const headers = {} as Record<Caller, Record<string, string>>;
let admin: Record<string, string> = {};
const regionOf = (w: World) => w.powiat.slice(0, 2);

async function cypher<T = unknown>(statement: string, params: Record<string, unknown> = {}): Promise<T[]> {
  const { records } = await api.driver.executeQuery(statement, params);
  return records.map((r) => r.get(0) as T);
}

beforeAll(async () => {
  api = await startTestApi();
  worlds.A = await createWorld(api.driver, 'survey-matrix-a');
  // Region B must be another voivodeship code than A's (the worlds' powiats are random).
  for (;;) {
    worlds.B = await createWorld(api.driver, 'survey-matrix-b');
    if (regionOf(worlds.B) !== regionOf(worlds.A)) break;
    await worlds.B.remove();
  }
  headers.anonymous = {};
  headers.viewer = await authHeader('viewer');
  headers.editorOfA = await authHeader('editor', [regionOf(worlds.A)]);
  headers.editorOfB = await authHeader('editor', [regionOf(worlds.B)]);
  headers.admin = await authHeader('admin');
  admin = headers.admin;
});

afterAll(async () => {
  await cypher(
    `MATCH (s:Survey)-[:SURVEY_AREA]->(a:Area) WHERE a.teryt IN $powiats
     OPTIONAL MATCH (s)<-[:RESPONSE_TO]-(r) OPTIONAL MATCH (r)-[:PROPOSES]->(p)
     OPTIONAL MATCH (c:Collaboration {surveyId: s.id}) OPTIONAL MATCH (src:Source {surveyId: s.id})
     DETACH DELETE s, r, p, c, src`,
    { powiats: REGIONS.map((r) => worlds[r].powiat) },
  );
  for (const region of REGIONS) await worlds[region].remove();
  await api.stop();
});

/** The outcome of a GraphQL answer: OK, or the codes of its errors. */
const outcomeOf = (res: { errors?: Array<{ extensions?: { code?: string } }> }) =>
  res.errors ? res.errors.map((e) => e.extensions?.code ?? 'NO CODE').join(',') : 'OK';
/** The outcome of a file route's answer, by its status. */
const outcomeOfStatus = (status: number) =>
  ({ 200: 'OK', 401: 'UNAUTHENTICATED', 403: 'FORBIDDEN' })[status] ?? `HTTP ${status}`;

const graphql = async (query: string, variables: Record<string, unknown>, as: Record<string, string>) =>
  outcomeOf(await gql(api.url, query, variables, as));

// --- fresh surveys in each state, made by an admin -------------------------------------------------

interface Fixture {
  world: World;
  id: string;
  proposal?: string;
  title?: string;
}

async function draft(world: World): Promise<Fixture> {
  const res = await gql<{ createSurvey: { id: string } }>(
    api.url,
    'mutation ($input: SurveyInput!) { createSurvey(input: $input) { id } }',
    {
      input: {
        title: 'Ankieta macierzy uprawnień',
        area: world.powiat,
        opensOn: '2020-01-01',
        closesOn: '2099-12-31',
        roster: ['a', 'b', 'c'].map(world.id),
      },
    },
    admin,
  );
  expect(res.errors).toBeUndefined();
  return { world, id: res.data?.createSurvey.id ?? '' };
}
const setStatus = async (f: Fixture, name: 'openSurvey' | 'closeSurvey') => {
  expect(await graphql(`mutation ($id: ID!) { ${name}(id: $id) { status } }`, { id: f.id }, admin)).toBe(
    'OK',
  );
  return f;
};
async function linkOf(
  f: Fixture,
  institution: string,
  as = admin,
): Promise<{ status: number; token: string }> {
  const res = await fetch(`${api.url}/api/surveys/${f.id}/links.json?institution=${institution}`, {
    method: 'POST',
    headers: as,
  });
  const body = (await res.json()) as { links?: Array<{ link: string }> };
  const link = body.links?.[0]?.link ?? '';
  return { status: res.status, token: link.slice(link.indexOf('#') + 1) };
}
const withLinks = async (f: Fixture) => {
  await linkOf(f, f.world.id('a'));
  return f;
};
async function withProposal(world: World): Promise<Fixture> {
  const f = await setStatus(await draft(world), 'openSurvey');
  const { token } = await linkOf(f, world.id('a'));
  const res = await fetch(`${api.url}/api/survey-response/proposals`, {
    method: 'POST',
    headers: { 'x-survey-token': token, 'content-type': 'application/json' },
    body: JSON.stringify({ name: 'Klub Seniora', kind: 'ASSOCIATION', gmina: world.gmina }),
  });
  expect(res.status).toBe(200);
  return { ...f, proposal: ((await res.json()) as { id: string }).id };
}

// --- what the database holds about a survey ----------------------------------------------------------

const surveyState = async (f: Fixture) =>
  (
    await cypher(
      `OPTIONAL MATCH (s:Survey {id: $id})
       OPTIONAL MATCH (s)<-[:RESPONSE_TO]-(r:SurveyResponse)-[:RESPONDENT]->(i)
       OPTIONAL MATCH (r)-[:PROPOSES]->(p)
       WITH s, r, i, p ORDER BY i.id, p.id
       WITH s.status AS status, s.acceptedAt AS acceptedAt,
         collect(DISTINCT [i.id, r.tokenHash]) AS responses, collect(DISTINCT [p.id, p.status]) AS proposals
       RETURN {status: status, acceptedAt: acceptedAt, responses: responses, proposals: proposals,
         titled: COUNT { (t:Survey {title: $title}) }}`,
      { id: f.id, title: f.title ?? '' },
    )
  )[0];

// --- the operations ----------------------------------------------------------------------------------

interface Operation {
  /** A fresh survey of the world's area in the state the operation needs. */
  setup(world: World): Promise<Fixture>;
  run(f: Fixture, as: Record<string, string>): Promise<string>;
  /** Whether the operation writes (a read changes nothing for anyone). */
  writes: boolean;
}

const byId =
  (mutation: string): Operation['run'] =>
  (f, as) =>
    graphql(mutation, { id: f.id }, as);

const OPERATIONS: Record<string, Operation> = {
  'read results': {
    setup: draft,
    run: byId('query ($id: ID!) { surveyResults(id: $id) { rostered proposals { id matches { id } } } }'),
    writes: false,
  },
  'search institutions': {
    setup: draft,
    run: (f, as) =>
      graphql('query ($id: ID!) { surveyInstitutions(id: $id, search: "") { id } }', { id: f.id }, as),
    writes: false,
  },
  create: {
    setup: async (world) => ({ world, id: '', title: `Ankieta ${Math.random().toString(36).slice(2)}` }),
    run: (f, as) =>
      graphql(
        'mutation ($input: SurveyInput!) { createSurvey(input: $input) { id } }',
        { input: { title: f.title, area: f.world.powiat, opensOn: '2020-01-01', closesOn: '2099-12-31' } },
        as,
      ),
    writes: true,
  },
  open: { setup: draft, run: byId('mutation ($id: ID!) { openSurvey(id: $id) { status } }'), writes: true },
  close: {
    setup: async (world) => setStatus(await draft(world), 'openSurvey'),
    run: byId('mutation ($id: ID!) { closeSurvey(id: $id) { status } }'),
    writes: true,
  },
  delete: { setup: draft, run: byId('mutation ($id: ID!) { deleteSurvey(id: $id) }'), writes: true },
  'add to roster': {
    setup: draft,
    run: (f, as) =>
      graphql(
        'mutation ($id: ID!, $i: [ID!]!) { addSurveyRespondents(id: $id, institutions: $i) { links { link } } }',
        { id: f.id, i: [f.world.id('d')] },
        as,
      ),
    writes: true,
  },
  'remove from roster': {
    setup: draft,
    run: (f, as) =>
      graphql(
        'mutation ($id: ID!, $i: [ID!]!) { removeSurveyRespondents(id: $id, institutions: $i) { id } }',
        { id: f.id, i: [f.world.id('c')] },
        as,
      ),
    writes: true,
  },
  'download links': {
    setup: draft,
    run: async (f, as) =>
      outcomeOfStatus(
        (await fetch(`${api.url}/api/surveys/${f.id}/links.csv`, { method: 'POST', headers: as })).status,
      ),
    writes: true,
  },
  'revoke link': {
    setup: async (world) => withLinks(await draft(world)),
    run: (f, as) =>
      graphql(
        'mutation ($id: ID!, $i: ID!) { revokeSurveyLink(id: $id, institution: $i) }',
        { id: f.id, i: f.world.id('a') },
        as,
      ),
    writes: true,
  },
  'reissue link': {
    setup: async (world) => withLinks(await draft(world)),
    run: async (f, as) => outcomeOfStatus((await linkOf(f, f.world.id('a'), as)).status),
    writes: true,
  },
  'decide proposal': {
    setup: withProposal,
    run: (f, as) =>
      graphql(
        'mutation ($id: ID!, $p: ID!) { resolveSurveyProposal(id: $id, proposal: $p, decision: REJECT) { status } }',
        { id: f.id, p: f.proposal },
        as,
      ),
    writes: true,
  },
  accept: {
    setup: async (world) => setStatus(await setStatus(await draft(world), 'openSurvey'), 'closeSurvey'),
    run: byId('mutation ($id: ID!) { acceptSurveyResults(id: $id) { ties } }'),
    writes: true,
  },
};

const cells = Object.keys(OPERATIONS).flatMap((operation) =>
  REGIONS.flatMap((region) =>
    CALLERS.map((caller) => [operation, region, caller, expected(caller, region)] as const),
  ),
);

describe('survey operations × survey region × callers', () => {
  it.each(cells)('%s on a survey of region %s by %s → %s', async (name, region, caller, outcome) => {
    const operation = OPERATIONS[name] as Operation;
    const fixture = await operation.setup(worlds[region]);
    const before = await surveyState(fixture);
    expect(await operation.run(fixture, headers[caller])).toBe(outcome);
    const after = await surveyState(fixture);
    if (outcome === 'OK' && operation.writes) expect(after).not.toEqual(before);
    else expect(after).toEqual(before);
  });
});

describe("a respondent's link token", () => {
  it('opens no editor operation, neither as its own header nor as a bearer token, and changes nothing', async () => {
    // A working token of an open survey of the region, for fixtures that issue no links (closed).
    const world = worlds.A;
    const shared = (await linkOf(await withProposal(world), world.id('b'))).token;
    for (const [name, operation] of Object.entries(OPERATIONS)) {
      const fixture = await operation.setup(world);
      // The token of a respondent of this very survey where it still issues links.
      const own = fixture.id ? await linkOf(fixture, world.id('b')) : null;
      const token = own?.status === 200 ? own.token : shared;
      const before = await surveyState(fixture);
      const forms: Array<Record<string, string>> = [
        { 'x-survey-token': token },
        { authorization: `Bearer ${token}` },
      ];
      for (const as of forms) {
        expect(await operation.run(fixture, as), `${name} with ${Object.keys(as)[0]}`).toBe(
          'UNAUTHENTICATED',
        );
      }
      expect(await surveyState(fixture), name).toEqual(before);
    }
    // The shared token still opens its own response: it was a real one all along.
    expect(
      (await fetch(`${api.url}/api/survey-response`, { headers: { 'x-survey-token': shared } })).status,
    ).toBe(200);
  });
});
