import { describe, expect, it } from 'vitest';
import { mayImport, tokenRoles } from './session';

const token = (claims: object) => `e30.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.sig`;

describe('import session', () => {
  it('lets editors and admins import, nobody else', () => {
    expect(tokenRoles(token({ roles: ['editor'], regions: ['26'] }))).toEqual(['editor']);
    expect(mayImport(token({ roles: ['admin'] }))).toBe(true);
    expect(mayImport(token({ roles: ['viewer'] }))).toBe(false);
    expect(mayImport(null)).toBe(false);
    expect(mayImport('not-a-token')).toBe(false);
  });
});
