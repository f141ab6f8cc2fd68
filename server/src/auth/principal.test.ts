import { describe, expect, it } from 'vitest';
import { principalFromClaims } from './principal.js';

describe('principalFromClaims', () => {
  it('reads roles and regions from plain claims', () => {
    expect(principalFromClaims({ sub: 'ala', roles: ['editor'], regions: ['26', '06'] })).toEqual({
      sub: 'ala',
      roles: ['editor'],
      regions: ['26', '06'],
    });
  });

  it("reads Keycloak's realm roles and comma-separated regions", () => {
    const principal = principalFromClaims({
      sub: 'kc-1',
      realm_access: { roles: ['offline_access', 'admin'] },
      regions: '26, 14',
    });
    expect(principal).toEqual({ sub: 'kc-1', roles: ['admin'], regions: ['26', '14'] });
  });

  it('drops unknown roles and anything that is not a voivodeship code', () => {
    const principal = principalFromClaims({
      roles: ['superuser', 'viewer', 'viewer'],
      regions: ['2607', '6', "26' OR 1=1", 26, '02'],
    });
    expect(principal).toEqual({ sub: '', roles: ['viewer'], regions: ['02'] });
  });

  it('grants nothing when the claims are missing or of the wrong type', () => {
    expect(principalFromClaims({ roles: { admin: true }, regions: null })).toEqual({
      sub: '',
      roles: [],
      regions: [],
    });
  });
});
