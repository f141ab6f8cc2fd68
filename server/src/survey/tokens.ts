import { createHash, randomBytes } from 'node:crypto';

// A respondent's link carries a 256-bit random token; the database keeps only its SHA-256, so a
// copy of the database (or a backup) opens no response. SHA-256 without salt is enough here: the
// token is random, not a password, so there is nothing to guess from a dictionary.

const TOKEN = /^[A-Za-z0-9_-]{43}$/;

export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Whether a string can be a token at all (checked before any database look-up). */
export const isTokenShaped = (value: unknown): value is string =>
  typeof value === 'string' && TOKEN.test(value);

/** The respondent page's address for a token: in the fragment, which browsers never send to servers. */
export const responseLink = (origin: string, token: string) =>
  `${origin.replace(/\/$/, '')}/ankieta#${token}`;
