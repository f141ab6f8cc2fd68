import { INTL_LOCALE, type Locale } from './types';

const cache = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();

function dateFormat(locale: Locale, month: 'long' | 'short' | '2-digit'): Intl.DateTimeFormat {
  const key = `d:${locale}:${month}`;
  let format = cache.get(key) as Intl.DateTimeFormat | undefined;
  if (!format) {
    format = new Intl.DateTimeFormat(INTL_LOCALE[locale], {
      year: 'numeric',
      month,
      day: locale === 'pl' ? '2-digit' : 'numeric',
      timeZone: 'UTC',
    });
    cache.set(key, format);
  }
  return format;
}

/** An ISO date (YYYY-MM-DD) for reading: "28.06.2019" in Polish, "28 Jun 2019" in English. */
export function formatDate(iso: string | null | undefined, locale: Locale): string {
  if (!iso) return '';
  const date = new Date(`${iso.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return iso;
  return dateFormat(locale, locale === 'pl' ? '2-digit' : 'short').format(date);
}

/**
 * A period of days for reading, as short as the locale writes it: "28.06.2019" for one day,
 * "20–21.06.2017" for two in one month, "20.06.2017–28.06.2019" otherwise (English alike).
 */
export function formatDateRange(start: string, end: string, locale: Locale): string {
  const from = new Date(`${start.slice(0, 10)}T00:00:00Z`);
  const to = new Date(`${end.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(from.getTime()) || Number.isNaN(to.getTime())) return `${start}–${end}`;
  if (start === end) return formatDate(start, locale);
  return dateFormat(locale, locale === 'pl' ? '2-digit' : 'short').formatRange(from, to);
}

/** A count or amount with the locale's grouping: "12 345" in Polish, "12,345" in English. */
export function formatNumber(value: number, locale: Locale, options?: Intl.NumberFormatOptions): string {
  const key = `n:${locale}:${JSON.stringify(options ?? {})}`;
  let format = cache.get(key) as Intl.NumberFormat | undefined;
  if (!format) {
    format = new Intl.NumberFormat(INTL_LOCALE[locale], options);
    cache.set(key, format);
  }
  return format.format(value);
}

/** An amount in złoty, without fractions: "120 000 zł" / "PLN 120,000". */
export function formatPln(value: number, locale: Locale): string {
  return formatNumber(value, locale, { style: 'currency', currency: 'PLN', maximumFractionDigits: 0 });
}
