import type pl from '../../locales/pl.json';

/** The Polish catalogue is the reference: every other locale must have the same keys. */
export type Messages = typeof pl;
export type MessageKey = keyof Messages;
export type Locale = 'pl' | 'en';
export type MessageParams = Record<string, string | number>;

export const LOCALES: readonly Locale[] = ['pl', 'en'];
export const DEFAULT_LOCALE: Locale = 'pl';
