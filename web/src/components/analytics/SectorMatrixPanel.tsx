import { pageLocale } from '../../core/analytics';
import type { SectorMatrixData } from '../../core/analytics/types';
import { densityColor, formatEi, formatShare, matrixRows } from '../../core/analytics/utils';
import { tMaybe } from '../../core/i18n';
import { spotlightBlock } from '../../core/workbench/canvas';
import { DensityLegend } from '../workbench/DensityLegend';
import { SectorDot } from './SectorDot';

const sectorName = (sector: string) => tMaybe(`sector.${sector}`, sector);

/**
 * The ties leaving the area, per sector of its institutions: the matrix and E-I above count only
 * the ties inside the area, so these are told apart, not left out silently.
 */
function BoundaryTable({ data }: { data: SectorMatrixData }) {
  const { boundary } = data;
  return (
    <div className="analytics-boundary" data-testid="boundary-ties">
      <p className="analytics-note">
        {tMaybe('analytics.boundary.scope', '')}{' '}
        <strong>
          {tMaybe('analytics.boundary.total', '', { ties: boundary.ties, partners: boundary.partners })}
        </strong>
      </p>
      {boundary.bound.cut.length > 0 && (
        <p className="analytics-note" data-testid="boundary-ties-cut">
          {tMaybe('analytics.boundary.cut', '', {
            max: boundary.bound.maxMembers,
            count: boundary.bound.cut.length,
          })}
        </p>
      )}
      {boundary.ties > 0 && (
        <table className="boundary-table">
          <caption>{tMaybe('analytics.boundary.caption', 'Ties leaving the area')}</caption>
          <thead>
            <tr>
              <th scope="col">{tMaybe('analytics.boundary.sector', 'Sector')}</th>
              <th scope="col">{tMaybe('analytics.boundary.ties', 'Ties out')}</th>
              <th scope="col">{tMaybe('analytics.boundary.partners', 'Partners outside')}</th>
            </tr>
          </thead>
          <tbody>
            {boundary.sectors
              .filter((s) => s.ties > 0)
              .map((s) => (
                <tr key={s.sector} data-sector={s.sector}>
                  <th scope="row">{sectorName(s.sector)}</th>
                  <td>{s.ties}</td>
                  <td>{s.partners}</td>
                </tr>
              ))}
          </tbody>
        </table>
      )}
    </div>
  );
}

/**
 * The sector × sector heatmap: each cell is a block's density (ties / possible ties), its colour
 * darker as the sectors are more densely tied; the tie count is written in the cell, so the
 * colour never carries the information alone.
 */
export function SectorMatrixPanel({ data }: { data: SectorMatrixData }) {
  const locale = pageLocale();
  const sectors = data.sectors.map((s) => s.sector);
  const rows = matrixRows(sectors, data.blocks);
  const eiOf = new Map(data.sectorEi.map((s) => [s.sector, s.ei]));
  return (
    <section
      className="panel analytics-matrix"
      data-testid="sector-matrix"
      aria-labelledby="sector-matrix-title"
    >
      <h2 id="sector-matrix-title">{tMaybe('analytics.matrix.title', 'Sector × sector ties')}</h2>
      <table className="heatmap">
        <caption>{tMaybe('analytics.matrix.caption', 'Ties (density) between sectors')}</caption>
        <thead>
          <tr>
            <td />
            {sectors.map((s) => (
              <th key={s} scope="col" title={sectorName(s)}>
                <SectorDot sector={s} />
                <span className="heatmap-col">{sectorName(s)}</span>
              </th>
            ))}
            <th scope="col">{tMaybe('analytics.matrix.ei', 'E-I')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.sector}>
              <th scope="row">{sectorName(row.sector)}</th>
              {row.cells.map((cell) => {
                const { background, color } = densityColor(cell.density);
                const density = formatShare(cell.density, locale);
                return (
                  <td
                    key={cell.to}
                    style={{ background, color }}
                    data-from={cell.from}
                    data-to={cell.to}
                    data-ties={cell.ties}
                    title={`${sectorName(cell.from)} – ${sectorName(cell.to)}: ${cell.ties} / ${cell.possible} (${density})`}
                  >
                    <button
                      type="button"
                      className="heatmap-cell"
                      onClick={() => spotlightBlock(window.__splotCy, cell.from, cell.to)}
                    >
                      {cell.ties}
                    </button>
                  </td>
                );
              })}
              <td className="ei">{formatEi(eiOf.get(row.sector) ?? null, locale)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <DensityLegend />
      <p className="analytics-note" data-testid="area-ei">
        {tMaybe('analytics.matrix.areaEi', 'E-I index of the area')}:{' '}
        <strong>{formatEi(data.ei.ei, locale)}</strong> ({tMaybe('analytics.matrix.external', 'cross-sector')}{' '}
        {data.ei.external}, {tMaybe('analytics.matrix.internal', 'within a sector')} {data.ei.internal})
      </p>
      <p className="analytics-note">{tMaybe('analytics.matrix.help', '')}</p>
      <BoundaryTable data={data} />
    </section>
  );
}
