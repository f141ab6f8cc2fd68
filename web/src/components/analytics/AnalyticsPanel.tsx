import { useBrokers, useSectorMatrix } from '../../core/analytics';
import type { AnalyticsFilter } from '../../core/analytics/types';
import { tMaybe } from '../../core/i18n';
import { StatusMessage } from '../StatusMessage';
import { BrokersTable } from './BrokersTable';
import { SectorMatrixPanel } from './SectorMatrixPanel';
import './analytics.css';

interface AnalyticsPanelProps {
  teryt: string | undefined;
  /** What the analytics refer to, said plainly above them (the area; in an ego view, not the drawing). */
  scope: string;
  /** YYYY-MM-DD, or null for every tie ever. */
  asOf: string | null;
  /** The sector, kind and tie filters on screen: the matrix and the brokers follow them. */
  filter: AnalyticsFilter;
  selectedId: string | undefined;
  onSelect: (id: string) => void;
}

/** Cross-sector analytics of the chosen area, beside the network: the sector matrix and the brokers. */
export function AnalyticsPanel({ teryt, scope, asOf, filter, selectedId, onSelect }: AnalyticsPanelProps) {
  const [matrix, retryMatrix] = useSectorMatrix(teryt, asOf, filter);
  const [brokers, retryBrokers] = useBrokers(teryt, asOf, filter);
  const loading = tMaybe('analytics.loading', 'Computing…');
  return (
    <div className="analytics" data-testid="analytics">
      <p className="panel analytics-scope" data-testid="analytics-scope">
        {scope}
      </p>
      {matrix.status === 'success' ? (
        <SectorMatrixPanel data={matrix.data} />
      ) : matrix.status === 'error' ? (
        <StatusMessage kind="error" error={matrix.error} onRetry={retryMatrix} inline />
      ) : (
        matrix.status === 'loading' && <p className="panel hint">{loading}</p>
      )}
      {brokers.status === 'success' ? (
        brokers.data.ranking.length > 0 && (
          <BrokersTable data={brokers.data} selectedId={selectedId} onSelect={onSelect} />
        )
      ) : brokers.status === 'error' ? (
        <StatusMessage kind="error" error={brokers.error} onRetry={retryBrokers} inline />
      ) : null}
    </div>
  );
}
