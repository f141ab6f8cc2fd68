import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../core/i18n/format';
import type { Locale } from '../../core/i18n/types';
import { ALL_TIES_MAX, type Backbone, TOP_TIES, type TopTies } from '../../core/network/backbone';

interface TieDetailProps {
  value: TopTies;
  drawn: Backbone;
  /** The clustered layout stands in for fcose (large graphs). */
  grouped: boolean;
  locale: Locale;
  onChange: (value: TopTies) => void;
}

/**
 * "Showing N of M ties" and the choice of how many: shown only for networks that are thinned or
 * could be (ordinary areas draw every tie and need no such control).
 */
export function TieDetail({ value, drawn, grouped, locale, onChange }: TieDetailProps) {
  const { t } = useTranslation();
  const id = useId();
  const label = (option: TopTies) =>
    option === 'auto' ? t('ties.auto') : option === 'all' ? t('ties.all') : t('ties.top', { k: option });
  return (
    <div className="tie-detail field" data-testid="tie-detail">
      <label htmlFor={id}>{t('ties.label')}</label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value as TopTies)}>
        {TOP_TIES.map((option) => (
          <option key={option} value={option} disabled={option === 'all' && drawn.total > ALL_TIES_MAX}>
            {option === 'all' && drawn.total > ALL_TIES_MAX ? t('ties.allTooMany') : label(option)}
          </option>
        ))}
      </select>
      <small className="muted" aria-live="polite" data-testid="tie-detail-shown">
        {drawn.k === null
          ? t('ties.showingAll', { total: formatNumber(drawn.total, locale) })
          : t('ties.showing', {
              shown: formatNumber(drawn.shown, locale),
              total: formatNumber(drawn.total, locale),
              k: drawn.k,
            })}
        {grouped && ` ${t('ties.grouped')}`}
      </small>
    </div>
  );
}
