import { describe, expect, it } from 'vitest';
import { canEdit, canEditArea, decodeToken, type Session } from './utils';

const b64url = (value: object) =>
  btoa(JSON.stringify(value)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
const jwt = (claims: object) => `${b64url({ alg: 'HS256', typ: 'JWT' })}.${b64url(claims)}.signature`;

describe('decodeToken', () => {
  it('reads role, regions, subject and expiry', () => {
    const session = decodeToken(
      jwt({ sub: 'anna', role: 'editor', regions: ['26'], exp: 2000 }),
      1000,
    ) as Session;
    expect(session).toMatchObject({ role: 'editor', regions: ['26'], subject: 'anna', expiresAt: 2000 });
    expect(canEdit(session)).toBe(true);
  });

  it('takes the strongest of several roles and accepts a Bearer prefix', () => {
    const session = decodeToken(`Bearer ${jwt({ roles: ['viewer', 'admin'] })}`) as Session;
    expect(session.role).toBe('admin');
  });

  it("reads Keycloak's realm roles and comma-separated regions", () => {
    const session = decodeToken(
      jwt({ realm_access: { roles: ['offline_access', 'editor'] }, regions: '26, 14' }),
    ) as Session;
    expect(session).toMatchObject({ role: 'editor', regions: ['26', '14'] });
  });

  it('refuses what is not a JWT, or has expired', () => {
    expect(decodeToken('hello')).toBe('malformed');
    expect(decodeToken('a.%%%.c')).toBe('malformed');
    expect(decodeToken(jwt({ role: 'editor', exp: 10 }), 20)).toBe('expired');
  });

  it('treats unknown roles as viewers, who cannot edit', () => {
    const session = decodeToken(jwt({ role: 'superuser' })) as Session;
    expect(session.role).toBe('viewer');
    expect(canEdit(session)).toBe(false);
    expect(canEdit(null)).toBe(false);
  });
});

describe('canEditArea', () => {
  it('limits editors to their voivodeships; admins edit anywhere', () => {
    const editor = decodeToken(jwt({ role: 'editor', regions: ['26'] })) as Session;
    expect(canEditArea(editor, '2607')).toBe(true);
    expect(canEditArea(editor, '0601')).toBe(false);
    expect(canEditArea(decodeToken(jwt({ role: 'admin' })) as Session, '0601')).toBe(true);
  });
});
