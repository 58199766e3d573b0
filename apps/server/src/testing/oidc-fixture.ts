import { cprHash } from '@trappen/api';
import { eq, guardians, users } from '@trappen/db';
import type { OidcConfig, OidcProviderConfig } from '../auth/oidc-config';
import { startTestProvider, type TestAccount, type TestProvider } from './oidc-test-provider';
import { startTestServer, type TestServer } from './test-server';

/** The NSIS levels the broker-like provider knows (low is below what parents need). */
export const LOA = {
  low: 'https://data.gov.dk/concept/core/nsis/loa/Low',
  substantial: 'https://data.gov.dk/concept/core/nsis/loa/Substantial',
  high: 'https://data.gov.dk/concept/core/nsis/loa/High',
};
/** The CPR claim name the broker-like provider uses (configurable in trappen). */
export const CPR_CLAIM = 'dk:gov:cpr';
/** The CPR hash key of the fixture. */
export const CPR_KEY = 'fixture-cpr-hash-key-0123456789abcdef';

/** A server with a staff provider configured like Entra ID and a parent provider like a MitID broker. */
export interface OidcFixture {
  server: TestServer;
  staffIdp: TestProvider;
  parentIdp: TestProvider;
  config: OidcConfig;
  close(): Promise<void>;
}

const base = (issuer: string): Omit<OidcProviderConfig, 'acrValues' | 'scopes' | 'cprClaim'> => ({
  issuer,
  clientId: 'trappen',
  clientSecret: 'trappen-test-secret',
  emailClaim: 'email',
  groupsClaim: null,
  groupRoles: {},
  allowHttp: true,
});

/**
 * Starts the fixture. Redirect URIs hang off the server's port, known only once it
 * listens, so the config object is filled in after the start (it is read per request).
 */
export async function startOidcFixture(
  accounts: { staff: TestAccount[]; parent: TestAccount[] },
  appsDir?: string,
): Promise<OidcFixture> {
  const config: OidcConfig = { publicUrl: '', staff: null, parent: null, cprKey: CPR_KEY };
  const server = await startTestServer({ oidc: config, ...(appsDir ? { appsDir } : {}) });
  config.publicUrl = server.url;
  const staffIdp = await startTestProvider({
    clientId: 'trappen',
    clientSecret: 'trappen-test-secret',
    redirectUris: [`${server.url}/auth/oidc/staff/callback`],
    postLogoutRedirectUris: [`${server.url}/console/`],
    scopes: { email: ['email'], profile: ['name'], groups: ['groups'] },
    acrValues: [],
    accounts: accounts.staff,
  });
  const parentIdp = await startTestProvider({
    clientId: 'trappen',
    clientSecret: 'trappen-test-secret',
    redirectUris: [`${server.url}/auth/oidc/parent/callback`],
    postLogoutRedirectUris: [`${server.url}/portal/`],
    scopes: { mitid: [CPR_CLAIM] },
    acrValues: [LOA.low, LOA.substantial, LOA.high],
    accounts: accounts.parent,
  });
  config.staff = {
    ...base(staffIdp.issuer),
    scopes: ['openid', 'email', 'profile'],
    acrValues: [],
    cprClaim: 'cpr',
  };
  config.parent = {
    ...base(parentIdp.issuer),
    emailClaim: null,
    scopes: ['openid', 'mitid'],
    acrValues: [LOA.substantial, LOA.high],
    cprClaim: CPR_CLAIM,
  };
  return {
    server,
    staffIdp,
    parentIdp,
    config,
    close: async () => {
      await staffIdp.close();
      await parentIdp.close();
      await server.close();
    },
  };
}

/** A browser stand-in: one cookie jar per host (ports share cookies, as in browsers), manual redirects. */
export function browserless() {
  const jar = new Map<string, string>();
  const send = async (url: string, init: RequestInit = {}) => {
    const headers = new Headers(init.headers);
    if (jar.size > 0) headers.set('cookie', [...jar].map(([k, v]) => `${k}=${v}`).join('; '));
    const response = await fetch(url, { ...init, headers, redirect: 'manual' });
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const index = pair?.indexOf('=') ?? -1;
      if (!pair || index < 0) continue;
      const name = pair.slice(0, index);
      const value = pair.slice(index + 1);
      if (/max-age=0/i.test(line) || /expires=thu, 01 jan 1970/i.test(line) || value === '')
        jar.delete(name);
      else jar.set(name, value);
    }
    return response;
  };
  /** Follows redirects from `url` until a page answers; that page and the URL it came from. */
  const follow = async (url: string, init: RequestInit = {}) => {
    let response = await send(url, init);
    let at = url;
    for (let hops = 0; hops < 15 && response.status >= 300 && response.status < 400; hops++) {
      at = new URL(response.headers.get('location') ?? '', at).href;
      response = await send(at);
    }
    return { response, url: at, text: await response.text() };
  };
  /**
   * Logs in through a provider: starts at trappen, types `login` into the provider's
   * login page, and follows the redirects back. The last page and its URL.
   */
  const login = async (server: string, audience: 'staff' | 'parent', login: string) => {
    const page = await follow(`${server}/auth/oidc/${audience}/start`);
    const action = /action="([^"]+)"/.exec(page.text)?.[1];
    if (!action) throw new Error(`no login form at ${page.url}: ${page.text.slice(0, 200)}`);
    return follow(new URL(action, page.url).href, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ login }).toString(),
    });
  };
  return { jar, send, follow, login };
}

/** Records `cpr` on every custody record of the parent with `email`, as staff would through `guardians.update`. */
export async function recordCpr(server: TestServer, email: string, cpr: string): Promise<void> {
  const db = server.handle.db;
  const [parent] = await db.select().from(users).where(eq(users.email, email));
  if (!parent) throw new Error(`no parent ${email}`);
  await db
    .update(guardians)
    .set({ cprHash: cprHash(CPR_KEY, cpr) })
    .where(eq(guardians.userId, parent.id));
}
