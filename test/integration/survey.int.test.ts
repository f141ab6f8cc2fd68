import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Splot } from '../../server/src/startup.js';
import { gql, startTestApi } from '../helpers/api.js';
import { readWithNetworkx } from '../helpers/python.js';
import { authHeader } from '../helpers/tokens.js';
import { createWorld, type World } from '../helpers/world.js';

// Every rule of the partner survey (issue 17) through the public API, against the real Neo4j:
// who may manage surveys, what a link token opens and writes (and nothing else), closing,
// revocation, validation with nothing half-written, results, exports and acceptance into the map.

let api: Splot;
let world: World;
let region: string;
const h = {} as Record<'anonymous' | 'viewer' | 'editor' | 'outsider' | 'admin', Record<string, string>>;
const surveys: string[] = [];

const SURVEY_FIELDS = 'id title status area { teryt } roster { institutionId name status link partners }';

interface Link {
  institutionId: string;
  link: string;
}

async function cypher<T = unknown>(statement: string, params: Record<string, unknown> = {}): Promise<T[]> {
  const { records } = await api.driver.executeQuery(statement, params);
  return records.map((r) => r.get(0) as T);
}

async function createSurvey(headers: Record<string, string>, input: Record<string, unknown> = {}) {
  const res = await gql<{
    createSurvey: { id: string; status: string; roster: Array<{ institutionId: string }> };
  }>(
    api.url,
    `mutation ($input: SurveyInput!) { createSurvey(input: $input) { ${SURVEY_FIELDS} } }`,
    {
      input: {
        title: 'Kto z kim współpracuje',
        area: world.powiat,
        opensOn: '2020-01-01',
        closesOn: '2099-12-31',
        ...input,
      },
    },
    headers,
  );
  if (res.data?.createSurvey) surveys.push(res.data.createSurvey.id);
  return res;
}

const mutate = (name: string, id: string, headers = h.editor) =>
  gql<Record<string, { status: string }>>(
    api.url,
    `mutation ($id: ID!) { ${name}(id: $id) { status } }`,
    { id },
    headers,
  );

async function issueLinks(id: string, query = '', headers = h.editor): Promise<Link[]> {
  const res = await fetch(`${api.url}/api/surveys/${id}/links.json${query}`, { method: 'POST', headers });
  expect(res.status).toBe(200);
  return ((await res.json()) as { links: Link[] }).links;
}

const tokenOf = (links: Link[], institution: string) => {
  const link = links.find((l) => l.institutionId === institution)?.link ?? '';
  return link.slice(link.indexOf('#') + 1);
};

async function respond(token: string, method: string, path = '', body?: unknown) {
  const res = await fetch(`${api.url}/api/survey-response${path}`, {
    method,
    headers: { 'x-survey-token': token, 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

const answersIn = (surveyId: string) =>
  cypher<number>(
    'MATCH (:Survey {id: $id})<-[:RESPONSE_TO]-(:SurveyResponse)-[a:REPORTS]->() RETURN count(a)',
    { id: surveyId },
  ).then((r) => r[0]);

beforeAll(async () => {
  api = await startTestApi({ INTROSPECTION: 'true' }); // one test asks the schema which types exist
  world = await createWorld(api.driver, 'survey');
  region = world.powiat.slice(0, 2);
  h.anonymous = {};
  h.viewer = await authHeader('viewer');
  h.editor = await authHeader('editor', [region]);
  h.outsider = await authHeader('editor', [region === '06' ? '08' : '06']);
  h.admin = await authHeader('admin');
});

afterAll(async () => {
  await cypher(
    `MATCH (s:Survey) WHERE s.id IN $ids
     OPTIONAL MATCH (s)<-[:RESPONSE_TO]-(r) OPTIONAL MATCH (r)-[:PROPOSES]->(p)
     OPTIONAL MATCH (c:Collaboration {surveyId: s.id}) OPTIONAL MATCH (src:Source {surveyId: s.id})
     DETACH DELETE s, r, p, c, src`,
    { ids: surveys },
  );
  await cypher(
    `MATCH (i:Institution)-[:LOCATED_IN]->(a:Area) WHERE a.teryt STARTS WITH $powiat AND i.id STARTS WITH 'inst-' DETACH DELETE i`,
    { powiat: world.powiat },
  );
  await world.remove();
  await api.stop();
});

describe('managing surveys: the region rules of access control', () => {
  it('lets an editor of the region and an admin create surveys, nobody else, and writes nothing when refused', async () => {
    const before = (await cypher<number>('MATCH (s:Survey) RETURN count(s)'))[0];
    expect((await createSurvey(h.anonymous)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await createSurvey(h.viewer)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await createSurvey(h.outsider)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await cypher<number>('MATCH (s:Survey) RETURN count(s)'))[0]).toBe(before);
    const made = await createSurvey(h.editor);
    expect(made.errors).toBeUndefined();
    const survey = made.data?.createSurvey;
    expect(survey?.status).toBe('DRAFT');
    // The default roster: every institution seated in the powiat (E lies in another one).
    expect(survey?.roster.map((r) => r.institutionId).sort()).toEqual(['a', 'b', 'c', 'd'].map(world.id));
    expect((await createSurvey(h.admin)).errors).toBeUndefined();
  });

  it('refuses wrong input naming the field, and creates nothing', async () => {
    const before = (await cypher<number>('MATCH (s:Survey) RETURN count(s)'))[0];
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ title: 'x' }, 'input.title'],
      [{ opensOn: '2020-02-30' }, 'input.opensOn'],
      [{ opensOn: '2021-01-01', closesOn: '2020-01-01' }, 'input.closesOn'],
      [{ roster: [world.id('a'), 'no-such-institution'] }, 'input.roster'],
      [{ roster: [world.id('a'), world.id('e')] }, 'input.roster'],
      [{ questionSet: 'partner-v0' }, 'input.questionSet'],
      [{ partnership: 'no-such-partnership' }, 'input.partnership'],
    ];
    for (const [input, field] of cases) {
      const res = await createSurvey(h.editor, input);
      expect(res.errors?.[0]?.extensions?.code, JSON.stringify(input)).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0]?.extensions?.argumentName, JSON.stringify(input)).toBe(field);
    }
    expect((await cypher<number>('MATCH (s:Survey) RETURN count(s)'))[0]).toBe(before);
  });

  it('shows, opens, closes and deletes a survey only for its region', async () => {
    const id = (await createSurvey(h.editor)).data?.createSurvey.id ?? '';
    const list = async (headers: Record<string, string>) =>
      (
        await gql<{ surveys: Array<{ id: string }> }>(api.url, '{ surveys { id } }', {}, headers)
      ).data?.surveys.map((s) => s.id);
    expect(await list(h.editor)).toContain(id);
    expect(await list(h.admin)).toContain(id);
    expect(await list(h.outsider)).not.toContain(id);
    const read = await gql(api.url, 'query ($id: ID!) { survey(id: $id) { id } }', { id }, h.outsider);
    expect(read.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await gql(api.url, '{ surveys { id } }', {}, h.anonymous)).errors?.[0]?.extensions?.code).toBe(
      'UNAUTHENTICATED',
    );
    // Whether a survey exists is nobody's business but editors' and admins'.
    for (const probe of [id, 'survey-none']) {
      const anonymous = await gql(api.url, 'query ($id: ID!) { survey(id: $id) { id } }', { id: probe });
      expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    }
    for (const name of ['openSurvey', 'closeSurvey', 'deleteSurvey']) {
      const res = await gql(
        api.url,
        `mutation ($id: ID!) { ${name}(id: $id) ${name === 'deleteSurvey' ? '' : '{ status }'} }`,
        { id },
        h.outsider,
      );
      expect(res.errors?.[0]?.extensions?.code, name).toBe('FORBIDDEN');
    }
    // Results of a survey nobody has answered yet: empty lists, not lists of empty records.
    const empty = await gql<{ surveyResults: Record<string, unknown> }>(
      api.url,
      'query ($id: ID!) { surveyResults(id: $id) { rostered submitted lacking { name } proposals { id } pairs { a } } }',
      { id },
      h.editor,
    );
    expect(empty.errors).toBeUndefined();
    expect(empty.data?.surveyResults).toEqual({
      rostered: 4,
      submitted: 0,
      lacking: [],
      proposals: [],
      pairs: [],
    });
    expect((await mutate('openSurvey', id)).data?.openSurvey?.status).toBe('OPEN');
    expect((await mutate('closeSurvey', id)).data?.closeSurvey?.status).toBe('CLOSED');
    const res = await fetch(`${api.url}/api/surveys/${id}/links.csv`, {
      method: 'POST',
      headers: h.outsider,
    });
    expect(res.status).toBe(403);
    const deleted = await gql(api.url, 'mutation ($id: ID!) { deleteSurvey(id: $id) }', { id }, h.editor);
    expect(deleted.data).toEqual({ deleteSurvey: true });
    expect(await cypher('MATCH (s:Survey {id: $id}) RETURN s', { id })).toHaveLength(0);
    expect(
      await cypher(
        'MATCH (r:SurveyResponse) WHERE r.id IS NULL OR NOT EXISTS { (r)-[:RESPONSE_TO]->() } RETURN r',
      ),
    ).toHaveLength(0);
  });

  it('keeps surveys and responses out of the generated API', async () => {
    const res = await gql<{ r: unknown; s: unknown }>(
      api.url,
      '{ r: __type(name: "SurveyResponseWhere") { name } s: __type(name: "SurveyWhere") { name } }',
    );
    expect(res.data).toEqual({ r: null, s: null });
  });
});

describe('a survey from links to the map', () => {
  let id = '';
  let other = '';
  let links: Link[] = [];
  const a = () => world.id('a');
  const b = () => world.id('b');
  const c = () => world.id('c');

  it('gives links that open nothing before the survey opens, then exactly one response each', async () => {
    id = (await createSurvey(h.editor)).data?.createSurvey.id ?? '';
    links = await issueLinks(id);
    expect(links.map((l) => l.institutionId).sort()).toEqual(['a', 'b', 'c', 'd'].map(world.id));
    for (const l of links) expect(l.link).toMatch(new RegExp(`^${api.url}/ankieta#[A-Za-z0-9_-]{43}$`));
    // Only the hash is stored.
    const stored = await cypher<string>(
      'MATCH (:Survey {id: $id})<-[:RESPONSE_TO]-(r:SurveyResponse) RETURN r.tokenHash',
      { id },
    );
    for (const l of links) expect(stored).not.toContain(tokenOf(links, l.institutionId));
    expect((await respond(tokenOf(links, a()), 'GET')).status).toBe(401);
    await mutate('openSurvey', id);
    const view = await respond(tokenOf(links, a()), 'GET');
    expect(view.status).toBe(200);
    expect(view.body.survey).toMatchObject({ id, title: 'Kto z kim współpracuje' });
    expect(view.body.institution).toMatchObject({ id: a() });
    const roster = (view.body.roster as Array<{ id: string }>).map((r) => r.id).sort();
    expect(roster).toEqual([b(), c(), world.id('d')]);
    expect(view.body).toHaveProperty('questions.version', 'partner-v1');
    expect(JSON.stringify(view.body)).not.toMatch(/tokenHash|email/);
  });

  it('downloads the links as CSV and XLSX for mail merge (new links, the earlier ones stop working)', async () => {
    const csv = await fetch(`${api.url}/api/surveys/${id}/links.csv`, { method: 'POST', headers: h.editor });
    expect(csv.headers.get('content-disposition')).toMatch(/attachment; filename="?linki-\d{4}-.*\.csv"?/);
    const text = await csv.text();
    const lines = text.trim().split('\n');
    expect(lines).toHaveLength(5);
    expect(lines[0]).toContain('instytucja / institution');
    expect(text).toContain('OPS w Ćmielowie');
    const xlsx = await fetch(`${api.url}/api/surveys/${id}/links.xlsx`, {
      method: 'POST',
      headers: h.editor,
    });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(await xlsx.arrayBuffer()) as unknown as ArrayBuffer);
    const sheet = book.worksheets[0];
    expect(sheet?.rowCount).toBe(5);
    const xlsxLinks = (sheet?.getColumn(5).values ?? []).slice(2).map(String);
    for (const l of xlsxLinks) expect(l).toMatch(/\/ankieta#[A-Za-z0-9_-]{43}$/);
    // The JSON links issued before no longer open anything; the XLSX ones (newest) do.
    expect((await respond(tokenOf(links, a()), 'GET')).status).toBe(401);
    const newest = xlsxLinks.map((l) => l.slice(l.indexOf('#') + 1));
    for (const token of newest) expect((await respond(token, 'GET')).status).toBe(200);
    links = await issueLinks(id);
  });

  it('saves answers as the respondent goes, validated, with nothing half-written', async () => {
    const ta = tokenOf(links, a());
    const full = {
      partner: b(),
      kinds: ['INFORMATION', 'JOINT_PROJECT'],
      frequency: 'MONTHLY',
      since: 2016,
      value: 3,
      trust: 4,
    };
    expect((await respond(ta, 'PUT', '/answers', { partner: b() })).status).toBe(200);
    expect((await respond(ta, 'PUT', '/answers', full)).status).toBe(200);
    for (const [body, field] of [
      [{ ...full, value: 7 }, 'value'],
      [{ ...full, kinds: ['INFORMATION', 'BRIBES'] }, 'kinds'],
      [{ ...full, since: 3000 }, 'since'],
      [{ ...full, respondent: c() }, 'respondent'],
      [{ ...full, partner: a() }, 'partner'],
    ] as Array<[Record<string, unknown>, string]>) {
      const res = await respond(ta, 'PUT', '/answers', body);
      expect(res.status, field).toBe(400);
      expect(res.body).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: field });
    }
    const stored = await cypher<Record<string, unknown>>(
      'MATCH (:SurveyResponse)-[a:REPORTS]->(:Institution {id: $b}) RETURN a {.*}',
      { b: b() },
    );
    expect(stored).toEqual([
      expect.objectContaining({ value: 3, trust: 4, since: 2016, frequency: 'MONTHLY' }),
    ]);
    expect(
      (await respond(ta, 'PUT', '', { lacking: 'Brakuje nam PUP i pracodawców.', submit: true })).status,
    ).toBe(200);
    expect((await respond(ta, 'PUT', '', { lacking: 'x'.repeat(2001) })).body).toMatchObject({
      argumentName: 'text',
    });
  });

  it('lets a token reach nothing but its own response', async () => {
    // Another survey with an institution of another powiat on its roster.
    other = (await createSurvey(h.admin, { roster: [a(), b(), world.id('e')] })).data?.createSurvey.id ?? '';
    await mutate('openSurvey', other, h.admin);
    const otherLinks = await issueLinks(other, '', h.admin);
    const ta = tokenOf(links, a());
    // A partner on the other survey's roster only, an unknown id: refused, nothing written.
    const outside = await respond(ta, 'PUT', '/answers', { partner: world.id('e'), kinds: ['INFORMATION'] });
    expect(outside).toMatchObject({ status: 400, body: { argumentName: 'partner' } });
    expect((await respond(ta, 'PUT', '/answers', { partner: 'no-such' })).status).toBe(400);
    // The other survey's token answers there only, and sees none of this survey's answers.
    const tOther = tokenOf(otherLinks, a());
    const view = await respond(tOther, 'GET');
    expect(view.body.answers).toEqual([]);
    expect(view.body.response).toMatchObject({ lacking: null });
    expect((await respond(tOther, 'PUT', '/answers', { partner: world.id('e'), value: 2 })).status).toBe(200);
    expect(await answersIn(other)).toBe(1);
    // B's view shows B's response only: A's answer about B is not in it.
    const tb = tokenOf(links, b());
    const bView = await respond(tb, 'GET');
    expect(bView.body.answers).toEqual([]);
    expect(JSON.stringify(bView.body)).not.toContain('Brakuje nam PUP');
    // Removing a partner the response does not name touches nobody else's answer.
    expect((await respond(tb, 'DELETE', `/answers/${encodeURIComponent(b())}`)).status).toBe(400);
    expect(await answersIn(id)).toBe(1);
    // A token that is not one, or is someone else's hash: nothing.
    const hash = (
      await cypher<string>(
        'MATCH (r:SurveyResponse) WHERE r.tokenHash IS NOT NULL RETURN r.tokenHash LIMIT 1',
      )
    )[0];
    for (const bad of ['', 'x'.repeat(43), hash ?? '']) expect((await respond(bad, 'GET')).status).toBe(401);
  });

  it('answers of two respondents: B reciprocates A, C reports A one-sidedly; D proposes a partner', async () => {
    const tb = tokenOf(links, b());
    expect(
      (
        await respond(tb, 'PUT', '/answers', {
          partner: a(),
          kinds: ['INFORMATION'],
          frequency: 'YEARLY',
          value: 2,
          trust: 3,
        })
      ).status,
    ).toBe(200);
    expect((await respond(tb, 'PUT', '', { submit: true })).status).toBe(200);
    const tc = tokenOf(links, c());
    expect(
      (await respond(tc, 'PUT', '/answers', { partner: a(), kinds: ['CONTRACT'], value: 4 })).status,
    ).toBe(200);
    const td = tokenOf(links, world.id('d'));
    const bad = await respond(td, 'POST', '/proposals', {
      name: 'Koło Gospodyń',
      kind: 'ASSOCIATION',
      gmina: '9999999',
    });
    expect(bad).toMatchObject({ status: 400, body: { argumentName: 'gmina' } });
    const proposed = await respond(td, 'POST', '/proposals', {
      name: 'Koło Gospodyń Wiejskich',
      kind: 'ASSOCIATION',
      gmina: world.gmina,
    });
    expect(proposed.status).toBe(200);
    const proposal = proposed.body.id as string;
    expect(
      (await respond(td, 'PUT', '/answers', { partner: proposal, kinds: ['JOINT_EVENT'], value: 3 })).status,
    ).toBe(200);
    // Another respondent cannot answer about D's proposal.
    expect((await respond(tc, 'PUT', '/answers', { partner: proposal })).status).toBe(400);

    const results = await gql<{ surveyResults: Record<string, unknown> }>(
      api.url,
      `query ($id: ID!) { surveyResults(id: $id) { rostered submitted inProgress responseRate
        notAnswered { institutionId status } mutualPairs oneSidedPairs reciprocity pendingTies
        pairs { a b reportedBy mutual awaiting } ties { source target reciprocated }
        lacking { institutionId text } proposals { id name status proposedBy } nodes { id inDegree outDegree mutual } } }`,
      { id },
      h.editor,
    );
    expect(results.errors).toBeUndefined();
    const r = results.data?.surveyResults ?? {};
    expect(r).toMatchObject({
      rostered: 4,
      submitted: 2,
      inProgress: 2,
      responseRate: 0.5,
      mutualPairs: 1,
      oneSidedPairs: 1,
      reciprocity: 0.5,
      pendingTies: 1,
    });
    expect((r.notAnswered as Array<{ institutionId: string }>).map((n) => n.institutionId).sort()).toEqual([
      c(),
      world.id('d'),
    ]);
    expect(r.pairs).toEqual(
      expect.arrayContaining([
        { a: a(), b: b(), reportedBy: [a(), b()], mutual: true, awaiting: false },
        // A has submitted without naming C: one-sided, not awaiting.
        { a: a(), b: c(), reportedBy: [c()], mutual: false, awaiting: false },
      ]),
    );
    expect(r.lacking).toEqual([{ institutionId: a(), text: 'Brakuje nam PUP i pracodawców.' }]);
    expect(r.proposals).toEqual([
      { id: proposal, name: 'Koło Gospodyń Wiejskich', status: 'PENDING', proposedBy: world.id('d') },
    ]);
    const outsider = await gql(
      api.url,
      'query ($id: ID!) { surveyResults(id: $id) { rostered } }',
      { id },
      h.outsider,
    );
    expect(outsider.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    // The editor accepts the proposal as a new institution: D's answer moves to it.
    const resolved = await gql<{ resolveSurveyProposal: { status: string; institutionId: string } }>(
      api.url,
      'mutation ($id: ID!, $p: ID!) { resolveSurveyProposal(id: $id, proposal: $p, decision: NEW) { status institutionId } }',
      { id, p: proposal },
      h.editor,
    );
    expect(resolved.data?.resolveSurveyProposal.status).toBe('ACCEPTED');
    const created = resolved.data?.resolveSurveyProposal.institutionId ?? '';
    expect(
      await cypher('MATCH (i:Institution {id: $id})-[:LOCATED_IN]->(:Area {teryt: $g}) RETURN i.name', {
        id: created,
        g: world.gmina,
      }),
    ).toEqual(['Koło Gospodyń Wiejskich']);
    expect(
      await cypher('MATCH (:SurveyResponse)-[a:REPORTS]->(:Institution {id: $id}) RETURN a.value', {
        id: created,
      }),
    ).toEqual([3]);
  });

  it('revokes and reissues one link', async () => {
    const old = tokenOf(links, c());
    const revoked = await gql(
      api.url,
      'mutation ($id: ID!, $i: ID!) { revokeSurveyLink(id: $id, institution: $i) }',
      { id, i: c() },
      h.editor,
    );
    expect(revoked.data).toEqual({ revokeSurveyLink: true });
    expect((await respond(old, 'GET')).status).toBe(401);
    expect((await respond(old, 'PUT', '/answers', { partner: b() })).status).toBe(401);
    const [fresh] = await issueLinks(id, `?institution=${encodeURIComponent(c())}`);
    expect(fresh?.institutionId).toBe(c());
    const token = tokenOf([fresh as Link], c());
    expect((await respond(token, 'GET')).status).toBe(200);
    expect((await respond(old, 'GET')).status).toBe(401);
  });

  it('accepts nothing once closed, and turns the reported ties into cited map data on acceptance', async () => {
    const early = await gql(
      api.url,
      'mutation ($id: ID!) { acceptSurveyResults(id: $id) { ties } }',
      { id },
      h.editor,
    );
    expect(early.errors?.[0]?.extensions?.argumentName).toBe('id');
    const tb = tokenOf(links, b());
    await mutate('closeSurvey', id);
    const before = await answersIn(id);
    expect((await respond(tb, 'GET')).status).toBe(401);
    expect((await respond(tb, 'PUT', '/answers', { partner: c(), value: 1 })).status).toBe(401);
    expect(
      (await respond(tb, 'POST', '/proposals', { name: 'Nowa', kind: 'ASSOCIATION', gmina: world.gmina }))
        .status,
    ).toBe(401);
    expect(await answersIn(id)).toBe(before);

    const outsider = await gql(
      api.url,
      'mutation ($id: ID!) { acceptSurveyResults(id: $id) { ties } }',
      { id },
      h.outsider,
    );
    expect(outsider.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const accept = () =>
      gql<{ acceptSurveyResults: Record<string, number> }>(
        api.url,
        'mutation ($id: ID!) { acceptSurveyResults(id: $id) { ties collaborations sources pendingTies } }',
        { id },
        h.editor,
      );
    const first = await accept();
    expect(first.data?.acceptSurveyResults).toEqual({
      ties: 4,
      collaborations: 3,
      sources: 4,
      pendingTies: 0,
    });
    // Accepting again replaces, never doubles.
    expect((await accept()).data?.acceptSurveyResults).toEqual(first.data?.acceptSurveyResults);
    expect(await cypher<number>('MATCH (c:Collaboration {surveyId: $id}) RETURN count(c)', { id })).toEqual([
      3,
    ]);

    const network = await gql<{
      areaNetwork: { edges: Array<{ source: string; target: string; kinds: string[] }> };
    }>(
      api.url,
      'query ($t: String!) { areaNetwork(teryt: $t, tieKinds: [REPORTED_MUTUAL, REPORTED_ONE_SIDED]) { edges { source target kinds } } }',
      { t: world.powiat },
    );
    const kindsOf = (x: string, y: string) =>
      network.data?.areaNetwork.edges.find((e) => [e.source, e.target].sort().join() === [x, y].sort().join())
        ?.kinds;
    expect(kindsOf(a(), b())).toEqual(['REPORTED_MUTUAL']);
    expect(kindsOf(a(), c())).toEqual(['REPORTED_ONE_SIDED']);
    const sources = await gql<{
      tieSources: Array<{
        kind: string;
        sources: Array<{ title: string; publishedOn: string; quote: string }>;
      }>;
    }>(
      api.url,
      'query ($a: ID!, $b: ID!) { tieSources(a: $a, b: $b) { label sources { title publishedOn quote } } }',
      { a: a(), b: b() },
    );
    expect(sources.errors).toBeUndefined();
    const cited = sources.data?.tieSources.flatMap((t) => t.sources) ?? [];
    expect(cited.map((s) => s.title).sort()).toEqual([
      'Ankieta „Kto z kim współpracuje” — odpowiedź: Centrum „Ćma” & <Syn> "Łódź"',
      'Ankieta „Kto z kim współpracuje” — odpowiedź: OPS w Ćmielowie',
    ]);
    expect(cited.map((s) => s.quote).join(' ')).toContain(
      'rodzaje współpracy: Wymiana informacji, Wspólny projekt; częstotliwość: Co miesiąc; od 2016 r.; wartość 3/4; zaufanie 4/4',
    );
    // An accepted survey does not open again.
    expect((await mutate('openSurvey', id)).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  // networkx runs synchronously in this process, blocking the API's event loop too: it comes last
  // so no later request meets a keep-alive socket the server closes the moment it wakes up.
  it('exports the reported network with the survey attributes, read back by networkx', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'splot-survey-'));
    const files: string[] = [];
    for (const format of ['graphml', 'gexf', 'json', 'csv.zip']) {
      const res = await fetch(`${api.url}/api/surveys/${id}/results.${format}`, { headers: h.editor });
      expect(res.status, format).toBe(200);
      const file = join(dir, `survey.${format}`);
      writeFileSync(file, Buffer.from(await res.arrayBuffer()));
      files.push(file);
    }
    expect((await fetch(`${api.url}/api/surveys/${id}/results.json`)).status).toBe(401);
    const graphs = readWithNetworkx(files);
    for (const file of files.slice(0, 3)) {
      const g = graphs[file];
      expect(g?.directed, file).toBe(true);
      const ab = g?.edges.find(([u, v]) => u === a() && v === b());
      expect(ab?.[2], file).toMatchObject({
        frequency: 'MONTHLY',
        value: 3,
        trust: 4,
        since: 2016,
        reciprocated: true,
      });
      expect(String(ab?.[2].kinds)).toBe('INFORMATION|JOINT_PROJECT');
      const ca = g?.edges.find(([u, v]) => u === c() && v === a());
      expect(ca?.[2].reciprocated, file).toBe(false);
    }
    const csv = graphs[files[3] as string];
    // The helper reads the CSV tables as an undirected graph: A→B and B→A fold into one edge.
    expect(csv?.edges.length).toBe(3);
  });

  it('limits requests with a token per address', async () => {
    const limited = await startTestApi({ SURVEY_RATE_LIMIT: '3' });
    try {
      const statuses: number[] = [];
      let last: Response | undefined;
      for (let i = 0; i < 5; i++) {
        last = await fetch(`${limited.url}/api/survey-response`, {
          headers: { 'x-survey-token': 'x'.repeat(43) },
        });
        statuses.push(last.status);
      }
      expect(statuses).toEqual([401, 401, 401, 429, 429]);
      expect(Number(last?.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(await last?.json()).toMatchObject({ code: 'RATE_LIMITED' });
    } finally {
      await limited.stop();
    }
  });
});
