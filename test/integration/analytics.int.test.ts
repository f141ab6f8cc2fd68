import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Splot } from '../../server/src/startup.js';
import { gql, startTestApi, uniquePrefix } from '../helpers/api.js';

// A small world of our own (exact values worked out by hand), then one pass over the demo data
// (values checked for consistency with areaNetwork, since the demo data grows), then bad input.

let api: Splot;
const p = uniquePrefix('analytics');
// An odd voivodeship code above the real ones (02–32, even), so no other test file's areas fall
// under it; every area the test creates is deleted by its exact code.
const voivodeship = String(33 + 2 * Math.floor(Math.random() * 33));
const powiat = `${voivodeship}${String(Math.floor(Math.random() * 100)).padStart(2, '0')}`;
const g1 = `${powiat}011`;
const g2 = `${powiat}022`;
const id = (name: string) => `${p}-${name}`;

// name, kind, sector, area
const INSTITUTIONS: Array<[string, string, string, string]> = [
  ['cis', 'CIS', 'SOCIAL_ECONOMY', g2],
  ['pup', 'PUP', 'PUBLIC', powiat],
  ['pcpr', 'PCPR', 'PUBLIC', powiat],
  ['ops', 'OPS', 'PUBLIC', g2],
  ['firm', 'COMPANY', 'MARKET', g1],
  ['ngo', 'ASSOCIATION', 'NGO', g1],
  ['wtz', 'WTZ', 'SOCIAL_ECONOMY', g1],
  ['owes', 'OWES', 'SOCIAL_ECONOMY', voivodeship],
];

beforeAll(async () => {
  api = await startTestApi();
  await api.driver.executeQuery(
    `CREATE (v:Area {teryt: $voivodeship, name: 'test woj', level: 'VOIVODESHIP'})
     CREATE (pw:Area {teryt: $powiat, name: 'test powiat', level: 'POWIAT'})-[:PART_OF]->(v)
     CREATE (:Area {teryt: $g1, name: 'gmina jeden', level: 'GMINA'})-[:PART_OF]->(pw)
     CREATE (:Area {teryt: $g2, name: 'gmina dwa', level: 'GMINA'})-[:PART_OF]->(pw)
     WITH 1 AS one
     UNWIND $institutions AS row
     MATCH (a:Area {teryt: row[3]}), (s:Sector {code: row[2]})
     CREATE (i:Institution {id: $p + '-' + row[0], name: row[0] + ' ' + $p, kind: row[1]})
     CREATE (i)-[:IN_SECTOR]->(s), (i)-[:LOCATED_IN]->(a)`,
    { voivodeship, powiat, g1, g2, p, institutions: INSTITUTIONS },
  );
  // p1 (2018–): cis, pup, ngo · c1 (2020 project): pcpr, wtz · c2 (undated event): ngo, firm
  // c3 (2021 project): ngo and the OWES, which sits in the voivodeship, outside the powiat
  await api.driver.executeQuery(
    `CREATE (p1:Partnership {id: $p + '-p1', name: 'p1', signedOn: date('2018-01-01')})
     CREATE (c1:Collaboration {id: $p + '-c1', title: 'c1', kind: 'PROJECT',
                               startedOn: date('2020-01-01'), endedOn: date('2020-12-31')})
     CREATE (c2:Collaboration {id: $p + '-c2', title: 'c2', kind: 'EVENT'})
     CREATE (c3:Collaboration {id: $p + '-c3', title: 'c3', kind: 'PROJECT',
                               startedOn: date('2021-01-01'), endedOn: date('2021-12-31')})
     WITH p1, c1, c2, c3
     MATCH (cis:Institution {id: $p + '-cis'}), (pup:Institution {id: $p + '-pup'}),
           (ngo:Institution {id: $p + '-ngo'}), (pcpr:Institution {id: $p + '-pcpr'}),
           (wtz:Institution {id: $p + '-wtz'}), (firm:Institution {id: $p + '-firm'}),
           (owes:Institution {id: $p + '-owes'})
     CREATE (cis)-[:MEMBER_OF {role: 'LEADER'}]->(p1), (pup)-[:MEMBER_OF]->(p1), (ngo)-[:MEMBER_OF]->(p1),
            (pcpr)-[:TAKES_PART]->(c1), (wtz)-[:TAKES_PART]->(c1),
            (ngo)-[:TAKES_PART]->(c2), (firm)-[:TAKES_PART]->(c2),
            (ngo)-[:TAKES_PART]->(c3), (owes)-[:TAKES_PART]->(c3)`,
    { p },
  );
});

afterAll(async () => {
  await api.driver.executeQuery(
    `MATCH (n) WHERE (n:Institution OR n:Partnership OR n:Collaboration) AND n.id STARTS WITH $p
     DETACH DELETE n`,
    { p },
  );
  await api.driver.executeQuery('MATCH (a:Area) WHERE a.teryt IN $teryts DETACH DELETE a', {
    teryts: [voivodeship, powiat, g1, g2],
  });
  await api.stop();
});

const SECTOR_MATRIX = `query ($teryt: String!, $asOf: String) {
  sectorMatrix(teryt: $teryt, asOf: $asOf) {
    area { teryt } asOf institutions ties
    sectors { sector institutions }
    blocks { from to ties weight possible density }
    ei { internal external ei }
    sectorEi { sector internal external ei }
    institutionEi { id sector internal external ei }
  }
}`;

interface Block {
  from: string;
  to: string;
  ties: number;
  possible: number;
  density: number | null;
}
interface MatrixData {
  sectorMatrix: {
    institutions: number;
    ties: number;
    sectors: Array<{ sector: string; institutions: number }>;
    blocks: Block[];
    ei: { internal: number; external: number; ei: number | null };
    institutionEi: Array<{ id: string; internal: number; external: number; ei: number | null }>;
  };
}

const BROKERS = `query ($teryt: String!, $limit: Int) {
  brokers(teryt: $teryt, limit: $limit) {
    institutions ties isolates components communities modularity
    ranking { rank id degree weightedDegree betweenness betweennessNormalized community component
      brokerage { coordinator consultant gatekeeper representative liaison total crossSector } }
  }
}`;
interface BrokersData {
  brokers: {
    institutions: number;
    ties: number;
    isolates: string[];
    components: string[][];
    communities: string[][];
    ranking: Array<{
      rank: number;
      id: string;
      degree: number;
      betweenness: number;
      brokerage: { liaison: number; total: number; crossSector: number };
    }>;
  };
}

const MISSING = `query ($institutionId: ID, $teryt: String, $area: String, $asOf: String, $limit: Int,
                         $lang: Language) {
  missingPartners(institutionId: $institutionId, teryt: $teryt, area: $area, asOf: $asOf, limit: $limit) {
    institution { id kind } area { teryt } partners { id }
    gaps { sectors { sector partners status own } kinds { kind partners status } }
    candidates {
      forInstitution { id }
      institution { id label kind sector teryt }
      score adamicAdar commonPartners
      parts { sector pairing commonPartners proximity }
      reasons { code params { name value } text(lang: $lang) pl: text(lang: PL) en: text(lang: EN) }
    }
  }
}`;
interface Candidate {
  forInstitution: { id: string };
  institution: { id: string; kind: string };
  score: number;
  commonPartners: string[];
  parts: { sector: number; pairing: number; commonPartners: number; proximity: number };
  reasons: Array<{
    code: string;
    params: Array<{ name: string; value: string }>;
    text: string;
    pl: string;
    en: string;
  }>;
}
interface MissingData {
  missingPartners: {
    institution: { id: string } | null;
    partners: Array<{ id: string }>;
    gaps: {
      sectors: Array<{ sector: string; partners: number; status: string; own: boolean }>;
      kinds: Array<{ kind: string; status: string }>;
    } | null;
    candidates: Candidate[];
  };
}

describe('analytics on a hand-made world', () => {
  it('sectorMatrix: counts, densities and E-I, as of a date', async () => {
    const res = await gql<MatrixData>(api.url, SECTOR_MATRIX, { teryt: powiat });
    expect(res.errors).toBeUndefined();
    const m = res.data?.sectorMatrix;
    expect(m).toMatchObject({ institutions: 7, ties: 5 });
    expect(m?.sectors).toEqual([
      { sector: 'PUBLIC', institutions: 3 },
      { sector: 'MARKET', institutions: 1 },
      { sector: 'NGO', institutions: 1 },
      { sector: 'SOCIAL_ECONOMY', institutions: 2 },
    ]);
    // cis–pup and pcpr–wtz of 3 · 2 possible public × social-economy pairs.
    const pubSe = m?.blocks.find((b) => b.from === 'PUBLIC' && b.to === 'SOCIAL_ECONOMY');
    expect(pubSe).toMatchObject({ ties: 2, possible: 6 });
    expect(pubSe?.density).toBeCloseTo(1 / 3);
    // Every tie crosses sectors.
    expect(m?.ei).toEqual({ internal: 0, external: 5, ei: 1 });
    expect(m?.institutionEi.find((i) => i.id === id('ops'))).toMatchObject({
      internal: 0,
      external: 0,
      ei: null,
    });

    // In mid-2019 the 2020 project (pcpr–wtz) had not started.
    const before = await gql<MatrixData>(api.url, SECTOR_MATRIX, { teryt: powiat, asOf: '2019-06-01' });
    expect(before.data?.sectorMatrix.ties).toBe(4);
    expect(
      before.data?.sectorMatrix.blocks.find((b) => b.from === 'PUBLIC' && b.to === 'SOCIAL_ECONOMY')?.ties,
    ).toBe(1);
    // In 2017 only the undated event counts.
    const early = await gql<MatrixData>(api.url, SECTOR_MATRIX, { teryt: powiat, asOf: '2017-01-01' });
    expect(early.data?.sectorMatrix.ties).toBe(1);
  });

  it('brokers: the NGO bridges the firm to the CIS and the PUP', async () => {
    const res = await gql<BrokersData>(api.url, BROKERS, { teryt: powiat, limit: 3 });
    expect(res.errors).toBeUndefined();
    const b = res.data?.brokers;
    expect(b?.ranking).toHaveLength(3);
    // ngo's partners cis, pup (tied to each other) and firm: cis–ngo–firm and pup–ngo–firm are
    // open two-paths across three sectors (liaison); ngo lies on both shortest paths.
    expect(b?.ranking[0]).toMatchObject({ rank: 1, id: id('ngo'), degree: 3, betweenness: 2 });
    expect(b?.ranking[0]?.brokerage).toMatchObject({ liaison: 2, total: 2, crossSector: 2 });
    expect(b?.isolates).toEqual([id('ops')]);
    expect(b?.components).toEqual([
      [id('cis'), id('firm'), id('ngo'), id('pup')],
      [id('pcpr'), id('wtz')],
      [id('ops')],
    ]);
    expect(b?.communities.flat().sort()).toHaveLength(7);
  });

  it('missingPartners: gaps and a ranking that follows the rules', async () => {
    const res = await gql<MissingData>(api.url, MISSING, { institutionId: id('cis'), lang: 'EN' });
    expect(res.errors).toBeUndefined();
    const mp = res.data?.missingPartners;
    expect(mp?.partners.map((x) => x.id).sort()).toEqual([id('ngo'), id('pup')]);
    expect(mp?.gaps?.sectors).toEqual([
      { sector: 'PUBLIC', partners: 1, status: 'THIN', own: false },
      { sector: 'MARKET', partners: 0, status: 'ABSENT', own: false },
      { sector: 'NGO', partners: 1, status: 'THIN', own: false },
      { sector: 'SOCIAL_ECONOMY', partners: 0, status: 'ABSENT', own: true },
    ]);
    // firm: market absent 3 + CIS↔company 2 + common partner ngo (4 partners: 1/ln 4) + same powiat 1
    // ops:  public thin 1.5 + CIS↔OPS 2 + same gmina 2 · pcpr: public thin 1.5 + same powiat 1
    // owes: own sector, common partner ngo 1/ln 4, same voivodeship 0.5 · wtz: own sector, same powiat 1
    const aa = 1 / Math.log(4);
    const r3 = (x: number) => Math.round(x * 1000) / 1000;
    const candidates = mp?.candidates ?? [];
    expect(candidates.map((c) => [c.institution.id, c.score])).toEqual([
      [id('firm'), r3(6 + aa)],
      [id('ops'), 5.5],
      [id('pcpr'), 2.5],
      [id('owes'), r3(0.5 + aa)],
      [id('wtz'), 1],
    ]);
    const firm = candidates[0];
    expect(firm?.commonPartners).toEqual([id('ngo')]);
    expect(firm?.forInstitution.id).toBe(id('cis'));
    expect(firm?.reasons.map((r) => r.code)).toEqual([
      'SECTOR_ABSENT',
      'TYPICAL_PAIRING',
      'COMMON_PARTNERS',
      'SAME_POWIAT',
    ]);
    expect(firm?.reasons[0]?.text).toBe(firm?.reasons[0]?.en);
    expect(firm?.reasons[0]?.pl).toContain('sektor rynkowy');
    expect(firm?.reasons[0]?.params).toEqual([{ name: 'sector', value: 'MARKET' }]);

    const limited = await gql<MissingData>(api.url, MISSING, { institutionId: id('cis'), limit: 2 });
    expect(limited.data?.missingPartners.candidates.map((c) => c.institution.id)).toEqual([
      id('firm'),
      id('ops'),
    ]);
  });

  it('missingPartners as of a date: common partners count only ties current then', async () => {
    // Mid-2019 the 2021 project is not on: the NGO has three partners and the OWES is not one.
    const res = await gql<MissingData>(api.url, MISSING, { institutionId: id('cis'), asOf: '2019-06-01' });
    const byId = new Map(res.data?.missingPartners.candidates.map((c) => [c.institution.id, c]));
    expect(byId.get(id('firm'))?.parts.commonPartners).toBe(Math.round(1000 / Math.log(3)) / 1000);
    expect(byId.get(id('owes'))?.commonPartners).toEqual([]);
  });

  it('missingPartners as of a date: before the partnership the CIS had no partner', async () => {
    const res = await gql<MissingData>(api.url, MISSING, { institutionId: id('cis'), asOf: '2017-01-01' });
    expect(res.data?.missingPartners.partners).toEqual([]);
    const ids = res.data?.missingPartners.candidates.map((c) => c.institution.id);
    expect(ids).toContain(id('pup'));
    expect(ids).toContain(id('ngo'));
  });

  it('missingPartners with the area being looked at: a candidate outside it says so', async () => {
    const res = await gql<MissingData & { missingPartners: { area: { teryt: string } | null } }>(
      api.url,
      MISSING,
      { institutionId: id('cis'), area: powiat, lang: 'EN' },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.missingPartners.area).toEqual({ teryt: powiat });
    const outside = (res.data?.missingPartners.candidates ?? [])
      .filter((c) => c.reasons.some((r) => r.code === 'OUTSIDE_AREA'))
      .map((c) => c.institution.id);
    // Only the OWES sits outside the powiat (in the voivodeship); the ranking is the same as without.
    expect(outside).toEqual([id('owes')]);
    const owes = res.data?.missingPartners.candidates.find((c) => c.institution.id === id('owes'));
    expect(owes?.reasons.at(-1)).toMatchObject({
      code: 'OUTSIDE_AREA',
      params: [
        { name: 'teryt', value: powiat },
        { name: 'name', value: 'test powiat' },
      ],
      en: 'Outside the chosen area: test powiat',
      pl: 'Spoza wybranego obszaru: test powiat',
    });
    const plain = await gql<MissingData>(api.url, MISSING, { institutionId: id('cis') });
    expect(res.data?.missingPartners.candidates.map((c) => [c.institution.id, c.score])).toEqual(
      plain.data?.missingPartners.candidates.map((c) => [c.institution.id, c.score]),
    );
  });

  it('missingPartners for a whole area: pairs not yet tied, each once', async () => {
    const res = await gql<MissingData>(api.url, MISSING, { teryt: powiat, limit: 50 });
    expect(res.errors).toBeUndefined();
    const tied = new Set(['cis|pup', 'cis|ngo', 'ngo|pup', 'pcpr|wtz', 'firm|ngo']);
    const pairs = (res.data?.missingPartners.candidates ?? []).map((c) =>
      [c.forInstitution.id, c.institution.id]
        .map((x) => x.slice(p.length + 1))
        .sort()
        .join('|'),
    );
    expect(pairs.length).toBeGreaterThan(0);
    expect(new Set(pairs).size).toBe(pairs.length);
    for (const pair of pairs) expect(tied.has(pair), pair).toBe(false);
    // 7 institutions make 21 pairs, 5 are tied: 16 suggestions at most.
    expect(pairs.length).toBe(16);
  });

  it('coverageGaps: expected kinds missing, institutions without a cross-sector tie', async () => {
    const res = await gql<{
      coverageGaps: {
        missingKinds: Array<{ area: { teryt: string }; kind: string; expectation: string }>;
        withoutCrossSectorTie: Array<{ id: string; partners: number }>;
      };
    }>(
      api.url,
      `query ($teryt: String!) { coverageGaps(teryt: $teryt) {
         missingKinds { area { teryt } kind expectation } withoutCrossSectorTie { id partners } } }`,
      { teryt: powiat },
    );
    expect(res.errors).toBeUndefined();
    expect(
      res.data?.coverageGaps.missingKinds.map((m) => `${m.area.teryt} ${m.kind} ${m.expectation}`),
    ).toEqual([
      `${powiat} POWIAT_OFFICE REQUIRED`,
      `${powiat} KIS TYPICAL`,
      `${g1} GMINA_OFFICE REQUIRED`,
      `${g1} OPS REQUIRED`,
      `${g2} GMINA_OFFICE REQUIRED`,
    ]);
    expect(res.data?.coverageGaps.withoutCrossSectorTie).toEqual([{ id: id('ops'), partners: 0 }]);
  });
});

describe('analytics on the demo data (powiat ostrowiecki)', () => {
  it('agrees with areaNetwork and explains every suggestion', async () => {
    const net = await gql<{
      areaNetwork: {
        nodes: Array<{ id: string; outside: boolean }>;
        edges: Array<{ source: string; target: string }>;
      };
    }>(api.url, '{ areaNetwork(teryt: "2607") { nodes { id outside } edges { source target } } }');
    // The analytics take the area's own institutions and ties; its partners outside are apart.
    const drawn = net.data?.areaNetwork ?? { nodes: [], edges: [] };
    const outside = new Set(drawn.nodes.filter((n) => n.outside).map((n) => n.id));
    const nodes = drawn.nodes.filter((n) => !outside.has(n.id));
    const edges = drawn.edges.filter((e) => !outside.has(e.source) && !outside.has(e.target));
    expect(edges.length).toBeGreaterThan(0);

    const matrix = await gql<MatrixData>(api.url, SECTOR_MATRIX, { teryt: '2607' });
    expect(matrix.errors).toBeUndefined();
    const m = matrix.data?.sectorMatrix;
    expect(m).toMatchObject({ institutions: nodes.length, ties: edges.length });
    const upper = m?.blocks.filter(
      (b) => m.sectors.findIndex((s) => s.sector === b.from) <= m.sectors.findIndex((s) => s.sector === b.to),
    );
    expect(upper?.reduce((sum, b) => sum + b.ties, 0)).toBe(edges.length);
    expect((m?.ei.internal ?? 0) + (m?.ei.external ?? 0)).toBe(edges.length);

    const metrics = await gql<{
      nodeMetrics: { ids: string[]; metrics: Array<{ id: string; values: number[] }> };
    }>(api.url, '{ nodeMetrics(teryt: "2607") { ids metrics { id values } } }');
    const { ids, metrics: columns } = metrics.data?.nodeMetrics ?? { ids: [], metrics: [] };
    expect(columns.map((c) => c.id)).toEqual([
      'degree',
      'weightedDegree',
      'betweenness',
      'brokerage',
      'crossSector',
      'eiIndex',
    ]);
    const degree = columns[0]?.values ?? [];
    ids.forEach((node, i) => {
      expect(degree[i]).toBe(edges.filter((e) => e.source === node || e.target === node).length);
    });

    const brokers = await gql<BrokersData>(api.url, BROKERS, { teryt: '2607', limit: null });
    expect(brokers.data?.brokers.ranking).toHaveLength(nodes.length);

    // The best-connected institution's suggestions: never itself or a partner, best first, explained.
    const hub = ids[degree.indexOf(Math.max(...degree))] as string;
    const res = await gql<MissingData>(api.url, MISSING, { institutionId: hub, limit: 20 });
    expect(res.errors).toBeUndefined();
    const partners = new Set(res.data?.missingPartners.partners.map((x) => x.id));
    for (const e of edges) {
      if (e.source === hub) expect(partners.has(e.target)).toBe(true);
      if (e.target === hub) expect(partners.has(e.source)).toBe(true);
    }
    // Candidates: every institution of the voivodeship that is neither the hub nor its partner.
    const region = await gql<{ areaNetwork: { nodes: Array<{ id: string; outside: boolean }> } }>(
      api.url,
      '{ areaNetwork(teryt: "26") { nodes { id outside } } }',
    );
    // Other test files add (and remove) their own institutions in woj. 26 meanwhile; they get
    // generated UUIDs, the demo records slugs, so the comparison keeps to the demo records.
    const isDemo = (id: string) => !/^[0-9a-f]{8}-[0-9a-f]{4}-/.test(id);
    const expected = (region.data?.areaNetwork.nodes ?? [])
      .filter((n) => !n.outside)
      .map((n) => n.id)
      .filter((n) => isDemo(n) && n !== hub && !partners.has(n));
    // Only the ids, so a thousand candidates stay within the query cost limit.
    const all = await gql<{ missingPartners: { candidates: Array<{ institution: { id: string } }> } }>(
      api.url,
      'query ($id: ID, $limit: Int) { missingPartners(institutionId: $id, limit: $limit) { candidates { institution { id } } } }',
      { id: hub, limit: 1000 },
    );
    expect(all.errors).toBeUndefined();
    const demoCandidates = all.data?.missingPartners.candidates.map((c) => c.institution.id).filter(isDemo);
    expect(demoCandidates?.sort()).toEqual(expected.sort());
    const candidates = res.data?.missingPartners.candidates ?? [];
    expect(candidates.length).toBeGreaterThanOrEqual(Math.min(20, expected.length));
    expect(candidates.length).toBeLessThanOrEqual(20);
    for (const [i, c] of candidates.entries()) {
      expect(c.institution.id).not.toBe(hub);
      expect(partners.has(c.institution.id)).toBe(false);
      const sum = c.parts.sector + c.parts.pairing + c.parts.commonPartners + c.parts.proximity;
      expect(c.score).toBeCloseTo(sum, 2);
      if (i > 0) expect(c.score).toBeLessThanOrEqual(candidates[i - 1]?.score ?? Infinity);
      expect(c.reasons.length).toBeGreaterThan(0);
      for (const r of c.reasons) {
        expect(r.pl.length).toBeGreaterThan(0);
        expect(r.en.length).toBeGreaterThan(0);
      }
    }

    const gaps = await gql(api.url, '{ coverageGaps(teryt: "2607") { missingKinds { kind } } }');
    expect(gaps.errors).toBeUndefined();
  });
});

describe('analytics bad input', () => {
  const codeOf = (res: { errors?: Array<{ extensions?: { code?: string; argumentName?: string } }> }) => [
    res.errors?.[0]?.extensions?.code,
    res.errors?.[0]?.extensions?.argumentName,
  ];

  it('names the argument: unknown or malformed TERYT, a date that is not a date, a bad limit', async () => {
    for (const teryt of ['9999999', 'abc']) {
      expect(codeOf(await gql(api.url, SECTOR_MATRIX, { teryt }))).toEqual(['BAD_USER_INPUT', 'teryt']);
      expect(codeOf(await gql(api.url, BROKERS, { teryt }))).toEqual(['BAD_USER_INPUT', 'teryt']);
      expect(
        codeOf(await gql(api.url, 'query ($t: String!) { coverageGaps(teryt: $t) { asOf } }', { t: teryt })),
      ).toEqual(['BAD_USER_INPUT', 'teryt']);
      expect(codeOf(await gql(api.url, MISSING, { teryt }))).toEqual(['BAD_USER_INPUT', 'teryt']);
    }
    expect(codeOf(await gql(api.url, SECTOR_MATRIX, { teryt: powiat, asOf: '2019-02-30' }))).toEqual([
      'BAD_USER_INPUT',
      'asOf',
    ]);
    expect(codeOf(await gql(api.url, MISSING, { institutionId: id('cis'), asOf: 'wczoraj' }))).toEqual([
      'BAD_USER_INPUT',
      'asOf',
    ]);
    expect(codeOf(await gql(api.url, BROKERS, { teryt: powiat, limit: 0 }))).toEqual([
      'BAD_USER_INPUT',
      'limit',
    ]);
  });

  it('names institutionId when it is unknown, or when both or neither forms are given', async () => {
    const unknown = await gql(api.url, MISSING, { institutionId: `${p}-nobody` });
    expect(codeOf(unknown)).toEqual(['BAD_USER_INPUT', 'institutionId']);
    expect(unknown.errors?.[0]?.message).toContain(`${p}-nobody`);
    expect(codeOf(await gql(api.url, MISSING, {}))).toEqual(['BAD_USER_INPUT', 'institutionId']);
    expect(codeOf(await gql(api.url, MISSING, { institutionId: id('cis'), teryt: powiat }))).toEqual([
      'BAD_USER_INPUT',
      'institutionId',
    ]);
  });

  it('names area when it is malformed, unknown, or given with teryt', async () => {
    for (const area of ['abc', '9999999']) {
      const res = await gql(api.url, MISSING, { institutionId: id('cis'), area });
      expect(codeOf(res)).toEqual(['BAD_USER_INPUT', 'area']);
      expect(res.errors?.[0]?.message).toContain(area);
    }
    expect(codeOf(await gql(api.url, MISSING, { teryt: powiat, area: powiat }))).toEqual([
      'BAD_USER_INPUT',
      'area',
    ]);
  });
});
