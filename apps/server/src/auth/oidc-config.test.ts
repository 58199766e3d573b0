import { describe, expect, it } from 'vitest';
import {
  NSIS_SUBSTANTIAL_OR_HIGHER,
  readOidcConfig,
  redirectUriOf,
  roleForGroups,
} from './oidc-config';

const staffEnv = {
  PUBLIC_URL: 'https://trappen.herning.dk/',
  OIDC_STAFF_ISSUER: 'https://login.microsoftonline.com/tenant/v2.0',
  OIDC_STAFF_CLIENT_ID: 'client',
  OIDC_STAFF_CLIENT_SECRET: 'secret',
};

describe('readOidcConfig', () => {
  it('is off without an issuer', () => {
    expect(readOidcConfig({})).toBeNull();
  });

  it('reads a staff provider with defaults: e-mail matching on, group mapping off, no acr check', () => {
    const config = readOidcConfig(staffEnv);
    expect(config?.publicUrl).toBe('https://trappen.herning.dk');
    expect(config?.staff).toMatchObject({
      scopes: ['openid', 'email', 'profile'],
      emailClaim: 'email',
      groupRoles: {},
      groupsClaim: null,
      acrValues: [],
    });
    expect(config && redirectUriOf(config, 'staff')).toBe(
      'https://trappen.herning.dk/auth/oidc/staff/callback',
    );
  });

  it('requires substantial or higher for parents by default, and a CPR hash key', () => {
    const parentEnv = {
      PUBLIC_URL: 'https://trappen.herning.dk',
      OIDC_PARENT_ISSUER: 'https://broker.example',
      OIDC_PARENT_CLIENT_ID: 'c',
      OIDC_PARENT_CLIENT_SECRET: 's',
    };
    expect(() => readOidcConfig(parentEnv)).toThrow(/CPR_HASH_KEY/);
    const config = readOidcConfig({
      ...parentEnv,
      CPR_HASH_KEY: 'k'.repeat(32),
      OIDC_PARENT_CPR_CLAIM: 'dk:gov:cpr',
    });
    expect(config?.parent).toMatchObject({
      acrValues: NSIS_SUBSTANTIAL_OR_HIGHER,
      cprClaim: 'dk:gov:cpr',
      emailClaim: null,
    });
  });

  it('refuses a missing secret, a missing PUBLIC_URL and a group mapped to an unknown role', () => {
    expect(() => readOidcConfig({ ...staffEnv, OIDC_STAFF_CLIENT_SECRET: '' })).toThrow(
      /OIDC_STAFF_CLIENT_SECRET is required/,
    );
    expect(() => readOidcConfig({ ...staffEnv, PUBLIC_URL: '' })).toThrow(/PUBLIC_URL/);
    expect(() => readOidcConfig({ ...staffEnv, OIDC_STAFF_GROUP_ROLES: '{"g":"parent"}' })).toThrow(
      /unknown role parent/,
    );
  });

  it('maps groups to the highest role among them', () => {
    const config = readOidcConfig({
      ...staffEnv,
      OIDC_STAFF_GROUP_ROLES: '{"g-cw":"caseworker","g-admin":"administrator"}',
    });
    if (!config?.staff) throw new Error('no staff provider');
    expect(config.staff.groupsClaim).toBe('groups');
    expect(roleForGroups(config.staff, ['g-cw', 'g-admin', 'other'])).toBe('administrator');
    expect(roleForGroups(config.staff, ['other'])).toBeNull();
    expect(roleForGroups(config.staff, 'g-admin')).toBeNull();
  });
});
