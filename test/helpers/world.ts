import { SECTORS } from '@splot/domain';
import type { Driver } from 'neo4j-driver';
import { emptyRows, type Rows } from '../../server/src/db/rows.js';
import { writeRows } from '../../server/src/db/write-rows.js';
import { uniquePrefix } from './api.js';

// A small world of its own for a test: two powiats with unused TERYT codes, five institutions,
// one partnership and two collaborations, every id prefixed; remove() deletes exactly that.

export interface World {
  prefix: string;
  powiat: string;
  gmina: string;
  other: string;
  id: (letter: string) => string;
  remove(): Promise<void>;
}

/** A TERYT powiat code no area in the database has (codes 80xx–99xx are not real voivodeships). */
async function freePowiat(driver: Driver): Promise<string> {
  for (;;) {
    const code = String(8000 + Math.floor(Math.random() * 2000));
    const { records } = await driver.executeQuery(
      'MATCH (a:Area) WHERE a.teryt STARTS WITH $code RETURN count(a) AS n',
      { code },
    );
    if (records[0]?.get('n') === 0) return code;
  }
}

export function worldRows(prefix: string, powiat: string, other: string): Rows {
  const id = (x: string) => `${prefix}-${x.toLowerCase()}`;
  const gmina = `${powiat}011`;
  const rows = emptyRows();
  rows.sectors = SECTORS.map((s) => ({ ...s }));
  rows.areas = [
    { teryt: powiat, name: `powiat ${powiat}`, level: 'POWIAT', parent: null },
    { teryt: gmina, name: `gmina Ćmielów ${gmina}`, level: 'GMINA', parent: powiat },
    { teryt: other, name: `powiat ${other}`, level: 'POWIAT', parent: null },
  ];
  const inst = (
    x: string,
    name: string,
    kind: string,
    sector: string,
    area: string,
    founded: string | null = null,
  ) => ({ id: id(x), sector, area, founded, props: { name, kind, synthetic: false } });
  rows.institutions = [
    inst('A', 'Centrum „Ćma” & <Syn> "Łódź"', 'CIS', 'SOCIAL_ECONOMY', gmina, '2010-05-01'),
    inst('B', 'OPS w Ćmielowie', 'OPS', 'PUBLIC', gmina),
    inst('C', 'Firma, sp. z o.o.; 🙂', 'COMPANY', 'MARKET', powiat),
    inst('D', 'Stowarzyszenie bez partnerów', 'ASSOCIATION', 'NGO', powiat, '2019-01-01'),
    inst('E', 'Fundacja z innego powiatu', 'FOUNDATION', 'NGO', other),
  ];
  rows.partnerships = [
    {
      id: id('P1'),
      name: 'Partnerstwo na rzecz ekonomii społecznej',
      goal: null,
      membersDeclared: null,
      signedOn: '2014-12-01',
      endedOn: null,
      synthetic: false,
    },
  ];
  rows.memberships = [
    { institution: id('A'), partnership: id('P1'), role: 'LEADER', since: '2015-01-01', until: '2016-01-01' },
    { institution: id('B'), partnership: id('P1'), role: 'MEMBER', since: '2015-03-01', until: null },
    { institution: id('E'), partnership: id('P1'), role: 'MEMBER', since: null, until: null },
  ];
  const collaboration = (x: string, title: string, kind: string, startedOn: string | null) => ({
    id: id(x),
    title,
    kind,
    programme: null,
    amountPln: null,
    startedOn,
    endedOn: null,
    synthetic: false,
  });
  rows.collaborations = [
    collaboration('C1', 'Projekt „Razem”', 'PROJECT', '2019-01-01'),
    collaboration('C2', 'Targi ekonomii społecznej', 'EVENT', null),
  ];
  rows.participations = [
    { institution: id('A'), collaboration: id('C1'), role: 'LEAD' },
    { institution: id('B'), collaboration: id('C1'), role: 'PARTNER' },
    { institution: id('C'), collaboration: id('C1'), role: 'PARTNER' },
    { institution: id('B'), collaboration: id('C2'), role: 'ORGANIZER' },
    { institution: id('C'), collaboration: id('C2'), role: 'PARTICIPANT' },
  ];
  return rows;
}

export async function createWorld(driver: Driver, name: string): Promise<World> {
  const prefix = uniquePrefix(name);
  const powiat = await freePowiat(driver);
  let other = await freePowiat(driver);
  // Another voivodeship too: tests of regional rights take E, seated there, for outside the region
  // (a powiat drawn in the same one made the survey test's refusal pass by chance 1 time in 20).
  while (other.slice(0, 2) === powiat.slice(0, 2)) other = await freePowiat(driver);
  const rows = worldRows(prefix, powiat, other);
  const session = driver.session();
  try {
    await session.executeWrite((tx) => writeRows(tx, rows));
  } finally {
    await session.close();
  }
  return {
    prefix,
    powiat,
    gmina: `${powiat}011`,
    other,
    id: (x) => `${prefix}-${x.toLowerCase()}`,
    remove: () => removeWorld(driver, prefix, [powiat, other]),
  };
}

export async function removeWorld(driver: Driver, prefix: string, powiats: string[]): Promise<void> {
  await driver.executeQuery(
    `MATCH (n) WHERE (n:Institution OR n:Partnership OR n:Collaboration OR n:Source) AND n.id STARTS WITH $prefix
     DETACH DELETE n`,
    { prefix },
  );
  await driver.executeQuery(
    'MATCH (a:Area) WHERE any(p IN $powiats WHERE a.teryt STARTS WITH p) DETACH DELETE a',
    { powiats },
  );
}
