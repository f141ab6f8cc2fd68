import { DEFAULT_LOCALE, LOCALES, type Locale, type MessageParams } from './types';

/** Replaces `{name}` placeholders; unknown placeholders are left as they are. */
export function interpolate(template: string, params?: MessageParams): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}

/** Reads `?lang=xx` from a query string; anything unknown falls back to Polish. */
export function localeFromSearch(search: string): Locale {
  const lang = new URLSearchParams(search).get('lang');
  return LOCALES.find((locale) => locale === lang) ?? DEFAULT_LOCALE;
}
