import en from '../../locales/en.json';
import pl from '../../locales/pl.json';
import type { Locale, MessageKey, MessageParams, Messages } from './types';
import { interpolate, localeFromSearch } from './utils';

export type { Locale, MessageKey, MessageParams } from './types';

const catalogues: Record<Locale, Messages> = { pl, en };

/** Chosen once per page load (`?lang=en`); react-i18next will replace this later. */
export const locale: Locale = typeof window === 'undefined' ? 'pl' : localeFromSearch(window.location.search);

export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(pl, key);
}

export function t(key: MessageKey, params?: MessageParams): string {
  return interpolate(catalogues[locale][key], params);
}

/** Translates a key built at run time (e.g. from an enum value), or returns the fallback. */
export function tMaybe(key: string, fallback: string, params?: MessageParams): string {
  return isMessageKey(key) ? t(key, params) : fallback;
}
