import { SECTOR_COLORS } from '../../core/appearance/types';
import { sectorKey } from '../../core/network/utils';

/** A sector's swatch in a table, in the canvas's own colour (@splot/domain's SECTOR_COLORS). */
export function SectorDot({ sector }: { sector: string | null }) {
  return (
    <span
      className="sector-dot"
      style={{ background: SECTOR_COLORS[sectorKey(sector)] }}
      aria-hidden="true"
    />
  );
}
