import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../core/i18n';
import { formatDate } from '../../core/i18n/format';

/** "since 15.01.2020", "2016–2019 as dates", or nothing when undated. */
export function DateRange({ start, end }: { start: string | null; end: string | null }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  if (!start && !end) return null;
  const text =
    start && end
      ? t('dates.range', { start: formatDate(start, locale), end: formatDate(end, locale) })
      : start
        ? t('dates.since', { date: formatDate(start, locale) })
        : t('dates.until', { date: formatDate(end, locale) });
  return <span className="dates">{text}</span>;
}
