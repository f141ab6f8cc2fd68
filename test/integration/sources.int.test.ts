import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importFile } from '../../server/src/import/run-import.js';
import type { Splot } from '../../server/src/startup.js';
import { gql, startTestApi } from '../helpers/api.js';
import { csvFile } from '../helpers/import-files.js';
import { authHeader } from '../helpers/tokens.js';
import { createWorld, type World } from '../helpers/world.js';

// Sources a reader can check (issue 13, item 7), against the real database: a tie's partnership or
// collaboration written through the API (nested creates and connects too) or the import cites a
// source or says it has none yet (`unsourced`), else BAD_USER_INPUT names the field and nothing is
// written; an unsourced tie comes out `sourced: false` in areaNetwork; Source.text serves the
// stored document of the source's own file only.

let api: Splot;
let world: World;
let admin: Record<string, string>;
const p = () => world.prefix;

beforeAll(async () => {
  api = await startTestApi();
  world = await createWorld(api.driver, 'sources');
  admin = await authHeader('admin');
});

afterAll(async () => {
  await api?.driver.executeQuery(
    // Records created through the API have generated ids: they are found by their names.
    `MATCH (n) WHERE (n:Partnership OR n:Collaboration OR n:Source OR n:Institution)
       AND (n.id STARTS WITH $p OR coalesce(n.name, n.title) STARTS WITH $p) DETACH DELETE n`,
    { p: world.prefix },
  );
  await world?.remove();
  await api?.stop();
});

interface Failure {
  message: string;
  extensions?: { code?: string; argumentName?: string };
}
const write = (query: string, variables: Record<string, unknown> = {}) =>
  gql<Record<string, unknown>>(api.url, query, variables, admin) as Promise<{
    data?: Record<string, unknown> | null;
    errors?: Failure[];
  }>;
const count = async (statement: string, params: Record<string, unknown> = {}) => {
  const { records } = await api.driver.executeQuery(statement, { p: world.prefix, ...params });
  return Number(records[0]?.get(0));
};
const named = (name: string) =>
  count(
    'MATCH (x) WHERE (x:Partnership OR x:Collaboration) AND coalesce(x.name, x.title) = $name RETURN count(x)',
    {
      name,
    },
  );
const members = (a: string, b: string) => ({
  connect: [{ where: { node: { id: { in: [world.id(a), world.id(b)] } } } }],
});

describe('a tie without a source is refused unless it says so', () => {
  it('createPartnerships without sources: BAD_USER_INPUT on input[0].sources, nothing written', async () => {
    const name = `${p()} bez źródła`;
    const res = await write(
      `mutation ($input: [PartnershipCreateInput!]!) { createPartnerships(input: $input) { partnerships { id } } }`,
      { input: [{ name, members: members('A', 'B') }] },
    );
    expect(res.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      argumentName: 'input[0].sources',
    });
    expect(res.errors?.[0]?.message).toContain('unsourced: true');
    expect(await named(name)).toBe(0);
  });

  it('a nested create (an institution with a new collaboration) is refused the same way, all of it', async () => {
    const title = `${p()} zagnieżdżona`;
    const res = await write(
      `mutation ($input: [InstitutionCreateInput!]!) { createInstitutions(input: $input) { institutions { id } } }`,
      {
        input: [
          {
            name: `${p()} nowa instytucja`,
            kind: 'CIS',
            area: { connect: [{ where: { node: { teryt: { eq: world.gmina } } } }] },
            sector: { connect: [{ where: { node: { code: { eq: 'SOCIAL_ECONOMY' } } } }] },
            collaborations: { create: [{ node: { title, kind: 'PROJECT' } }] },
          },
        ],
      },
    );
    expect(res.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      argumentName: 'input[0].collaborations.create[0].node.sources',
    });
    expect(await named(title)).toBe(0);
    expect(
      await count('MATCH (i:Institution {name: $name}) RETURN count(i)', { name: `${p()} nowa instytucja` }),
    ).toBe(0);
  });

  it('a source and unsourced: true together are refused on input[0].unsourced', async () => {
    const name = `${p()} oba`;
    const res = await write(
      `mutation ($input: [PartnershipCreateInput!]!) { createPartnerships(input: $input) { partnerships { id } } }`,
      {
        input: [{ name, unsourced: true, sources: { create: [{ node: { title: `${p()} dokument` } }] } }],
      },
    );
    expect(res.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      argumentName: 'input[0].unsourced',
    });
    expect(await named(name)).toBe(0);
  });

  it('unsourced: true is written, flagged, and its tie comes out sourced: false; a cited one sourced: true', async () => {
    const unsourced = await write(
      `mutation ($input: [CollaborationCreateInput!]!) { createCollaborations(input: $input) { collaborations { id unsourced } } }`,
      {
        input: [
          {
            title: `${p()} spotkanie bez źródła`,
            kind: 'PROJECT',
            unsourced: true,
            participants: members('A', 'D'),
          },
        ],
      },
    );
    expect(unsourced.errors).toBeUndefined();
    const cited = await write(
      `mutation ($input: [CollaborationCreateInput!]!) { createCollaborations(input: $input) { collaborations { id } } }`,
      {
        input: [
          {
            title: `${p()} projekt ze źródłem`,
            kind: 'PROJECT',
            participants: members('C', 'D'),
            sources: {
              create: [
                {
                  node: { title: `${p()} umowa`, url: 'https://example.org/umowa' },
                  edge: { quote: 'umowa' },
                },
              ],
            },
          },
        ],
      },
    );
    expect(cited.errors).toBeUndefined();
    const res = await gql<{
      areaNetwork: { edges: Array<{ source: string; target: string; sourced: boolean }> };
    }>(api.url, 'query ($t: String!) { areaNetwork(teryt: $t) { edges { source target sourced } } }', {
      t: world.powiat,
    });
    const sourcedOf = (a: string, b: string) =>
      res.data?.areaNetwork.edges.find(
        (e) => [e.source, e.target].sort().join() === [world.id(a), world.id(b)].sort().join(),
      )?.sourced;
    // D had no partner before: A–D stands on the unsourced meeting alone, C–D on the cited project.
    expect(sourcedOf('A', 'D')).toBe(false);
    expect(sourcedOf('C', 'D')).toBe(true);
    expect(
      await count('MATCH (c:Collaboration {title: $t}) WHERE c.unsourced RETURN count(c)', {
        t: `${p()} spotkanie bez źródła`,
      }),
    ).toBe(1);
  });

  it('joining a stored partnership that cites nothing and is not flagged is refused; the membership is not written', async () => {
    await api.driver.executeQuery(`CREATE (:Partnership {id: $p + '-bare', name: $p + ' goła'})`, {
      p: world.prefix,
    });
    const res = await write(
      `mutation ($id: ID!, $p: ID!) { updateInstitutions(where: { id: { eq: $id } }, update: {
        partnerships: [{ connect: [{ where: { node: { id: { eq: $p } } } }] }] }) { institutions { id } } }`,
      { id: world.id('C'), p: `${world.prefix}-bare` },
    );
    expect(res.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      argumentName: `Partnership(${world.prefix}-bare).sources`,
    });
    expect(
      await count(`MATCH (:Institution)-[m:MEMBER_OF]->(:Partnership {id: $p + '-bare'}) RETURN count(m)`),
    ).toBe(0);
    // Saying so explicitly in the same write lets the member in.
    const flagged = await write(
      `mutation ($p: ID!, $id: ID!) { updatePartnerships(where: { id: { eq: $p } }, update: {
        unsourced: { set: true }, members: [{ connect: [{ where: { node: { id: { eq: $id } } } }] }] }) { partnerships { id } } }`,
      { id: world.id('C'), p: `${world.prefix}-bare` },
    );
    expect(flagged.errors).toBeUndefined();
    expect(
      await count(`MATCH (:Institution)-[m:MEMBER_OF]->(:Partnership {id: $p + '-bare'}) RETURN count(m)`),
    ).toBe(1);
  });
});

// The flag follows the sources in the same write (docs/graphql.md): a record that loses its last
// source is marked unsourced (it says plainly it has none), one that gains a source is not
// unsourced any more; the tie is drawn accordingly.
describe('the unsourced flag follows the sources', () => {
  const flag = async (title: string) => {
    const { records } = await api.driver.executeQuery(
      'MATCH (c:Collaboration {title: $t}) RETURN c.unsourced AS u, count { (c)-[:DOCUMENTED_BY]->() } AS n',
      { t: title },
    );
    return { unsourced: records[0]?.get('u') ?? null, sources: Number(records[0]?.get('n')) };
  };
  const collaboration = async (title: string, sources: string[], a = 'A', b = 'B') => {
    const res = await write(
      `mutation ($input: [CollaborationCreateInput!]!) { createCollaborations(input: $input) { collaborations { id } } }`,
      {
        input: [
          {
            title,
            kind: 'PROJECT',
            participants: members(a, b),
            ...(sources.length > 0
              ? { sources: { create: sources.map((t) => ({ node: { title: t }, edge: { quote: t } })) } }
              : { unsourced: true }),
          },
        ],
      },
    );
    expect(res.errors).toBeUndefined();
  };
  const sourcedTie = async (a: string, b: string) => {
    const res = await gql<{
      areaNetwork: { edges: Array<{ source: string; target: string; sourced: boolean }> };
    }>(api.url, 'query ($t: String!) { areaNetwork(teryt: $t) { edges { source target sourced } } }', {
      t: world.powiat,
    });
    return res.data?.areaNetwork.edges.find(
      (e) => [e.source, e.target].sort().join() === [world.id(a), world.id(b)].sort().join(),
    )?.sourced;
  };

  it('deleteSources marks the collaborations that lose their last source unsourced, not those keeping one', async () => {
    const alone = `${p()} tylko jeden dokument`;
    const more = `${p()} dwa dokumenty`;
    await collaboration(alone, [`${p()} dok-usuwany-1`], 'B', 'E');
    await collaboration(more, [`${p()} dok-usuwany-2`, `${p()} dok-zostaje`], 'C', 'E');
    expect(await sourcedTie('B', 'E')).toBe(true);
    const res = await write(
      `mutation ($t: String!) { deleteSources(where: { title: { startsWith: $t } }) { nodesDeleted } }`,
      { t: `${p()} dok-usuwany` },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.deleteSources).toEqual({ nodesDeleted: 2 });
    expect(await flag(alone)).toEqual({ unsourced: true, sources: 0 });
    expect(await flag(more)).toEqual({ unsourced: null, sources: 1 });
    // Every stored affiliation either cites a document or says it has none.
    expect(
      await count(`MATCH (x) WHERE (x:Partnership OR x:Collaboration) AND coalesce(x.name, x.title) STARTS WITH $p
        AND NOT EXISTS { (x)-[:DOCUMENTED_BY]->() } AND coalesce(x.unsourced, false) = false RETURN count(x)`),
    ).toBe(0);
    expect(await sourcedTie('B', 'E')).toBe(false);
    expect(await sourcedTie('C', 'E')).toBe(true);
  });

  it('disconnecting the last source, from either side, marks the collaboration unsourced in the same write', async () => {
    const title = `${p()} projekt ze źródłem`;
    const res = await write(
      `mutation ($t: String!) { updateCollaborations(where: { title: { eq: $t } }, update: {
        sources: [{ disconnect: [{ where: { node: { title: { contains: "umowa" } } } }] }] }) { collaborations { id } } }`,
      { t: title },
    );
    expect(res.errors).toBeUndefined();
    expect(await flag(title)).toEqual({ unsourced: true, sources: 0 });
    const other = `${p()} odłączany od strony źródła`;
    await collaboration(other, [`${p()} dok-odłączany`], 'B', 'C');
    const fromSource = await write(
      `mutation ($s: String!, $t: String!) { updateSources(where: { title: { eq: $s } }, update: {
        collaborations: [{ disconnect: [{ where: { node: { title: { eq: $t } } } }] }] }) { sources { id } } }`,
      { s: `${p()} dok-odłączany`, t: other },
    );
    expect(fromSource.errors).toBeUndefined();
    expect(await flag(other)).toEqual({ unsourced: true, sources: 0 });
  });

  it('a source connected or created for an unsourced collaboration clears its flag, from either side', async () => {
    const title = `${p()} spotkanie bez źródła`;
    expect((await flag(title)).unsourced).toBe(true);
    expect(await sourcedTie('A', 'D')).toBe(false);
    const res = await write(
      `mutation ($t: String!, $s: String!) { updateCollaborations(where: { title: { eq: $t } }, update: {
        sources: [{ create: [{ node: { title: $s }, edge: { quote: "spotkanie" } }] }] }) { collaborations { id unsourced } } }`,
      { t: title, s: `${p()} notatka ze spotkania` },
    );
    expect(res.errors).toBeUndefined();
    expect(await flag(title)).toEqual({ unsourced: null, sources: 1 });
    expect(await sourcedTie('A', 'D')).toBe(true);
    // From the source's side: a new source that connects an unsourced collaboration.
    const other = `${p()} projekt ze źródłem`; // marked unsourced by the disconnect above
    expect((await flag(other)).unsourced).toBe(true);
    const created = await write(
      `mutation ($input: [SourceCreateInput!]!) { createSources(input: $input) { sources { id } } }`,
      {
        input: [
          {
            title: `${p()} nowy dokument`,
            collaborations: {
              connect: [{ where: { node: { title: { eq: other } } }, edge: { quote: 'x' } }],
            },
          },
        ],
      },
    );
    expect(created.errors).toBeUndefined();
    expect(await flag(other)).toEqual({ unsourced: null, sources: 1 });
  });
});

describe('the import asks the same', () => {
  const file = (rows: string[][]) => csvFile([['id', 'nazwa', 'źródło', 'bez źródła'], ...rows]);

  it('a partnership row without a source and without "bez źródła" is refused, naming row and column; nothing written', async () => {
    const report = await importFile(
      api.driver,
      'partnerstwa.csv',
      file([
        [`${p()}-imp-ok`, 'Z flagą', '', 'tak'],
        [`${p()}-imp-bad`, 'Bez niczego', '', ''],
      ]),
    );
    expect(report.outcome).toBe('rejected');
    expect(report.problems).toEqual([
      expect.objectContaining({
        table: 'partnerstwa.csv',
        row: 3,
        column: 'source',
        reason: expect.stringContaining('unsourced = tak'),
      }),
    ]);
    expect(await count(`MATCH (x:Partnership) WHERE x.id STARTS WITH $p + '-imp' RETURN count(x)`)).toBe(0);
  });

  it('a row citing a source for a stored unsourced partnership clears its flag (drawn as sourced)', async () => {
    const sources = csvFile([
      ['id', 'tytuł'],
      [`${p()}-imp-src`, 'Uchwała o partnerstwie'],
    ]);
    expect((await importFile(api.driver, 'zrodla.csv', sources)).outcome).toBe('applied');
    await importFile(
      api.driver,
      'partnerstwa.csv',
      file([[`${p()}-imp-later`, 'Później ze źródłem', '', 'tak']]),
    );
    expect(
      await count(`MATCH (x:Partnership {id: $p + '-imp-later'}) WHERE x.unsourced RETURN count(x)`),
    ).toBe(1);
    const report = await importFile(
      api.driver,
      'partnerstwa.csv',
      file([[`${p()}-imp-later`, 'Później ze źródłem', `${p()}-imp-src`, '']]),
    );
    expect(report.outcome).toBe('applied');
    expect(
      await count(`MATCH (x:Partnership {id: $p + '-imp-later'})-[:DOCUMENTED_BY]->() WHERE x.unsourced IS NULL
        RETURN count(x)`),
    ).toBe(1);
  });

  it('"bez źródła: tak" is imported as an unsourced partnership', async () => {
    const report = await importFile(
      api.driver,
      'partnerstwa.csv',
      file([[`${p()}-imp-ok`, 'Z flagą', '', 'tak']]),
    );
    expect(report.outcome).toBe('applied');
    expect(await count(`MATCH (x:Partnership {id: $p + '-imp-ok'}) WHERE x.unsourced RETURN count(x)`)).toBe(
      1,
    );
  });
});

describe('sourceText: the stored document, by the source’s own file only', () => {
  it('serves a seed source’s text, holding the quote its tie cites', async () => {
    const res = await gql<{ sources: Array<{ id: string; file: string }>; sourceText: string | null }>(
      api.url,
      '{ sources(where: { id: { eq: "src-003-wizyta-studyjna" } }) { id file } sourceText(id: "src-003-wizyta-studyjna") }',
    );
    expect(res.errors).toBeUndefined();
    const source = res.data?.sources[0];
    expect(source?.file).toBe('003_e324ae9206486107.txt');
    const { records } = await api.driver.executeQuery(
      'MATCH (:Collaboration)-[d:DOCUMENTED_BY]->(:Source {id: "src-003-wizyta-studyjna"}) RETURN d.quote AS quote LIMIT 1',
    );
    const quote = records[0]?.get('quote') as string;
    expect(quote.length).toBeGreaterThan(10);
    expect(res.data?.sourceText?.replace(/\s+/g, ' ')).toContain(quote.replace(/\s+/g, ' '));
  });

  it('a file that is a path, or leads out of the sources folder, gives null', async () => {
    for (const [i, file] of [
      '../../../package.json',
      '/etc/passwd',
      '../documents/000_11d9627f54c11e02.json',
    ].entries()) {
      const id = `${world.prefix}-evil-${i}`;
      await api.driver.executeQuery('CREATE (:Source {id: $id, title: "zły plik", file: $file})', {
        id,
        file,
      });
      const res = await gql<{ sourceText: string | null }>(
        api.url,
        'query ($id: ID!) { sourceText(id: $id) }',
        { id },
      );
      expect(res.errors, file).toBeUndefined();
      expect(res.data?.sourceText, file).toBeNull();
    }
  });
});
