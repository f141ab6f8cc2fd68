import type { Driver } from 'neo4j-driver';
import type { AreaRef } from '../network/types.js';
import { type CoverageGaps, coverageGaps } from './coverage-gaps.js';
import { readLocatedInstitutions } from './located-institutions.js';
import { readPartners } from './read-missing-partners.js';
import { readRows } from './read-rows.js';

/** Expected kinds missing in the area and below, and institutions without a cross-sector partner. */
export async function readCoverageGaps(
  driver: Driver,
  { teryt, asOf }: { teryt: string; asOf: string | null },
): Promise<({ area: AreaRef; asOf: string | null } & CoverageGaps) | null> {
  const session = driver.session({ defaultAccessMode: 'READ' });
  try {
    return await session.executeRead(async (tx) => {
      const areas = await readRows<AreaRef>(tx, 'area-tree', { teryt });
      const area = areas.find((a) => a.teryt === teryt);
      if (!area) return null;
      const institutions = await readLocatedInstitutions(tx, teryt, asOf);
      const partners = await readPartners(
        tx,
        institutions.map((i) => i.id),
        asOf,
      );
      const partnerSectors = new Map([...partners].map(([id, list]) => [id, list.map((p) => p.sector)]));
      return { area, asOf, ...coverageGaps(areas, institutions, partnerSectors) };
    });
  } finally {
    await session.close();
  }
}
