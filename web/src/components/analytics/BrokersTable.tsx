import { pageLocale } from '../../core/analytics';
import type { BrokersData } from '../../core/analytics/types';
import { tMaybe } from '../../core/i18n';
import { SectorDot } from './SectorDot';

interface BrokersTableProps {
  data: BrokersData;
  selectedId: string | undefined;
  /** Selects (and so highlights) the institution on the canvas. */
  onSelect: (id: string) => void;
}

/** Who bridges sectors: the server's ranking (cross-sector brokerage, then betweenness). */
export function BrokersTable({ data, selectedId, onSelect }: BrokersTableProps) {
  const number = new Intl.NumberFormat(pageLocale(), { maximumFractionDigits: 2 });
  return (
    <section className="panel analytics-brokers" data-testid="brokers-table" aria-labelledby="brokers-title">
      <h2 id="brokers-title">{tMaybe('analytics.brokers.title', 'Brokers')}</h2>
      <table className="brokers">
        <thead>
          <tr>
            <th scope="col">{tMaybe('analytics.brokers.institution', 'Institution')}</th>
            <th scope="col" title={tMaybe('analytics.brokers.crossSectorHelp', '')}>
              {tMaybe('analytics.brokers.crossSector', 'Cross-sector')}
            </th>
            <th scope="col" title={tMaybe('analytics.brokers.betweennessHelp', '')}>
              {tMaybe('analytics.brokers.betweenness', 'Betweenness')}
            </th>
            <th scope="col">{tMaybe('analytics.brokers.degree', 'Partners')}</th>
          </tr>
        </thead>
        <tbody>
          {data.ranking.map((row) => (
            <tr key={row.id} data-node-id={row.id} aria-selected={row.id === selectedId}>
              <td>
                <button
                  type="button"
                  className="link-button"
                  aria-pressed={row.id === selectedId}
                  onClick={() => onSelect(row.id)}
                  title={`${tMaybe('analytics.brokers.roles', '')} ${row.brokerage.coordinator} / ${row.brokerage.consultant} / ${row.brokerage.gatekeeper} / ${row.brokerage.liaison}`}
                >
                  <SectorDot sector={row.sector} />
                  {row.label}
                </button>
              </td>
              <td>{row.brokerage.crossSector}</td>
              <td>{number.format(row.betweennessNormalized)}</td>
              <td>{row.degree}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="analytics-note" data-testid="area-structure">
        {tMaybe('analytics.structure.components', 'Components')}: {data.components.length} ·{' '}
        {tMaybe('analytics.structure.isolates', 'Isolated')}: {data.isolates.length} ·{' '}
        {tMaybe('analytics.structure.communities', 'Communities')}: {data.communities.length}
      </p>
    </section>
  );
}
