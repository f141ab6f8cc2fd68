import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from '../../locales/en.json';
import pl from '../../locales/pl.json';
import { DEFAULT_LOCALE, type Locale } from './types';

export type { Locale, MessageKey } from './types';
export { DEFAULT_LOCALE, LOCALES } from './types';

// Both catalogues are bundled (a few kB), so init and language changes are synchronous.
void i18next.use(initReactI18next).init({
  resources: { pl: { translation: pl }, en: { translation: en } },
  lng: DEFAULT_LOCALE,
  fallbackLng: DEFAULT_LOCALE,
  supportedLngs: ['pl', 'en'],
  keySeparator: false,
  nsSeparator: false,
  initAsync: false,
  returnNull: false,
  interpolation: { escapeValue: false, prefix: '{', suffix: '}' },
});

export const i18n = i18next;

/** Switches the language (a no-op when it is already on) and tells assistive tech via <html lang>. */
export function applyLocale(locale: Locale): void {
  if (i18next.language !== locale) void i18next.changeLanguage(locale);
  if (typeof document !== 'undefined') document.documentElement.lang = locale;
}

export function currentLocale(): Locale {
  return i18next.language === 'en' ? 'en' : 'pl';
}

/** Translates a key built at run time (e.g. from an enum value), or returns the fallback. */
export function tMaybe(key: string, fallback: string, params?: Record<string, unknown>): string {
  return i18next.exists(key)
    ? (i18next.t as unknown as (k: string, p?: object) => string)(key, params)
    : fallback;
}
