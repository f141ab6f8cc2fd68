import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { namedQuery } from '../../server/src/db/queries.js';
import type { Splot } from '../../server/src/startup.js';
import { fold } from '../../server/src/survey/match.js';
import { gql, startTestApi } from '../helpers/api.js';
import { authHeader } from '../helpers/tokens.js';
import { createWorld, type World } from '../helpers/world.js';

// The editor's work on a survey after creating it (issue 17), against the real Neo4j: changing the
// roster while draft or open (an added institution gets a link, a removed one's link dies), the
// search of the area's institutions without diacritics, likely matches of a proposed partner and
// accepting it as one of them, and the partnerships a survey may cover.

let api: Splot;
let world: World;
let region: string;
const h = {} as Record<'editor' | 'outsider' | 'admin', Record<string, string>>;
const surveys: string[] = [];
// An institution of another voivodeship (06), on an unused gmina code.
const foreignGmina = `0698${String(Math.floor(Math.random() * 1000)).padStart(3, '0')}`;
let foreign = '';

async function cypher<T = unknown>(statement: string, params: Record<string, unknown> = {}): Promise<T[]> {
  const { records } = await api.driver.executeQuery(statement, params);
  return records.map((r) => r.get(0) as T);
}

const ROSTER = 'roster { institutionId link status }';

async function newSurvey(roster: string[]): Promise<string> {
  const res = await gql<{ createSurvey: { id: string } }>(
    api.url,
    'mutation ($input: SurveyInput!) { createSurvey(input: $input) { id } }',
    {
      input: {
        title: 'Ankieta składu',
        area: world.powiat,
        opensOn: '2020-01-01',
        closesOn: '2099-12-31',
        roster,
      },
    },
    h.editor,
  );
  expect(res.errors).toBeUndefined();
  const id = res.data?.createSurvey.id ?? '';
  surveys.push(id);
  return id;
}

const add = (id: string, institutions: string[], headers = h.editor) =>
  gql<{
    addSurveyRespondents: {
      survey: { roster: Array<{ institutionId: string; link: string }> };
      links: Array<{ institutionId: string; link: string }>;
    };
  }>(
    api.url,
    `mutation ($id: ID!, $i: [ID!]!) { addSurveyRespondents(id: $id, institutions: $i) {
      survey { ${ROSTER} } links { institutionId name link } } }`,
    { id, i: institutions },
    headers,
  );
const remove = (id: string, institutions: string[], headers = h.editor) =>
  gql<{ removeSurveyRespondents: { roster: Array<{ institutionId: string }> } }>(
    api.url,
    `mutation ($id: ID!, $i: [ID!]!) { removeSurveyRespondents(id: $id, institutions: $i) { ${ROSTER} } }`,
    { id, i: institutions },
    headers,
  );
const setStatus = (name: 'openSurvey' | 'closeSurvey', id: string) =>
  gql(api.url, `mutation ($id: ID!) { ${name}(id: $id) { status } }`, { id }, h.editor);

const rosterOf = (id: string) =>
  cypher<string>(
    'MATCH (:Survey {id: $id})<-[:RESPONSE_TO]-(:SurveyResponse)-[:RESPONDENT]->(i) RETURN i.id ORDER BY i.id',
    { id },
  );
const tokenOf = (link: string) => link.slice(link.indexOf('#') + 1);
const respond = async (token: string, method = 'GET', path = '', body?: unknown) =>
  (
    await fetch(`${api.url}/api/survey-response${path}`, {
      method,
      headers: { 'x-survey-token': token, 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    })
  ).status;

beforeAll(async () => {
  api = await startTestApi();
  world = await createWorld(api.driver, 'survey-roster');
  region = world.powiat.slice(0, 2);
  h.editor = await authHeader('editor', [region]);
  h.outsider = await authHeader('editor', ['06']);
  h.admin = await authHeader('admin');
  foreign =
    (
      await cypher<string>(
        `MATCH (v:Area {teryt: '06'})
     CREATE (v)<-[:PART_OF]-(g:Area {teryt: $g, name: 'gmina obca', level: 'GMINA'})
     CREATE (g)<-[:LOCATED_IN]-(i:Institution {id: $id, name: 'Fundacja spoza regionu', kind: 'FOUNDATION'})
     RETURN i.id`,
        { g: foreignGmina, id: `${world.prefix}-foreign` },
      )
    )[0] ?? '';
});

afterAll(async () => {
  await cypher(
    `MATCH (s:Survey) WHERE s.id IN $ids
     OPTIONAL MATCH (s)<-[:RESPONSE_TO]-(r) OPTIONAL MATCH (r)-[:PROPOSES]->(p)
     DETACH DELETE s, r, p`,
    { ids: surveys },
  );
  await cypher('MATCH (a:Area {teryt: $g}) OPTIONAL MATCH (a)<-[:LOCATED_IN]-(i) DETACH DELETE a, i', {
    g: foreignGmina,
  });
  await world.remove();
  await api.stop();
});

describe('changing the roster of a draft or open survey', () => {
  it('adds an institution with a link that opens its own response, and refuses what it must', async () => {
    const [a, b, c, d] = ['a', 'b', 'c', 'd'].map(world.id) as [string, string, string, string];
    const id = await newSurvey([a, b]);
    const added = await add(id, [c]);
    expect(added.errors).toBeUndefined();
    expect(added.data?.addSurveyRespondents.links.map((l) => l.institutionId)).toEqual([c]);
    expect(added.data?.addSurveyRespondents.survey.roster.find((r) => r.institutionId === c)?.link).toBe(
      'ACTIVE',
    );
    expect(await rosterOf(id)).toEqual([a, b, c].sort());
    const link = added.data?.addSurveyRespondents.links[0]?.link ?? '';
    expect(link).toMatch(new RegExp(`^${api.url}/ankieta#[A-Za-z0-9_-]{43}$`));
    expect(await respond(tokenOf(link))).toBe(401); // a draft opens nothing yet
    await setStatus('openSurvey', id);
    expect(await respond(tokenOf(link))).toBe(200);

    // Refusals name the field and write nothing.
    const refusals: Array<[string[], string]> = [
      [[a], 'on the survey'],
      [['no-such-institution'], 'There is no institution'],
      [[foreign], 'outside your regions'],
      [[], 'at least one'],
    ];
    for (const [ids, message] of refusals) {
      const res = await add(id, ids);
      expect(res.errors?.[0]?.extensions?.code, ids.join()).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0]?.extensions?.argumentName).toBe('institutions');
      expect(res.errors?.[0]?.message).toContain(message);
    }
    expect((await add(id, [d], h.outsider)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await rosterOf(id)).toEqual([a, b, c].sort());

    // An admin may add an institution of any region to any survey.
    expect((await add(id, [foreign], h.admin)).errors).toBeUndefined();
    expect(await rosterOf(id)).toContain(foreign);

    await setStatus('closeSurvey', id);
    const closed = await add(id, [d]);
    expect(closed.errors?.[0]?.message).toContain('closed');
    expect(await rosterOf(id)).not.toContain(d);
  });

  it("removes an institution: its response and answers go, its link opens nothing, others' reports stay", async () => {
    const [a, b, c] = ['a', 'b', 'c'].map(world.id) as [string, string, string];
    const id = await newSurvey([a, b, c]);
    await setStatus('openSurvey', id);
    const links = (await add(id, [world.id('d')])).data?.addSurveyRespondents.links ?? [];
    const dToken = tokenOf(links[0]?.link ?? '');
    // D names A; and B names D.
    expect(await respond(dToken, 'PUT', '/answers', { partner: a, kinds: ['INFORMATION'] })).toBe(200);
    const bLink = await fetch(`${api.url}/api/surveys/${id}/links.json?institution=${b}`, {
      method: 'POST',
      headers: h.editor,
    });
    const bToken = tokenOf(((await bLink.json()) as { links: Array<{ link: string }> }).links[0]?.link ?? '');
    expect(await respond(bToken, 'PUT', '/answers', { partner: world.id('d'), kinds: ['REFERRALS'] })).toBe(
      200,
    );

    expect((await remove(id, [world.id('d')], h.outsider)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const res = await remove(id, [world.id('d')]);
    expect(res.errors).toBeUndefined();
    expect(res.data?.removeSurveyRespondents.roster.map((r) => r.institutionId).sort()).toEqual(
      [a, b, c].sort(),
    );
    expect(await respond(dToken)).toBe(401);
    const reports = await cypher<string>(
      `MATCH (:Survey {id: $id})<-[:RESPONSE_TO]-(r:SurveyResponse)-[:RESPONDENT]->(me), (r)-[:REPORTS]->(p)
       RETURN me.id + '>' + p.id`,
      { id },
    );
    expect(reports).toEqual([`${b}>${world.id('d')}`]);
    expect(
      await cypher('MATCH (r:SurveyResponse) WHERE NOT EXISTS { (r)-[:RESPONSE_TO]->() } RETURN r'),
    ).toEqual([]);

    // Fewer than two would stay, or one is not on the roster: nothing removed.
    for (const [ids, message] of [
      [[a, b], 'at least two'],
      [[a, world.id('e')], 'not on the survey'],
    ] as const) {
      const refused = await remove(id, [...ids]);
      expect(refused.errors?.[0]?.message).toContain(message);
    }
    expect(await rosterOf(id)).toEqual([a, b, c].sort());
    await setStatus('closeSurvey', id);
    expect((await remove(id, [c])).errors?.[0]?.message).toContain('closed');
    expect(await rosterOf(id)).toEqual([a, b, c].sort());
  });
});

describe('what the editor picks from', () => {
  it('folds text in Cypher exactly as in TypeScript', async () => {
    const samples = [
      'Ośrodek Pomocy Społecznej w Ćmielowie',
      'ŁÓDŹ żółć',
      'Müller & Søn',
      'Zażółć GĘŚLĄ jaźń',
    ];
    const query = namedQuery('survey-area-institutions');
    expect(query).toContain('normalize(');
    const fragment = query.slice(query.indexOf('(reduce('), query.indexOf(' AS folded'));
    const folded = await cypher<string>(`UNWIND $s AS name RETURN ${fragment.replaceAll('i.name', 'name')}`, {
      s: samples,
    });
    expect(folded).toEqual(samples.map(fold));
  });

  it("searches the survey area's institutions without diacritics, and only its area", async () => {
    const id = await newSurvey([world.id('a'), world.id('b')]);
    const search = async (text: string, headers = h.editor) =>
      gql<{ surveyInstitutions: Array<{ id: string; rostered: boolean; gminaName: string }> }>(
        api.url,
        'query ($id: ID!, $s: String!) { surveyInstitutions(id: $id, search: $s) { id name rostered gminaName } }',
        { id, s: text },
        headers,
      );
    const found = (await search('cmielow')).data?.surveyInstitutions;
    expect(found?.map((i) => i.id)).toEqual([world.id('b')]);
    expect(found?.[0]).toMatchObject({ rostered: true, gminaName: `gmina Ćmielów ${world.gmina}` });
    const all = (await search('')).data?.surveyInstitutions.map((i) => i.id).sort();
    expect(all).toEqual(['a', 'b', 'c', 'd'].map(world.id)); // E lies in another powiat
    expect((await search('fundacja')).data?.surveyInstitutions).toEqual([]);
    expect((await search('', h.outsider)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('shows likely existing matches of a proposed partner and accepts it as the one the editor picks', async () => {
    const [a, b, c] = ['a', 'b', 'c'].map(world.id) as [string, string, string];
    const id = await newSurvey([a, c]);
    await setStatus('openSurvey', id);
    const link = await fetch(`${api.url}/api/surveys/${id}/links.json?institution=${a}`, {
      method: 'POST',
      headers: h.editor,
    });
    const token = tokenOf(((await link.json()) as { links: Array<{ link: string }> }).links[0]?.link ?? '');
    const proposed = await fetch(`${api.url}/api/survey-response/proposals`, {
      method: 'POST',
      headers: { 'x-survey-token': token, 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'ops cmielow', kind: 'OPS', gmina: world.gmina }),
    });
    expect(proposed.status).toBe(200);
    const proposal = (await proposed.json()) as { id: string };
    expect(await respond(token, 'PUT', '/answers', { partner: proposal.id, kinds: ['JOINT_EVENT'] })).toBe(
      200,
    );

    const read = await gql<{
      surveyResults: { proposals: Array<{ id: string; status: string; matches: Array<{ id: string }> }> };
    }>(
      api.url,
      'query ($id: ID!) { surveyResults(id: $id) { proposals { id status matches { id name rostered } } } }',
      { id },
      h.editor,
    );
    expect(read.errors).toBeUndefined();
    const matches = read.data?.surveyResults.proposals[0]?.matches.map((m) => m.id);
    expect(matches?.[0]).toBe(b); // "OPS w Ćmielowie", written without diacritics
    expect(matches).not.toContain(world.id('e'));

    const decide = await gql<{ resolveSurveyProposal: { status: string; matches: unknown[] } }>(
      api.url,
      `mutation ($id: ID!, $p: ID!, $i: ID) {
        resolveSurveyProposal(id: $id, proposal: $p, decision: EXISTING, institution: $i) { status matches { id } } }`,
      { id, p: proposal.id, i: b },
      h.editor,
    );
    expect(decide.errors).toBeUndefined();
    expect(decide.data?.resolveSurveyProposal).toEqual({ status: 'ACCEPTED', matches: [] });
    expect(
      await cypher<string>(
        'MATCH (:Survey {id: $id})<-[:RESPONSE_TO]-(:SurveyResponse)-[:REPORTS]->(p) RETURN p.id',
        { id },
      ),
    ).toEqual([b]);
  });

  it("lists the partnerships an editor may survey, with the members of the editor's regions", async () => {
    const choices = async (search: string, headers: Record<string, string>) =>
      (
        await gql<{
          surveyPartnerships: Array<{ id: string; members: Array<{ id: string; inRegion: boolean }> }>;
        }>(
          api.url,
          'query ($s: String!) { surveyPartnerships(search: $s) { id name areas { teryt } members { id inRegion } } }',
          { s: search },
          headers,
        )
      ).data?.surveyPartnerships;
    const mine = await choices('partnerstwo na rzecz ekonomii spolecznej', h.editor);
    const p1 = mine?.find((p) => p.id === world.id('p1'));
    expect(p1?.members.find((m) => m.id === world.id('a'))?.inRegion).toBe(true);
    expect(p1?.members.map((m) => m.id).sort()).toEqual(['a', 'b', 'e'].map(world.id));
    expect(
      (await choices('partnerstwo na rzecz ekonomii spolecznej', h.outsider))?.map((p) => p.id),
    ).not.toContain(world.id('p1'));
  });
});
