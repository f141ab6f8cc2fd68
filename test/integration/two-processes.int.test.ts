import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { findFreePort } from '../../server/src/db/embedded.js';
import { type ApiProcess, startApiProcess } from '../bench/api-process.js';
import { gql, testDriver, uniquePrefix } from '../helpers/api.js';
import { adminHeader, TEST_JWT_SECRET } from '../helpers/tokens.js';

// Two API processes on one database, as behind a load balancer. A write through one is seen
// through the other at once by signed-in callers (never cached) and by anonymous callers within
// 2 × READ_CACHE_MS (the documented staleness of the read cache).

const READ_CACHE_MS = 3_000;
const p = uniquePrefix('two-api');
const voivodeship = String(35 + 2 * Math.floor(Math.random() * 32));
const powiat = `${voivodeship}${String(Math.floor(Math.random() * 100)).padStart(2, '0')}`;
const id = (x: string) => `${p}-${x}`;
const driver = testDriver();
let a: ApiProcess;
let b: ApiProcess;
let admin: Record<string, string>;

const start = async () =>
  startApiProcess(inject('neo4jUri'), await findFreePort(), {
    NEO4J_PASSWORD: inject('neo4jPassword'),
    JWT_SECRET: TEST_JWT_SECRET,
    READ_CACHE_MS: String(READ_CACHE_MS),
    DB_TX_TIMEOUT_MS: '120000',
  });

beforeAll(async () => {
  await driver.executeQuery(
    `CREATE (v:Area {teryt: $voivodeship, name: 'woj. testowe', level: 'VOIVODESHIP'})
     CREATE (pw:Area {teryt: $powiat, name: 'powiat testowy', level: 'POWIAT'})-[:PART_OF]->(v)
     WITH pw UNWIND $institutions AS row
     MATCH (s:Sector {code: row[2]})
     CREATE (i:Institution {id: row[0], name: row[0], kind: row[1]})-[:LOCATED_IN]->(pw)
     CREATE (i)-[:IN_SECTOR]->(s)`,
    {
      voivodeship,
      powiat,
      institutions: [
        [id('ops'), 'OPS', 'PUBLIC'],
        [id('cis'), 'CIS', 'SOCIAL_ECONOMY'],
        [id('ngo'), 'ASSOCIATION', 'NGO'],
      ],
    },
  );
  [a, b] = await Promise.all([start(), start()]);
  admin = await adminHeader();
}, 300_000);

afterAll(async () => {
  await Promise.all([a?.stop(), b?.stop()]);
  await driver.executeQuery(
    `MATCH (n) WHERE (n:Institution OR n:Partnership) AND n.id STARTS WITH $p DETACH DELETE n`,
    { p },
  );
  await driver.executeQuery('MATCH (x:Area) WHERE x.teryt IN $codes DETACH DELETE x', {
    codes: [voivodeship, powiat],
  });
  await driver.close();
}, 120_000);

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const INSTITUTION = `query ($id: ID!) { institutions(where: { id: { eq: $id } }) { id name } }`;
const nameVia = async (api: ApiProcess, x: string, headers: Record<string, string> = {}) =>
  (await gql<{ institutions: Array<{ name: string }> }>(api.url, INSTITUTION, { id: x }, headers)).data
    ?.institutions[0]?.name;

describe('two API processes on one database', () => {
  it('a write through one is read through the other: at once when signed in, within 2 × READ_CACHE_MS anonymously', async () => {
    expect(await nameVia(b, id('ngo'))).toBe(id('ngo')); // anonymous: now in B's read cache
    const renamed = `${id('ngo')} (nowa nazwa)`;
    const update = await gql(
      a.url,
      `mutation ($id: ID!, $name: String!) {
         updateInstitutions(where: { id: { eq: $id } }, update: { name: { set: $name } }) { institutions { name } }
       }`,
      { id: id('ngo'), name: renamed },
      admin,
    );
    expect(update.errors).toBeUndefined();
    const acknowledgedAt = Date.now();
    expect(await nameVia(b, id('ngo'), admin)).toBe(renamed);
    await sleep(Math.max(0, acknowledgedAt + 2 * READ_CACHE_MS + 100 - Date.now()));
    expect(await nameVia(b, id('ngo'))).toBe(renamed);
  }, 120_000);
});
