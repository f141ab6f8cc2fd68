import type { Driver } from 'neo4j-driver';
import { namedQuery } from '../../server/src/db/queries.js';
import {
  type AffiliationRow,
  buildInstitutionNetwork,
  type InstitutionRow,
} from '../../server/src/network/build-network.js';
import { NO_FILTER } from '../../server/src/network/types.js';
import type { BenchNetwork } from './canvas/types.js';

/**
 * A view of exactly `size` institutions: whole powiats of the largest voivodeship, in TERYT order,
 * until there are enough (the last one cut), tied as areaNetwork ties them. What the explorer
 * would get for a few neighbouring powiats.
 */
export async function networkOfSize(
  driver: Driver,
  voivodeship: string,
  size: number,
): Promise<BenchNetwork> {
  const session = driver.session({ defaultAccessMode: 'READ' });
  try {
    const powiats = (
      await session.run(
        `MATCH (p:Area {level: 'POWIAT'})-[:PART_OF]->(:Area {teryt: $v}) RETURN p.teryt AS t ORDER BY t`,
        {
          v: voivodeship,
        },
      )
    ).records.map((r) => r.get('t') as string);
    const institutions: InstitutionRow[] = [];
    for (const teryt of powiats) {
      if (institutions.length >= size) break;
      const rows = await session.run(namedQuery('area-institutions'), { teryt, ...NO_FILTER });
      institutions.push(...rows.records.map((r) => r.toObject() as InstitutionRow));
    }
    const chosen = institutions.slice(0, size);
    const affiliations = (
      await session.run(namedQuery('institution-affiliations'), {
        ids: chosen.map((i) => i.id),
        asOf: null,
        tieKinds: null,
      })
    ).records.map((r) => r.toObject() as AffiliationRow);
    const net = buildInstitutionNetwork(
      { teryt: voivodeship, name: `${size} institutions`, level: 'VOIVODESHIP' },
      chosen,
      affiliations,
    );
    return {
      area: net.area,
      nodes: net.nodes,
      edges: net.edges.map(({ id, source, target, weight }) => ({ id, source, target, weight })),
    };
  } finally {
    await session.close();
  }
}
