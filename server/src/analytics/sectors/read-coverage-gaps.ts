import { overlap } from '@splot/domain';
import type { Driver } from 'neo4j-driver';
import type { AreaRef } from '../../network/types.js';
import { readLocatedInstitutions } from '../missing-partners/located-institutions.js';
import { readPartners } from '../missing-partners/read-missing-partners.js';
import { readRows } from '../read-rows.js';
import { type CoverageGaps, coverageGaps, crossesSectors } from './coverage-gaps.js';

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
      // The sectors each institution's affiliations hold (sizes, not member pairs: a dense powiat has
      // millions of pairs), then the partners of only those with no other sector there.
      const sectorsReached = new Map<string, Set<string | null>>();
      // Only members whose period overlaps the holder's are its partners (the time model).
      type Dated = [string | null, string | null, string | null];
      const rows = await readRows<{ holders: Dated[]; sectors: Dated[] }>(tx, 'affiliation-partner-sectors', {
        ids: institutions.map((i) => i.id),
        asOf,
      });
      for (const { holders, sectors } of rows) {
        for (const [id, start, end] of holders) {
          if (id === null) continue;
          const reached = sectorsReached.get(id) ?? new Set();
          for (const [sector, s, e] of sectors) {
            if (overlap({ start, end }, { start: s, end: e })) reached.add(sector);
          }
          sectorsReached.set(id, reached);
        }
      }
      const lacking = institutions
        .filter((i) => !crossesSectors(i.sector, sectorsReached.get(i.id) ?? []))
        .map((i) => i.id);
      const partners = await readPartners(tx, lacking, asOf);
      const partnerCounts = new Map([...partners].map(([id, list]) => [id, list.length]));
      return { area, asOf, ...coverageGaps(areas, institutions, sectorsReached, partnerCounts) };
    });
  } finally {
    await session.close();
  }
}
