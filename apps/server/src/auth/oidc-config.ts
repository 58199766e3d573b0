import type { Role } from '@trappen/api';

/** Who logs in through a provider: staff through the municipality's, parents through MitID. */
export type OidcAudience = 'staff' | 'parent';

/** One relying-party registration at one OpenID Provider. */
export interface OidcProviderConfig {
  /** The issuer URL; its `/.well-known/openid-configuration` is read at the first login. */
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** Scopes to ask for (always including `openid`). */
  scopes: string[];
  /**
   * Acceptable `acr` values, lowest first; the first is requested as `acr_values`. An ID
   * token whose `acr` is not one of them is refused. Empty: any (staff providers that
   * send no `acr`).
   */
  acrValues: string[];
  /** Staff: the e-mail claim matched to an administrator-created account at the first login (`null`: subject only). */
  emailClaim: string | null;
  /** Staff: the claim holding group ids, when group → role mapping is on. */
  groupsClaim: string | null;
  /** Staff: group id → role, highest role wins; empty means off (the default). */
  groupRoles: Record<string, Role>;
  /** Parents: the claim holding the CPR number. */
  cprClaim: string;
  /** Test and development only: allow an `http://` issuer. */
  allowHttp: boolean;
}

/** OpenID Connect settings of the server. */
export interface OidcConfig {
  /** The server's public origin, e.g. `https://trappen.kommune.dk`; redirect URIs hang off it. */
  publicUrl: string;
  staff: OidcProviderConfig | null;
  parent: OidcProviderConfig | null;
  /** Key of the CPR hash (required with a parent provider). */
  cprKey: string | null;
}

/** The NSIS assurance levels MitID brokers send: substantial or higher is required by default. */
export const NSIS_SUBSTANTIAL_OR_HIGHER = [
  'https://data.gov.dk/concept/core/nsis/loa/Substantial',
  'https://data.gov.dk/concept/core/nsis/loa/High',
];

const STAFF_ROLE_ORDER: readonly Role[] = [
  'councilMember',
  'caseworker',
  'teamLeader',
  'administrator',
];

/** The redirect URI to register at the provider for an audience. */
export const redirectUriOf = (config: OidcConfig, audience: OidcAudience): string =>
  `${config.publicUrl}/auth/oidc/${audience}/callback`;

/** The highest role any of `groups` maps to, or `null`. */
export function roleForGroups(provider: OidcProviderConfig, groups: unknown): Role | null {
  if (!Array.isArray(groups)) return null;
  let best: Role | null = null;
  for (const group of groups) {
    const role = typeof group === 'string' ? provider.groupRoles[group] : undefined;
    if (role && (best === null || STAFF_ROLE_ORDER.indexOf(role) > STAFF_ROLE_ORDER.indexOf(best)))
      best = role;
  }
  return best;
}

const list = (value: string | undefined, fallback: string[]): string[] =>
  value === undefined
    ? fallback
    : value
        .split(/[\s,]+/)
        .map((v) => v.trim())
        .filter(Boolean);

function provider(env: NodeJS.ProcessEnv, prefix: string, audience: OidcAudience) {
  const issuer = env[`${prefix}_ISSUER`];
  if (!issuer) return null;
  const need = (name: string) => {
    const value = env[`${prefix}_${name}`];
    if (!value) throw new Error(`${prefix}_${name} is required with ${prefix}_ISSUER`);
    return value;
  };
  let groupRoles: Record<string, Role> = {};
  const mapping = env[`${prefix}_GROUP_ROLES`];
  if (mapping) {
    const parsed = JSON.parse(mapping) as Record<string, unknown>;
    for (const [group, role] of Object.entries(parsed)) {
      if (typeof role !== 'string' || !STAFF_ROLE_ORDER.includes(role as Role))
        throw new Error(`${prefix}_GROUP_ROLES: ${group} maps to an unknown role ${String(role)}`);
    }
    groupRoles = parsed as Record<string, Role>;
  }
  const scopes = list(
    env[`${prefix}_SCOPES`],
    audience === 'staff' ? ['openid', 'email', 'profile'] : ['openid'],
  );
  return {
    issuer,
    clientId: need('CLIENT_ID'),
    clientSecret: need('CLIENT_SECRET'),
    scopes: scopes.includes('openid') ? scopes : ['openid', ...scopes],
    acrValues: list(
      env[`${prefix}_ACR_VALUES`],
      audience === 'parent' ? NSIS_SUBSTANTIAL_OR_HIGHER : [],
    ),
    emailClaim: audience === 'staff' ? (env[`${prefix}_EMAIL_CLAIM`] ?? 'email') || null : null,
    groupsClaim: env[`${prefix}_GROUPS_CLAIM`] || (mapping ? 'groups' : null),
    groupRoles,
    cprClaim: env[`${prefix}_CPR_CLAIM`] || 'cpr',
    allowHttp: false,
  } satisfies OidcProviderConfig;
}

/**
 * Reads `OIDC_STAFF_*` and `OIDC_PARENT_*` (see the README's table), `PUBLIC_URL` and
 * `CPR_HASH_KEY`; `null` when no provider is configured.
 */
export function readOidcConfig(env: NodeJS.ProcessEnv = process.env): OidcConfig | null {
  const staff = provider(env, 'OIDC_STAFF', 'staff');
  const parent = provider(env, 'OIDC_PARENT', 'parent');
  if (!staff && !parent) return null;
  const publicUrl = env.PUBLIC_URL?.replace(/\/+$/, '');
  if (!publicUrl) throw new Error('PUBLIC_URL is required with an OpenID Connect provider');
  const cprKey = env.CPR_HASH_KEY || null;
  if (parent && (!cprKey || cprKey.length < 32))
    throw new Error('CPR_HASH_KEY (at least 32 characters) is required with OIDC_PARENT_ISSUER');
  return { publicUrl, staff, parent, cprKey };
}
