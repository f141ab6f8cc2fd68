import neo4j, { type Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type InstitutionMissingPartners,
  missingPartnersFromSnapshot,
  readInstitutionMissingPartners,
} from '../../server/src/analytics/missing-partners/read-missing-partners.js';
import type { AffiliationSnapshot } from '../../server/src/analytics/missing-partners/snapshot/affiliation-snapshot.js';
import {
  readAffiliationSnapshot,
  stopSnapshots,
  warmSnapshot,
} from '../../server/src/analytics/missing-partners/snapshot/read-affiliation-snapshot.js';
import { testDriver, uniquePrefix } from '../helpers/api.js';

// The in-memory snapshot must answer exactly as the Cypher reads do, and never after a write.
// A world of our own under an odd voivodeship code (no other test file's areas fall under it).

let driver: Driver;
let other: Driver;
const p = uniquePrefix('mp-snapshot');
const voivodeship = String(33 + 2 * Math.floor(Math.random() * 33));
const powiat = `${voivodeship}${String(Math.floor(Math.random() * 100)).padStart(2, '0')}`;
const powiat2 = `${voivodeship}${String(Math.floor(Math.random() * 100)).padStart(2, '0')}x`;
const g1 = `${powiat}011`;
const g2 = `${powiat}022`;
const TERYTS = [voivodeship, powiat, powiat2, g1, g2];
const id = (name: string) => `${p}-${name}`;

// name, kind, sector, area, founded (a date, a string that is not one, or none)
const INSTITUTIONS: Array<[string, string, string, string, string | null]> = [
  ['cis', 'CIS', 'SOCIAL_ECONOMY', g2, '2010-01-01'],
  ['pup', 'PUP', 'PUBLIC', powiat, null],
  ['pcpr', 'PCPR', 'PUBLIC', powiat, null],
  ['ops', 'OPS', 'PUBLIC', g2, null],
  ['ops2', 'OPS', 'PUBLIC', g1, '2022-01-01'],
  ['firm', 'COMPANY', 'MARKET', g1, null],
  ['ngo', 'ASSOCIATION', 'NGO', g1, 'not a date'],
  ['ngo2', 'FOUNDATION', 'NGO', powiat2, '2019-01-01'],
  ['wtz', 'WTZ', 'SOCIAL_ECONOMY', g1, null],
  ['coop', 'SOCIAL_COOPERATIVE', 'SOCIAL_ECONOMY', powiat2, null],
  ['owes', 'OWES', 'SOCIAL_ECONOMY', voivodeship, null],
  ['lgd', 'LGD', 'NGO', powiat2, null],
];

beforeAll(async () => {
  driver = testDriver();
  // Another API process on the same database.
  other = testDriver();
  await driver.executeQuery(
    `CREATE (v:Area {teryt: $voivodeship, name: 'test woj', level: 'VOIVODESHIP'})
     CREATE (pw:Area {teryt: $powiat, name: 'test powiat', level: 'POWIAT'})-[:PART_OF]->(v)
     CREATE (:Area {teryt: $powiat2, name: 'drugi powiat', level: 'POWIAT'})-[:PART_OF]->(v)
     CREATE (:Area {teryt: $g1, name: 'gmina jeden', level: 'GMINA'})-[:PART_OF]->(pw)
     CREATE (:Area {teryt: $g2, name: 'gmina dwa', level: 'GMINA'})-[:PART_OF]->(pw)
     WITH 1 AS one
     UNWIND $institutions AS row
     MATCH (a:Area {teryt: row[3]}), (s:Sector {code: row[2]})
     CREATE (i:Institution {id: $p + '-' + row[0], name: row[0] + ' ' + $p, kind: row[1]})
     SET i.founded = CASE WHEN row[4] =~ '\\d{4}-\\d{2}-\\d{2}' THEN date(row[4]) ELSE row[4] END
     CREATE (i)-[:IN_SECTOR]->(s), (i)-[:LOCATED_IN]->(a)`,
    { voivodeship, powiat, powiat2, g1, g2, p, institutions: INSTITUTIONS },
  );
  // p1 (2018–): cis, pup (until 2020), ngo · p2 (2019–2023): cis, ops, wtz, and the cis twice
  // c1 (2020 project): pcpr, wtz, coop · c2 (undated event): ngo, firm, lgd, owes, ops2
  // c3 (2021 project): ngo, owes, ngo2 · c4 (undated): pup, coop, lgd, ngo2
  type Tie = [string, string, Record<string, unknown>, string, string, Record<string, unknown>];
  const ties: Tie[] = [
    ['Partnership', 'p1', { signedOn: date('2018-01-01') }, 'cis', 'MEMBER_OF', {}],
    ['Partnership', 'p1', {}, 'pup', 'MEMBER_OF', { until: date('2020-12-31') }],
    ['Partnership', 'p1', {}, 'ngo', 'MEMBER_OF', {}],
    [
      'Partnership',
      'p2',
      { signedOn: date('2019-01-01'), endedOn: date('2023-12-31') },
      'cis',
      'MEMBER_OF',
      {},
    ],
    ['Partnership', 'p2', {}, 'cis', 'MEMBER_OF', { since: date('2021-01-01') }],
    ['Partnership', 'p2', {}, 'ops', 'MEMBER_OF', { since: date('2020-06-01') }],
    ['Partnership', 'p2', {}, 'wtz', 'MEMBER_OF', {}],
    ...['pcpr', 'wtz', 'coop'].map(
      (m): Tie => [
        'Collaboration',
        'c1',
        { startedOn: date('2020-01-01'), endedOn: date('2020-12-31') },
        m,
        'TAKES_PART',
        {},
      ],
    ),
    ...['ngo', 'firm', 'lgd', 'owes', 'ops2'].map(
      (m): Tie => ['Collaboration', 'c2', {}, m, 'TAKES_PART', {}],
    ),
    ...['ngo', 'owes', 'ngo2'].map(
      (m): Tie => [
        'Collaboration',
        'c3',
        { startedOn: date('2021-01-01'), endedOn: date('2021-12-31') },
        m,
        'TAKES_PART',
        {},
      ],
    ),
    ...['pup', 'coop', 'lgd', 'ngo2'].map((m): Tie => ['Collaboration', 'c4', {}, m, 'TAKES_PART', {}]),
  ];
  const statements: Record<string, string> = {
    Partnership: `MERGE (x:Partnership {id: $x}) SET x += $props
       WITH x MATCH (i:Institution {id: $member}) CREATE (i)-[r:MEMBER_OF]->(x) SET r += $rel`,
    Collaboration: `MERGE (x:Collaboration {id: $x}) SET x += $props
       WITH x MATCH (i:Institution {id: $member}) CREATE (i)-[r:TAKES_PART]->(x) SET r += $rel`,
  };
  for (const [label, x, props, member, , rel] of ties) {
    await driver.executeQuery(statements[label] as string, { x: id(x), props, member: id(member), rel });
  }
});

/** A date parameter (stored as a Cypher DATE, not a string). */
function date(iso: string) {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new neo4j.types.Date(y, m, d);
}

afterAll(async () => {
  await driver.executeQuery(
    `MATCH (n) WHERE (n:Institution OR n:Partnership OR n:Collaboration) AND n.id STARTS WITH $p
     DETACH DELETE n`,
    { p },
  );
  await driver.executeQuery('MATCH (a:Area) WHERE a.teryt IN $teryts DETACH DELETE a', { teryts: TERYTS });
  stopSnapshots(driver);
  await driver.close();
  await other.close();
});

/** Other test files write all the time: try until a snapshot is read with no write meanwhile. */
async function snapshotNow(): Promise<AffiliationSnapshot> {
  for (let attempt = 0; attempt < 30; attempt++) {
    const kept = await readAffiliationSnapshot(driver);
    if (kept) return kept.snapshot;
  }
  throw new Error('no quiet moment to read the snapshot in');
}

const comparable = (r: InstitutionMissingPartners | null) =>
  r && {
    ...r,
    answeredFrom: null,
    partners: [...r.partners].sort((a, b) => (a.id < b.id ? -1 : 1)),
  };

describe('missingPartners from the in-memory snapshot', () => {
  it('answers exactly as Cypher: every institution, dates, area, limits', { timeout: 300_000 }, async () => {
    const snapshot = await snapshotNow();
    let compared = 0;
    // Each institution three times (a busy machine runs ~1 s per Cypher answer), the area and the
    // limit alternating.
    for (const [n, [name]] of INSTITUTIONS.entries()) {
      for (const [d, asOf] of [null, '2020-06-01', '2021-06-01'].entries()) {
        for (const [area, limit] of [(n + d) % 2 === 0 ? ([null, 3] as const) : ([powiat, 50] as const)]) {
          const args = { institutionId: id(name), asOf, limit, area };
          const fromDb = await readInstitutionMissingPartners(driver, args, { snapshot: false });
          const chosen = fromDb?.area ?? null;
          const fromSnapshot = await missingPartnersFromSnapshot(snapshot, { ...args, chosen });
          expect(fromDb?.answeredFrom).toBe('database');
          expect(fromSnapshot?.answeredFrom).toBe('snapshot');
          expect(comparable(fromSnapshot), `${name} ${asOf} ${area} ${limit}`).toEqual(comparable(fromDb));
          if ((fromDb?.candidates.length ?? 0) > 0) compared++;
        }
      }
    }
    // Not a comparison of empty lists.
    expect(compared).toBeGreaterThan(20);
    // Partners with dates: the CIS on 2021-06-01 has the NGO (p1) and the OPS and the WTZ (p2).
    const cis = await missingPartnersFromSnapshot(snapshot, {
      institutionId: id('cis'),
      asOf: '2021-06-01',
      limit: 5,
      chosen: null,
    });
    expect(cis?.partners.map((x) => x.id).sort()).toEqual([id('ngo'), id('ops'), id('wtz')]);
    expect(
      await missingPartnersFromSnapshot(snapshot, {
        institutionId: `${p}-nobody`,
        asOf: null,
        limit: 5,
        chosen: null,
      }),
    ).toBeNull();
  });

  it('is never used after a write, even one made by another process', async () => {
    const ask = () =>
      readInstitutionMissingPartners(driver, { institutionId: id('firm'), asOf: null, limit: 20 });
    let before: InstitutionMissingPartners | null = null;
    for (let attempt = 0; attempt < 30 && before?.answeredFrom !== 'snapshot'; attempt++) {
      await warmSnapshot(driver);
      before = await ask();
    }
    expect(before?.answeredFrom).toBe('snapshot');
    const target = before?.candidates[0]?.id as string;
    expect(target).toBeDefined();
    expect(before?.partners.map((x) => x.id)).not.toContain(target);

    // The firm and its best candidate start a partnership, written through another driver.
    await other.executeQuery(
      `MATCH (a:Institution {id: $a}), (b:Institution {id: $b})
       CREATE (x:Partnership {id: $x, name: 'new'}),
              (a)-[:MEMBER_OF]->(x), (b)-[:MEMBER_OF]->(x)`,
      { a: id('firm'), b: target, x: id('p-new') },
    );
    const after = await ask();
    expect(after?.answeredFrom).toBe('database');
    expect(after?.partners.map((x) => x.id)).toContain(target);
    expect(after?.candidates.map((c) => c.id)).not.toContain(target);

    // Once rebuilt, the snapshot knows the partnership too.
    let rebuilt: InstitutionMissingPartners | null = null;
    for (let attempt = 0; attempt < 30 && rebuilt?.answeredFrom !== 'snapshot'; attempt++) {
      await warmSnapshot(driver);
      rebuilt = await ask();
    }
    expect(rebuilt?.answeredFrom).toBe('snapshot');
    expect(rebuilt?.partners.map((x) => x.id)).toContain(target);
    expect(rebuilt?.candidates.map((c) => c.id)).not.toContain(target);
  });
});
