import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Area, COUNTRY_AREA } from '../../core/area/types';
import { areaDepth } from '../../core/area/utils';
import { currentLocale, tMaybe } from '../../core/i18n';
import { formatDate, formatNumber } from '../../core/i18n/format';
import type { RequestState } from '../../core/request';
import type { DataSummary } from '../../core/summary';
import { StatusMessage } from '../StatusMessage';
import './overview.css';

/** How many areas the list shows before "show all". */
const SHOWN = 16;

interface DataOverviewProps {
  summary: RequestState<DataSummary>;
  retry: () => void;
  /** The areas with data (the picker's list). */
  areas: readonly Area[];
  /** The area on screen, marked in the list. */
  current: string | undefined;
  hrefOf: (teryt: string) => string;
  onPick: (teryt: string) => void;
}

/**
 * The first screen's answer to "what is in here": counts of institutions, ties, sources and areas
 * with data, the newest date, and the areas with data (voivodeships and powiats) as links.
 */
export function DataOverview({ summary, retry, areas, current, hrefOf, onPick }: DataOverviewProps) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const [all, setAll] = useState(false);
  // Gminas are reached from their powiat: the list stays short enough to read.
  const listed = [COUNTRY_AREA, ...areas.filter((area) => areaDepth(area) < 2)];
  const shown = all ? listed : listed.slice(0, SHOWN);
  if (summary.status === 'error')
    return <StatusMessage kind="error" error={summary.error} onRetry={retry} inline />;
  if (summary.status !== 'success') return null;
  const s = summary.data;
  const counts: Array<[string, string]> = [
    [t('overview.institutions'), formatNumber(s.institutions, locale)],
    [t('overview.ties'), formatNumber(s.ties, locale)],
    [t('overview.affiliations'), formatNumber(s.partnerships + s.collaborations, locale)],
    [t('overview.sources'), formatNumber(s.sources, locale)],
    [t('overview.areas'), formatNumber(s.areasWithData, locale)],
    [t('overview.newest'), s.newestDate ? formatDate(s.newestDate, locale) : '–'],
  ];
  return (
    <section className="panel overview" aria-labelledby="overview-title" data-testid="data-overview">
      <h2 id="overview-title">{t('overview.title')}</h2>
      <dl className="overview-counts">
        {counts.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {listed.length > 0 && (
        <nav aria-labelledby="overview-areas">
          <h3 id="overview-areas">{t('overview.areasList')}</h3>
          <ul className="overview-areas" data-testid="overview-areas">
            {shown.map((area) => (
              <li
                key={area.teryt}
                className={area.level === 'COUNTRY' ? 'depth-0' : `depth-${areaDepth(area)}`}
              >
                <a
                  href={hrefOf(area.teryt)}
                  aria-current={area.teryt === current ? 'true' : undefined}
                  data-teryt={area.teryt}
                  onClick={(event) => {
                    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
                    event.preventDefault();
                    onPick(area.teryt);
                  }}
                >
                  {area.name}
                </a>{' '}
                <span className="overview-level">{tMaybe(`area.level.${area.level}`, area.level)}</span>
              </li>
            ))}
          </ul>
          {listed.length > SHOWN && (
            <button type="button" className="link-button" onClick={() => setAll(!all)}>
              {all ? t('overview.fewer') : t('overview.all', { count: listed.length })}
            </button>
          )}
        </nav>
      )}
    </section>
  );
}
