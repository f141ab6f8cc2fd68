import { membershipPeriod } from '@splot/domain';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../core/i18n';
import { formatDate, formatDateRange } from '../../core/i18n/format';

interface DateRangeProps {
  start: string | null | undefined;
  end: string | null | undefined;
  /** A collaboration's kind: an EVENT or STUDY_VISIT without an end lasts its start day. */
  kind?: string | null;
}

/**
 * A period by the time model (domain/src/time.ts): "28.06.2019" for a one-day event,
 * "20–21.06.2017", "od 15.01.2020" while it lasts, "do …", or nothing when undated.
 */
export function DateRange({ start, end, kind = null }: DateRangeProps) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const period = membershipPeriod(null, { kind, startedOn: start ?? null, endedOn: end ?? null });
  if (!period.start && !period.end) return null;
  const text =
    period.start && period.end
      ? formatDateRange(period.start, period.end, locale)
      : period.start
        ? t('dates.since', { date: formatDate(period.start, locale) })
        : t('dates.until', { date: formatDate(period.end, locale) });
  return (
    <span className="dates" data-testid="date-range">
      {text}
    </span>
  );
}
