import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { currentOn, isPeriod, membershipPeriod, overlap, type Period } from '@splot/domain';
import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  missingPartnersFromSnapshot,
  readInstitutionMissingPartners,
} from '../../server/src/analytics/missing-partners/read-missing-partners.js';
import type { AffiliationSnapshot } from '../../server/src/analytics/missing-partners/snapshot/affiliation-snapshot.js';
import {
  readAffiliationSnapshot,
  stopSnapshots,
} from '../../server/src/analytics/missing-partners/snapshot/read-affiliation-snapshot.js';
import type { Splot } from '../../server/src/startup.js';
import { gql, startTestApi, uniquePrefix } from '../helpers/api.js';
import { readWithNetworkx } from '../helpers/python.js';

// The time model (domain/src/time.ts, cypher/fragments/time.cypher) on a world of its own:
// two members of one partnership at disjoint times ("early" 2012–2014, "late" from 2016) are never
// tied, anywhere; a one-day event (2019-06-28, no end date) ties for that day only; a two-day
// study visit (2017-06-20–21) for those two days. Every answer — areaNetwork, egoNetwork, the
// analytics, missingPartners from Cypher and from the snapshot, coverageGaps, the four export
// formats in both modes — is checked against the TS rule applied to the same rows by hand.

let api: Splot;
const p = uniquePrefix('time');
// An odd voivodeship code above the real ones, as the other analytics tests do.
const voivodeship = String(33 + 2 * Math.floor(Math.random() * 33));
const powiat = `${voivodeship}${String(Math.floor(Math.random() * 100)).padStart(2, '0')}`;
const gmina = `${powiat}011`;
const id = (name: string) => `${p}-${name}`;
const TODAY = '2026-12-06';

// name, kind, sector
const INSTITUTIONS: Array<[string, string, string]> = [
  ['early', 'ASSOCIATION', 'NGO'],
  ['late', 'OPS', 'PUBLIC'],
  ['anchor', 'FOUNDATION', 'NGO'],
  ['host', 'ASSOCIATION', 'NGO'],
];

interface Affiliation {
  id: string;
  label: 'Partnership' | 'Collaboration';
  props: Record<string, string | null>;
  members: Array<[string, { since?: string; until?: string }]>;
}
const AFFILIATIONS: Affiliation[] = [
  {
    id: 'p',
    label: 'Partnership',
    props: { name: 'Partnerstwo', signedOn: '2010-05-01' },
    members: [
      ['early', { since: '2012-01-01', until: '2014-12-31' }],
      ['late', { since: '2016-01-01' }],
      ['anchor', {}],
    ],
  },
  {
    id: 'meeting',
    label: 'Collaboration',
    props: { title: 'Spotkanie w Bałtowie', kind: 'EVENT', startedOn: '2019-06-28' },
    members: [
      ['early', {}],
      ['host', {}],
    ],
  },
  {
    id: 'visit',
    label: 'Collaboration',
    props: { title: 'Wizyta studyjna', kind: 'STUDY_VISIT', startedOn: '2017-06-20', endedOn: '2017-06-21' },
    members: [
      ['late', {}],
      ['host', {}],
    ],
  },
];

function date(iso: string) {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new neo4j.types.Date(y, m, d);
}
const dates = (o: Record<string, string | null | undefined>) =>
  Object.fromEntries(
    Object.entries(o)
      .filter(([, v]) => v != null)
      .map(([k, v]) => [k, /^\d{4}-\d{2}-\d{2}$/.test(v as string) ? date(v as string) : v]),
  );

/** The ties the TS rule gives on these rows: pair → merged-free list of overlaps (one per affiliation). */
function expectedTies(asOf: string | null): Map<string, Period[]> {
  const ties = new Map<string, Period[]>();
  for (const x of AFFILIATIONS) {
    const periods = x.members.map(([name, m]) => [name, membershipPeriod(m, x.props)] as const);
    for (const [a, pa] of periods) {
      for (const [b, pb] of periods) {
        if (a >= b || !currentOn(pa, asOf) || !currentOn(pb, asOf)) continue;
        const shared = overlap(pa, pb);
        if (!shared) continue;
        const key = `${id(a)}--${id(b)}`;
        ties.set(key, [...(ties.get(key) ?? []), shared]);
      }
    }
  }
  return ties;
}

beforeAll(async () => {
  api = await startTestApi();
  await api.driver.executeQuery(
    `CREATE (v:Area {teryt: $voivodeship, name: 'woj. czasu', level: 'VOIVODESHIP'})
     CREATE (pw:Area {teryt: $powiat, name: 'powiat czasu', level: 'POWIAT'})-[:PART_OF]->(v)
     CREATE (g:Area {teryt: $gmina, name: 'gmina czasu', level: 'GMINA'})-[:PART_OF]->(pw)
     WITH g
     UNWIND $institutions AS row
     MATCH (s:Sector {code: row[2]})
     CREATE (i:Institution {id: $p + '-' + row[0], name: row[0] + ' ' + $p, kind: row[1]})
     CREATE (i)-[:IN_SECTOR]->(s), (i)-[:LOCATED_IN]->(g)`,
    { voivodeship, powiat, gmina, p, institutions: INSTITUTIONS },
  );
  for (const x of AFFILIATIONS) {
    const rel = x.label === 'Partnership' ? 'MEMBER_OF' : 'TAKES_PART';
    for (const [member, m] of x.members) {
      await api.driver.executeQuery(
        `MERGE (x:${x.label} {id: $x}) SET x += $props
         WITH x MATCH (i:Institution {id: $member}) CREATE (i)-[r:${rel}]->(x) SET r += $rel`,
        { x: id(x.id), props: dates(x.props), member: id(member), rel: dates(m) },
      );
    }
  }
});

afterAll(async () => {
  await api?.driver.executeQuery(
    `MATCH (n) WHERE (n:Institution OR n:Partnership OR n:Collaboration) AND n.id STARTS WITH $p
     DETACH DELETE n`,
    { p },
  );
  await api?.driver.executeQuery('MATCH (a:Area) WHERE a.teryt IN $teryts DETACH DELETE a', {
    teryts: [voivodeship, powiat, gmina],
  });
  if (api) stopSnapshots(api.driver);
  await api?.stop();
});

async function ask<T>(query: string, variables: Record<string, unknown>): Promise<T> {
  const res = await gql<T>(api.url, query, variables);
  if (res.errors || !res.data) throw new Error(JSON.stringify(res.errors));
  return res.data;
}

interface Edge {
  id: string;
  source: string;
  target: string;
  start: string | null;
  end: string | null;
  periods: Period[];
}
const NETWORK_FIELDS = 'nodes { id } edges { id source target start end periods { start end } }';

const never = `${id('early')}--${id('late')}`;

/** No period anywhere in the answer has its start after its end. */
function expectNoReversed(
  edges: ReadonlyArray<{ start: string | null; end: string | null; periods?: Period[] }>,
) {
  for (const e of edges) {
    expect(isPeriod(e), JSON.stringify(e)).toBe(true);
    for (const period of e.periods ?? []) expect(isPeriod(period), JSON.stringify(e)).toBe(true);
  }
}

describe('the time model, everywhere', () => {
  it('areaNetwork: the never-overlapping pair is not tied; each tie lasts exactly its overlaps', async () => {
    for (const asOf of [null, '2013-06-01', '2017-06-20', '2017-06-22', '2019-06-28', TODAY]) {
      const { areaNetwork } = await ask<{ areaNetwork: { edges: Edge[] } }>(
        `query ($teryt: String!, $asOf: String) { areaNetwork(teryt: $teryt, asOf: $asOf) { ${NETWORK_FIELDS} } }`,
        { teryt: powiat, asOf },
      );
      const expected = expectedTies(asOf);
      expect(new Map(areaNetwork.edges.map((e) => [e.id, e.periods])), String(asOf)).toEqual(expected);
      expect(areaNetwork.edges.map((e) => e.id)).not.toContain(never);
      expectNoReversed(areaNetwork.edges);
    }
    // Worked by hand: on "today" only the partnership tie of late and anchor is there; the
    // one-day meeting is not current (it ended on its day); over all years there are four ties.
    expect([...expectedTies(TODAY).keys()]).toEqual([`${id('anchor')}--${id('late')}`]);
    expect(expectedTies(null).size).toBe(4);
    expect(expectedTies(null).get(`${id('early')}--${id('host')}`)).toEqual([
      { start: '2019-06-28', end: '2019-06-28' },
    ]);
    // Two-mode: the event's membership is a day, not "from 2019-06-28 on".
    const { areaNetwork } = await ask<{ areaNetwork: { edges: Edge[] } }>(
      `query ($teryt: String!) { areaNetwork(teryt: $teryt, mode: AFFILIATIONS) { ${NETWORK_FIELDS} } }`,
      { teryt: powiat },
    );
    expect(areaNetwork.edges.find((e) => e.id === `${id('early')}->${id('meeting')}`)).toMatchObject({
      start: '2019-06-28',
      end: '2019-06-28',
    });
    expectNoReversed(areaNetwork.edges);
  });

  it('egoNetwork: early does not reach late in one step', async () => {
    const { egoNetwork } = await ask<{ egoNetwork: { nodes: Array<{ id: string }>; edges: Edge[] } }>(
      `query ($id: ID!) { egoNetwork(institutionId: $id, depth: 1) { ${NETWORK_FIELDS} } }`,
      { id: id('early') },
    );
    expect(egoNetwork.nodes.map((n) => n.id).sort()).toEqual([id('anchor'), id('early'), id('host')]);
    expect(egoNetwork.edges.map((e) => e.id)).not.toContain(never);
    expectNoReversed(egoNetwork.edges);
  });

  it('tieSources: the partnership of the never-overlapping pair is not their tie', async () => {
    const sources = (a: string, b: string) =>
      ask<{ tieSources: Array<{ id: string; start: string | null; end: string | null }> }>(
        'query ($a: ID!, $b: ID!) { tieSources(a: $a, b: $b) { id start end } }',
        { a: id(a), b: id(b) },
      ).then((d) => d.tieSources.map((x) => x.id).sort());
    // early (2012–2014) and late (from 2016) share the partnership, never at the same time.
    expect(await sources('early', 'late')).toEqual([]);
    expect(await sources('late', 'early')).toEqual([]);
    // Each of them overlapped anchor (no dates of its own: the partnership's), so those ties cite it.
    expect(await sources('early', 'anchor')).toEqual([id('p')]);
    expect(await sources('late', 'anchor')).toEqual([id('p')]);
    // The one-day meeting ties early and host; the study visit late and host.
    expect(await sources('early', 'host')).toEqual([id('meeting')]);
    expect(await sources('late', 'host')).toEqual([id('visit')]);
  });

  it('analytics: degrees, the sector matrix and coverage gaps count only overlapping pairs', async () => {
    const data = await ask<{
      nodeMetrics: { ids: string[]; metrics: Array<{ id: string; values: Array<number | null> }> };
      sectorMatrix: { ties: number; blocks: Array<{ from: string; to: string; ties: number }> };
      coverageGaps: { withoutCrossSectorTie: Array<{ id: string; partners: number }> };
    }>(
      `query ($teryt: String!) {
        nodeMetrics(teryt: $teryt) { ids metrics { id values } }
        sectorMatrix(teryt: $teryt) { ties blocks { from to ties } }
        coverageGaps(teryt: $teryt) { withoutCrossSectorTie { id partners } }
      }`,
      { teryt: powiat },
    );
    const degree = data.nodeMetrics.metrics.find((m) => m.id === 'degree')?.values ?? [];
    const degreeOf = (name: string) => degree[data.nodeMetrics.ids.indexOf(id(name))];
    expect(degreeOf('early')).toBe(2);
    expect(degreeOf('late')).toBe(2);
    expect(data.sectorMatrix.ties).toBe(4);
    const publicNgo = data.sectorMatrix.blocks.filter((b) => [b.from, b.to].sort().join() === 'NGO,PUBLIC');
    expect(publicNgo.map((b) => b.ties)).toContain(2);
    expect(publicNgo.every((b) => b.ties === 2)).toBe(true);
    // early's only partner of another sector (late) never overlapped it: no cross-sector tie
    // (anchor and host have late, PUBLIC, at overlapping times).
    expect(data.coverageGaps.withoutCrossSectorTie.map((x) => x.id)).toEqual([id('early')]);
    expect(data.coverageGaps.withoutCrossSectorTie.find((x) => x.id === id('early'))?.partners).toBe(2);
  });

  it('missingPartners: the same partners from Cypher and from the snapshot, never the disjoint member', {
    timeout: 120_000,
  }, async () => {
    let snapshot: AffiliationSnapshot | null = null;
    for (let attempt = 0; attempt < 30 && !snapshot; attempt++) {
      snapshot = (await readAffiliationSnapshot(api.driver))?.snapshot ?? null;
    }
    if (!snapshot) throw new Error('no quiet moment to read the snapshot in');
    for (const asOf of [null, '2013-06-01', '2019-06-28', TODAY]) {
      for (const [name] of INSTITUTIONS) {
        const args = { institutionId: id(name), asOf, limit: 10, area: null };
        const fromDb = await readInstitutionMissingPartners(api.driver, args, { snapshot: false });
        const fromSnapshot = await missingPartnersFromSnapshot(snapshot, { ...args, chosen: null });
        const expected = [...expectedTies(asOf).keys()]
          .filter((k) => k.split('--').includes(id(name)))
          .map((k) => k.split('--').find((x) => x !== id(name)))
          .sort();
        const ids = (r: typeof fromDb) => r?.partners.map((x) => x.id).sort();
        expect(ids(fromDb), `${name} ${asOf}`).toEqual(expected);
        expect(ids(fromSnapshot), `${name} ${asOf}`).toEqual(expected);
      }
    }
  });

  it('exports: no tie between the disjoint pair and no reversed spell, in every format and mode', {
    timeout: 300_000,
  }, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'splot-time-'));
    const files: string[] = [];
    for (const mode of ['INSTITUTIONS', 'AFFILIATIONS']) {
      for (const format of ['gexf', 'graphml', 'csv.zip', 'json']) {
        const res = await fetch(`${api.url}/export/${powiat}.${format}?mode=${mode}`);
        expect(res.status).toBe(200);
        const file = join(dir, `${mode}.${format}`);
        writeFileSync(file, Buffer.from(await res.arrayBuffer()));
        files.push(file);
      }
    }
    const graphs = readWithNetworkx(files);
    for (const file of files) {
      const graph = graphs[file];
      if (!graph) throw new Error(`networkx read nothing from ${file}`);
      const pairs = graph.edges.map(([u, v]) => [u, v].sort().join('--'));
      expect(pairs, file).not.toContain(never);
      for (const [u, v, attrs] of graph.edges) {
        const a = attrs as Record<string, unknown>;
        const start = (a.start as string | undefined) || null;
        const end = (a.end as string | undefined) || null;
        expect(isPeriod({ start, end }), `${file} ${u} ${v}`).toBe(true);
      }
      if (file.endsWith('INSTITUTIONS.json') || file.endsWith('INSTITUTIONS.csv.zip')) {
        expect(pairs.sort(), file).toEqual([...expectedTies(null).keys()].sort());
      }
    }
    // The spells themselves, as Gephi and a JSON reader get them.
    const gexf = readFileSync(join(dir, 'INSTITUTIONS.gexf'), 'utf8');
    const spells = [...gexf.matchAll(/<spell([^>]*)\/>/g)].map((m) => ({
      start: /start="([^"]+)"/.exec(m[1] as string)?.[1] ?? null,
      end: /end="([^"]+)"/.exec(m[1] as string)?.[1] ?? null,
    }));
    expect(spells.length).toBeGreaterThan(0);
    for (const s of spells) expect(isPeriod(s), JSON.stringify(s)).toBe(true);
    expect(gexf).toContain('<spell start="2019-06-28" end="2019-06-28"/>');
    const json = JSON.parse(readFileSync(join(dir, 'INSTITUTIONS.json'), 'utf8')) as {
      edges: Array<{ source: string; target: string; spells?: Array<[string | null, string | null]> }>;
    };
    for (const e of json.edges) {
      for (const [start, end] of e.spells ?? []) expect(isPeriod({ start, end })).toBe(true);
    }
  });
});
