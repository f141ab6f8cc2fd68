import { describe, expect, it } from 'vitest';
import { hashToken, isTokenShaped, newToken, responseLink } from './tokens.js';

describe('survey tokens', () => {
  it('are 256-bit, URL-safe, different each time, and stored as a hash that is not the token', () => {
    const a = newToken();
    const b = newToken();
    expect(a).not.toBe(b);
    expect(Buffer.from(a, 'base64url')).toHaveLength(32);
    expect(isTokenShaped(a)).toBe(true);
    expect(hashToken(a)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashToken(a)).not.toContain(a);
    expect(hashToken(a)).toBe(hashToken(a));
  });

  it('refuses what cannot be a token before the database is asked', () => {
    for (const bad of ['', 'abc', `${newToken()}x`, '../../etc/passwd', null, 42])
      expect(isTokenShaped(bad)).toBe(false);
  });

  it('puts the token in the fragment of the link', () => {
    expect(responseLink('http://x.org/', 'T')).toBe('http://x.org/ankieta#T');
  });
});
