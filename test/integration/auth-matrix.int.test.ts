import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Splot } from '../../server/src/startup.js';
import { gql, startTestApi, uniquePrefix } from '../helpers/api.js';
import { authHeader } from '../helpers/tokens.js';

// Who may do what, through the public API: five callers × four operations on institutions and
// partnerships that lie in woj. świętokrzyskie (26). Every cell starts from its own fresh record
// and checks both the answer and what the database holds afterwards.

type Caller = 'anonymous' | 'viewer' | 'editor26' | 'editor06' | 'admin';
type Operation = 'read' | 'create' | 'update' | 'delete';
type Outcome = 'OK' | 'UNAUTHENTICATED' | 'FORBIDDEN';

// The expected outcome of every cell (ANONYMOUS_READ is on, as by default).
const EXPECTED: Record<Caller, Record<Operation, Outcome>> = {
  //          read   create              update              delete
  anonymous: { read: 'OK', create: 'UNAUTHENTICATED', update: 'UNAUTHENTICATED', delete: 'UNAUTHENTICATED' },
  viewer: { read: 'OK', create: 'FORBIDDEN', update: 'FORBIDDEN', delete: 'FORBIDDEN' },
  editor26: { read: 'OK', create: 'OK', update: 'OK', delete: 'OK' },
  editor06: { read: 'OK', create: 'FORBIDDEN', update: 'FORBIDDEN', delete: 'FORBIDDEN' },
  admin: { read: 'OK', create: 'OK', update: 'OK', delete: 'OK' },
};
const CALLERS = Object.keys(EXPECTED) as Caller[];
const OPERATIONS: Operation[] = ['read', 'create', 'update', 'delete'];

let api: Splot;
const prefix = uniquePrefix('auth');
// Gminas of powiat "99", which TERYT does not use, so they clash with no real area.
const suffix = String(Math.floor(Math.random() * 1000)).padStart(3, '0');
const area26 = `2699${suffix}`;
const area06 = `0699${suffix}`;
const headers: Record<Caller, Record<string, string>> = {} as Record<Caller, Record<string, string>>;
let counter = 0;
const name = (what: string) => `${prefix} ${what} ${++counter}`;

async function cypher<T = unknown>(statement: string, params: Record<string, unknown> = {}): Promise<T[]> {
  const { records } = await api.driver.executeQuery(statement, params);
  return records.map((r) => r.get(0) as T);
}

beforeAll(async () => {
  api = await startTestApi();
  // Gminas lying directly in their voivodeships (the demo data's TERYT areas).
  await cypher(
    `UNWIND $areas AS a MATCH (v:Area {teryt: a.voivodeship})
     CREATE (:Area {teryt: a.teryt, name: a.name, level: 'GMINA'})-[:PART_OF]->(v)`,
    {
      areas: [
        { teryt: area26, name: `${prefix} gmina 26`, voivodeship: '26' },
        { teryt: area06, name: `${prefix} gmina 06`, voivodeship: '06' },
      ],
    },
  );
  const placed = await cypher('MATCH (a:Area)-[:PART_OF]->() WHERE a.teryt IN $c RETURN a', {
    c: [area26, area06],
  });
  expect(placed).toHaveLength(2);
  headers.anonymous = {};
  headers.viewer = await authHeader('viewer');
  headers.editor26 = await authHeader('editor', ['26']);
  headers.editor06 = await authHeader('editor', ['06']);
  headers.admin = await authHeader('admin');
});

afterAll(async () => {
  await cypher(
    `MATCH (n) WHERE (n:Institution OR n:Partnership) AND n.name STARTS WITH $prefix DETACH DELETE n`,
    { prefix },
  );
  await cypher('MATCH (a:Area) WHERE a.teryt IN $codes DETACH DELETE a', { codes: [area26, area06] });
  await api.stop();
});

/** The outcome as the table names it: OK, or the code of the (single) error. */
function outcomeOf(res: { errors?: Array<{ extensions?: { code?: string } }> }): string {
  return res.errors ? (res.errors.map((e) => e.extensions?.code).join(',') ?? 'NO CODE') : 'OK';
}

/** A record of the kind under test, made directly in the database, located in woj. 26. */
interface Kind {
  label: 'Institution' | 'Partnership';
  seed(): Promise<string>;
  read: string;
  create: string;
  createInput(recordName: string): Record<string, unknown>;
  update: string;
  delete: string;
}

const institutions: Kind = {
  label: 'Institution',
  seed: async () => {
    const [id] = await cypher<string>(
      `MATCH (a:Area {teryt: $area})
       CREATE (i:Institution {id: randomUUID(), name: $name, kind: 'OPS'})-[:LOCATED_IN]->(a)
       RETURN i.id`,
      { area: area26, name: name('institution') },
    );
    return id ?? '';
  },
  read: 'query ($id: ID!) { institutions(where: { id: { eq: $id } }) { id editable } }',
  create: `mutation ($input: [InstitutionCreateInput!]!) {
    createInstitutions(input: $input) { institutions { id } } }`,
  createInput: (recordName) => ({
    name: recordName,
    kind: 'CIS',
    area: { connect: [{ where: { node: { teryt: { eq: area26 } } } }] },
  }),
  update: `mutation ($id: ID!, $name: String!) {
    updateInstitutions(where: { id: { eq: $id } }, update: { name: { set: $name } }) { institutions { id } } }`,
  delete: 'mutation ($id: ID!) { deleteInstitutions(where: { id: { eq: $id } }) { nodesDeleted } }',
};

const partnerships: Kind = {
  label: 'Partnership',
  seed: async () => {
    const [id] = await cypher<string>(
      `MATCH (a:Area {teryt: $area})
       CREATE (p:Partnership {id: randomUUID(), name: $name})-[:COVERS]->(a)
       RETURN p.id`,
      { area: area26, name: name('partnership') },
    );
    return id ?? '';
  },
  read: 'query ($id: ID!) { partnerships(where: { id: { eq: $id } }) { id editable } }',
  create: `mutation ($input: [PartnershipCreateInput!]!) {
    createPartnerships(input: $input) { partnerships { id } } }`,
  createInput: (recordName) => ({
    name: recordName,
    covers: { connect: [{ where: { node: { teryt: { eq: area26 } } } }] },
    // Every tie cites a source or says it has none yet (issue 13, item 7).
    unsourced: true,
  }),
  update: `mutation ($id: ID!, $name: String!) {
    updatePartnerships(where: { id: { eq: $id } }, update: { name: { set: $name } }) { partnerships { id } } }`,
  delete: 'mutation ($id: ID!) { deletePartnerships(where: { id: { eq: $id } }) { nodesDeleted } }',
};

const nameOfId = async (label: string, id: string) =>
  (await cypher<string>(`MATCH (n:${label} {id: $id}) RETURN n.name`, { id }))[0];
const countNamed = async (label: string, recordName: string) =>
  (await cypher<number>(`MATCH (n:${label} {name: $name}) RETURN count(n)`, { name: recordName }))[0];

/** Runs one cell and checks the database holds exactly what the outcome says. */
async function runCell(kind: Kind, caller: Caller, operation: Operation, expected: Outcome): Promise<void> {
  const header = headers[caller];
  const allowed = expected === 'OK';
  if (operation === 'read') {
    const id = await kind.seed();
    const res = await gql<Record<string, Array<{ id: string; editable: boolean }>>>(
      api.url,
      kind.read,
      { id },
      header,
    );
    expect(outcomeOf(res)).toBe(expected);
    const rows = Object.values(res.data ?? {})[0] ?? [];
    // `editable` tells the web app whether to offer editing: it agrees with the update column.
    expect(rows).toEqual([{ id, editable: EXPECTED[caller].update === 'OK' }]);
  } else if (operation === 'create') {
    const recordName = name(`created by ${caller}`);
    const res = await gql(api.url, kind.create, { input: [kind.createInput(recordName)] }, header);
    expect(outcomeOf(res)).toBe(expected);
    expect(await countNamed(kind.label, recordName)).toBe(allowed ? 1 : 0);
  } else if (operation === 'update') {
    const id = await kind.seed();
    const before = await nameOfId(kind.label, id);
    const after = `${before} renamed by ${caller}`;
    const res = await gql(api.url, kind.update, { id, name: after }, header);
    expect(outcomeOf(res)).toBe(expected);
    expect(await nameOfId(kind.label, id)).toBe(allowed ? after : before);
  } else {
    const id = await kind.seed();
    const res = await gql(api.url, kind.delete, { id }, header);
    expect(outcomeOf(res)).toBe(expected);
    expect(await nameOfId(kind.label, id)).toEqual(allowed ? undefined : expect.any(String));
  }
}

const cells = CALLERS.flatMap((caller) =>
  OPERATIONS.map((operation) => [caller, operation, EXPECTED[caller][operation]] as const),
);

describe.each([
  ['institutions', institutions],
  ['partnerships', partnerships],
])('access matrix on %s in woj. 26', (_name, kind) => {
  it.each(cells)('%s × %s → %s', async (caller, operation, expected) => {
    await runCell(kind, caller, operation, expected);
  });
});

describe('region boundaries', () => {
  const institutionIn = async (teryt: string) => {
    const [id] = await cypher<string>(
      `MATCH (a:Area {teryt: $teryt})
       CREATE (i:Institution {id: randomUUID(), name: $name, kind: 'CIS'})-[:LOCATED_IN]->(a) RETURN i.id`,
      { teryt, name: name(`institution in ${teryt}`) },
    );
    return id ?? '';
  };
  const areasOf = (id: string) =>
    cypher<string>('MATCH (:Institution {id: $id})-[:LOCATED_IN]->(a) RETURN a.teryt ORDER BY a.teryt', {
      id,
    });
  const MOVE = `mutation ($id: ID!, $from: String!, $to: String!) {
    updateInstitutions(where: { id: { eq: $id } }, update: { area: [{
      disconnect: [{ where: { node: { teryt: { eq: $from } } } }],
      connect: [{ where: { node: { teryt: { eq: $to } } } }] }] }) { institutions { id } } }`;

  it('an editor cannot move an institution out of their region, nor into it', async () => {
    const ours = await institutionIn(area26);
    const res = await gql(api.url, MOVE, { id: ours, from: area26, to: area06 }, headers.editor26);
    expect(outcomeOf(res)).toBe('FORBIDDEN');
    expect(await areasOf(ours)).toEqual([area26]);

    const theirs = await institutionIn(area06);
    const back = await gql(api.url, MOVE, { id: theirs, from: area06, to: area26 }, headers.editor26);
    expect(outcomeOf(back)).toBe('FORBIDDEN');
    expect(await areasOf(theirs)).toEqual([area06]);
  });

  it('an editor of both regions may move an institution between them', async () => {
    const id = await institutionIn(area26);
    const both = await authHeader('editor', ['26', '06']);
    const res = await gql(api.url, MOVE, { id, from: area26, to: area06 }, both);
    expect(outcomeOf(res)).toBe('OK');
    expect(await areasOf(id)).toEqual([area06]);
  });

  const CREATE_WITH_MEMBERS = `mutation ($name: String!, $members: [ID!]!) {
    createPartnerships(input: [{ name: $name, unsourced: true, members: { connect: [{ where: { node: { id: { in: $members } } } }] } }]) {
      partnerships { id } } }`;

  it("a partnership that covers no area belongs to its members' regions", async () => {
    const member26 = await institutionIn(area26);
    const ok = name('partnership of 26 members');
    expect(
      outcomeOf(await gql(api.url, CREATE_WITH_MEMBERS, { name: ok, members: [member26] }, headers.editor26)),
    ).toBe('OK');
    expect(await countNamed('Partnership', ok)).toBe(1);

    const refused = name('partnership of 26 members by 06');
    const res = await gql(
      api.url,
      CREATE_WITH_MEMBERS,
      { name: refused, members: [member26] },
      headers.editor06,
    );
    expect(outcomeOf(res)).toBe('FORBIDDEN');
    expect(await countNamed('Partnership', refused)).toBe(0);
  });

  it("an editor cannot enlist another region's institution, and the refusal writes nothing", async () => {
    const member26 = await institutionIn(area26);
    const member06 = await institutionIn(area06);
    const mixed = name('partnership with a 06 member');
    const res = await gql(
      api.url,
      CREATE_WITH_MEMBERS,
      { name: mixed, members: [member26, member06] },
      headers.editor26,
    );
    expect(outcomeOf(res)).toBe('FORBIDDEN');
    expect(await countNamed('Partnership', mixed)).toBe(0);
    const memberships = await cypher<number>(
      'MATCH (i:Institution)-[m:MEMBER_OF]->() WHERE i.id IN $ids RETURN count(m)',
      { ids: [member26, member06] },
    );
    expect(memberships).toEqual([0]);
  });

  it('a partnership covering an area of 26 is not editable by 26 once it covers only 06', async () => {
    const [id] = await cypher<string>(
      `MATCH (a:Area {teryt: $area})
       CREATE (p:Partnership {id: randomUUID(), name: $name})-[:COVERS]->(a) RETURN p.id`,
      { area: area06, name: name('partnership in 06') },
    );
    const res = await gql(api.url, partnerships.update, { id, name: name('hijacked') }, headers.editor26);
    expect(outcomeOf(res)).toBe('FORBIDDEN');
  });

  it('an editor creates an institution with its sector and seat, as the web app does', async () => {
    const recordName = name('full create by editor');
    const res = await gql(
      api.url,
      institutions.create,
      {
        input: [
          {
            name: recordName,
            kind: 'SOCIAL_COOPERATIVE',
            sector: { connect: [{ where: { node: { code: { eq: 'SOCIAL_ECONOMY' } } } }] },
            area: { connect: [{ where: { node: { teryt: { eq: area26 } } } }] },
          },
        ],
      },
      headers.editor26,
    );
    expect(outcomeOf(res)).toBe('OK');
    const [links] = await cypher<number[]>(
      'MATCH (i:Institution {name: $n}) RETURN [COUNT { (i)-[:IN_SECTOR]->() }, COUNT { (i)-[:LOCATED_IN]->() }]',
      { n: recordName },
    );
    expect(links).toEqual([1, 1]);
  });

  it('an editor cannot create an institution without a seat in their region', async () => {
    const recordName = name('seatless');
    const res = await gql(
      api.url,
      institutions.create,
      { input: [{ name: recordName, kind: 'OTHER' }] },
      headers.editor26,
    );
    expect(outcomeOf(res)).toBe('FORBIDDEN');
    expect(await countNamed('Institution', recordName)).toBe(0);
  });

  it('only admins change areas', async () => {
    const RENAME = `mutation ($teryt: String!, $name: String!) {
      updateAreas(where: { teryt: { eq: $teryt } }, update: { name: { set: $name } }) { areas { teryt } } }`;
    const byEditor = await gql(
      api.url,
      RENAME,
      { teryt: area26, name: 'renamed by editor' },
      headers.editor26,
    );
    expect(outcomeOf(byEditor)).toBe('FORBIDDEN');
    const byAdmin = await gql(
      api.url,
      RENAME,
      { teryt: area26, name: `${prefix} gmina 26 (admin)` },
      headers.admin,
    );
    expect(outcomeOf(byAdmin)).toBe('OK');
  });

  it('nobody relinks the area hierarchy through the API: it is set when an area is created', async () => {
    const ADOPT = `mutation ($child: String!, $parent: String!) {
      updateAreas(where: { teryt: { eq: $child } }, update: { parent: [{
        connect: [{ where: { node: { teryt: { eq: $parent } } } }] }] }) { areas { teryt } } }`;
    for (const caller of ['editor26', 'admin'] as const) {
      const res = await gql(api.url, ADOPT, { child: area06, parent: area26 }, headers[caller]);
      expect(outcomeOf(res)).toBe('BAD_USER_INPUT');
    }
    const parents = await cypher('MATCH (:Area {teryt: $c})-[:PART_OF]->(p) RETURN p.teryt', { c: area06 });
    expect(parents).toEqual(['06']);
  });

  it("an editor cannot give their institution a seat in another region's area", async () => {
    const ours = await institutionIn(area26);
    const SEAT = `mutation ($teryt: String!, $id: ID!) {
      updateAreas(where: { teryt: { eq: $teryt } }, update: { institutions: [{
        connect: [{ where: { node: { id: { eq: $id } } } }] }] }) { areas { teryt } } }`;
    const res = await gql(api.url, SEAT, { teryt: area06, id: ours }, headers.editor26);
    expect(outcomeOf(res)).toBe('FORBIDDEN');
    expect(await areasOf(ours)).toEqual([area26]);
  });

  it("an editor cannot make their partnership cover another region's area", async () => {
    const [id] = await cypher<string>(
      `MATCH (a:Area {teryt: $area})
       CREATE (p:Partnership {id: randomUUID(), name: $name})-[:COVERS]->(a) RETURN p.id`,
      { area: area26, name: name('partnership to widen') },
    );
    const COVER = `mutation ($id: ID!, $teryt: String!) {
      updatePartnerships(where: { id: { eq: $id } }, update: { covers: [{
        connect: [{ where: { node: { teryt: { eq: $teryt } } } }] }] }) { partnerships { id } } }`;
    const res = await gql(api.url, COVER, { id, teryt: area06 }, headers.editor26);
    expect(outcomeOf(res)).toBe('FORBIDDEN');
    const covered = await cypher('MATCH (:Partnership {id: $id})-[:COVERS]->(a) RETURN a.teryt', { id });
    expect(covered).toEqual([area26]);
  });
});
