import type pl from '../../locales/pl.json';

/** The Polish catalogue is the reference: every other locale must have the same keys. */
export type Messages = typeof pl;
export type MessageKey = keyof Messages;
export type Locale = 'pl' | 'en';

export const LOCALES = ['pl', 'en'] as const satisfies readonly Locale[];
export const DEFAULT_LOCALE: Locale = 'pl';

/** BCP 47 tags for Intl: Polish dates as 28.06.2019, English as 28 Jun 2019. */
export const INTL_LOCALE: Record<Locale, string> = { pl: 'pl-PL', en: 'en-GB' };
