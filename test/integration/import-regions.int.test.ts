import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Splot } from '../../server/src/startup.js';
import { startTestApi, uniquePrefix } from '../helpers/api.js';
import { snapshot, workbook } from '../helpers/import-files.js';
import { authHeader } from '../helpers/tokens.js';

// S2 of issue 14: POST /import let an editor of 26 take over other regions' records by what the
// file said (obszary=2607 on a 06 partnership), rewrite a source, and link a 06 institution into
// their own partnership. What is stored decides; each case is refused and nothing is written.

let api: Splot;
const prefix = uniquePrefix('s2');
// A gmina code's last digit is its TERC type (1–5, 8, 9): a random 0, 6 or 7 made the code invalid.
const suffix = `${String(Math.floor(Math.random() * 100)).padStart(2, '0')}1`;
const area26 = `2695${suffix}`;
const area06 = `0695${suffix}`;
const id = (what: string) => `${prefix}-${what}`;
let editor26: Record<string, string>;

beforeAll(async () => {
  api = await startTestApi();
  await api.driver.executeQuery(
    `MATCH (v26:Area {teryt: '26'}), (v06:Area {teryt: '06'})
     CREATE (a26:Area {teryt: $area26, name: $p + ' gmina 26', level: 'GMINA'})-[:PART_OF]->(v26)
     CREATE (a06:Area {teryt: $area06, name: $p + ' gmina 06', level: 'GMINA'})-[:PART_OF]->(v06)
     CREATE (i26:Institution {id: $p + '-i26', name: $p + ' CIS 26', kind: 'CIS', synthetic: false})-[:LOCATED_IN]->(a26)
     CREATE (i06:Institution {id: $p + '-i06', name: $p + ' CIS 06', kind: 'CIS', synthetic: false})-[:LOCATED_IN]->(a06)
     CREATE (p26:Partnership {id: $p + '-p26', name: $p + ' partnerstwo 26', synthetic: false})-[:COVERS]->(a26)
     CREATE (p06:Partnership {id: $p + '-p06', name: $p + ' partnerstwo 06', synthetic: false})-[:COVERS]->(a06)
     CREATE (c06:Collaboration {id: $p + '-c06', title: $p + ' projekt 06', kind: 'PROJECT', synthetic: false})-[:COVERS]->(a06)
     CREATE (:Source {id: $p + '-s', title: $p + ' źródło'})
     WITH i26, i06 MATCH (s:Sector {code: 'SOCIAL_ECONOMY'}) CREATE (i26)-[:IN_SECTOR]->(s), (i06)-[:IN_SECTOR]->(s)`,
    { p: prefix, area26, area06 },
  );
  editor26 = await authHeader('editor', ['26']);
});

afterAll(async () => {
  await api.driver.executeQuery('MATCH (n) WHERE n.id STARTS WITH $p DETACH DELETE n', { p: prefix });
  await api.driver.executeQuery('MATCH (a:Area) WHERE a.teryt IN $c DETACH DELETE a', {
    c: [area26, area06],
  });
  await api.stop();
});

async function upload(sheets: Parameters<typeof workbook>[0], query = '') {
  const res = await fetch(`${api.url}/import${query}`, {
    method: 'POST',
    headers: { 'x-file-name': encodeURIComponent('dane.xlsx'), ...editor26 },
    body: new Uint8Array(await workbook(sheets)),
  });
  return {
    status: res.status,
    body: (await res.json()) as { problems?: Array<{ reason: string }>; outcome?: string },
  };
}
const stored = () => snapshot(api.driver, prefix, [area26, area06]);

describe('S2: an import cannot reach other regions through what the file says', () => {
  it('S2 adding obszary=2607 to a 06 partnership and collaboration does not make them the editor’s', async () => {
    const before = await stored();
    const res = await upload({
      partnerstwa: [
        ['id', 'nazwa', 'obszary'],
        [id('p06'), 'Przejęte partnerstwo', '2607'],
      ],
      współprace: [
        ['id', 'tytuł', 'rodzaj', 'obszary'],
        [id('c06'), 'Przejęty projekt', 'PROJECT', '2607'],
      ],
    });
    expect(res.status).toBe(422);
    expect(res.body.problems).toHaveLength(2);
    expect(res.body.problems?.[0]?.reason).toMatch(/outside your regions \(26\) as stored/);
    expect(await stored()).toBe(before);
  });

  it('S2 an editor cannot rewrite an existing source', async () => {
    const before = await stored();
    const res = await upload({
      źródła: [
        ['id', 'tytuł'],
        [id('s'), 'Podmieniony tytuł'],
      ],
    });
    expect(res.status).toBe(422);
    expect(res.body.problems?.[0]?.reason).toMatch(/Only an admin may change an existing source/);
    expect(await stored()).toBe(before);
  });

  it('S2 an editor cannot join their institution to a 06 partnership', async () => {
    const before = await stored();
    const res = await upload({
      członkowie: [
        ['partnerstwo', 'instytucja'],
        [id('p06'), id('i26')],
      ],
    });
    expect(res.status).toBe(422);
    expect(await stored()).toBe(before);
  });

  it('S2 with skipInvalid a 06 institution re-seated by the file is not linked into the editor’s partnership', async () => {
    const before = await stored();
    const res = await upload(
      {
        instytucje: [
          ['id', 'nazwa', 'rodzaj', 'teryt'],
          [id('i06'), `${prefix} CIS 06`, 'CIS', area26],
        ],
        członkowie: [
          ['partnerstwo', 'instytucja'],
          [id('p26'), id('i06')],
        ],
      },
      '?skipInvalid=true',
    );
    expect(res.body.problems).toHaveLength(2);
    expect(await stored()).toBe(before);
  });

  it('S2 a partnership of the region may not be made to cover another region’s area', async () => {
    const before = await stored();
    const res = await upload({
      partnerstwa: [
        ['id', 'nazwa', 'obszary'],
        [id('p26'), `${prefix} partnerstwo 26`, area06],
      ],
    });
    expect(res.status).toBe(422);
    expect(res.body.problems?.[0]?.reason).toMatch(new RegExp(`The area ${area06} lies outside`));
    expect(await stored()).toBe(before);
  });

  it('the editor’s own records still import (a member of their region into their partnership)', async () => {
    const res = await upload({
      partnerstwa: [
        ['id', 'nazwa', 'obszary'],
        [id('p26'), 'Nowa nazwa partnerstwa', area26],
      ],
      członkowie: [
        ['partnerstwo', 'instytucja', 'rola'],
        [id('p26'), id('i26'), 'lider'],
      ],
    });
    expect(res.status).toBe(200);
    expect(res.body.outcome).toBe('applied');
    const { records } = await api.driver.executeQuery(
      'MATCH (i:Institution {id: $i})-[m:MEMBER_OF]->(p:Partnership {id: $p}) RETURN p.name AS name, m.role AS role',
      { i: id('i26'), p: id('p26') },
    );
    expect(records.map((r) => r.toObject())).toEqual([{ name: 'Nowa nazwa partnerstwa', role: 'LEADER' }]);
  });
});
