import { cprHash } from '@trappen/api';
import { eq, guardians, queryRows, sql, users } from '@trappen/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type HandSignedIssuer, startHandSignedIssuer } from '../testing/hand-signed-issuer';
import {
  browserless,
  CPR_CLAIM,
  CPR_KEY,
  LOA,
  type OidcFixture,
  startOidcFixture,
} from '../testing/oidc-fixture';
import type { OidcProviderConfig } from './oidc-config';

const CPR = '0101801234';
const NO_CUSTODY_CPR = '0202802345';
let fixture: OidcFixture;
let hand: HandSignedIssuer;

async function me(client: ReturnType<typeof browserless>) {
  const response = await client.send(`${fixture.server.url}/trpc/auth.me`);
  const body = (await response.json()) as {
    result?: { data: { email: string; role: string } };
    error?: { data: { code: string } };
  };
  return body.result?.data ?? body.error?.data.code;
}

async function lastLoginAudit() {
  const [row] = await queryRows<{
    user_id: string | null;
    outcome: string;
    criteria: Record<string, unknown>;
  }>(
    fixture.server.handle.db,
    sql`select user_id, outcome, criteria from audit_log where action = 'login' order by id desc limit 1`,
  );
  return row;
}

beforeAll(async () => {
  fixture = await startOidcFixture({
    staff: [
      {
        sub: 'entra-oid-leader',
        acr: '',
        claims: { email: 'teamleder@eksempelby.dk', name: 'Lea' },
      },
      { sub: 'entra-oid-stranger', acr: '', claims: { email: 'ukendt@eksempelby.dk' } },
      { sub: 'entra-oid-leaver', acr: '', claims: { email: 'sagsbehandler2@eksempelby.dk' } },
      {
        sub: 'entra-oid-council',
        acr: '',
        claims: { email: 'byraad@eksempelby.dk', groups: ['g-leaders'] },
      },
    ],
    parent: [
      { sub: 'mitid-mor', acr: LOA.substantial, claims: { [CPR_CLAIM]: CPR } },
      { sub: 'mitid-mor-low', acr: LOA.low, claims: { [CPR_CLAIM]: CPR } },
      { sub: 'mitid-uden', acr: LOA.high, claims: { [CPR_CLAIM]: NO_CUSTODY_CPR } },
    ],
  });
  const db = fixture.server.handle.db;
  // The demo parent's custody record gets the CPR number staff would have entered.
  const [parent] = await db.select().from(users).where(eq(users.email, 'foraelder@eksempelby.dk'));
  await db
    .update(guardians)
    .set({ cprHash: cprHash(CPR_KEY, CPR) })
    .where(eq(guardians.userId, parent?.id ?? ''));
  await db
    .update(users)
    .set({ disabled: true })
    .where(eq(users.email, 'sagsbehandler2@eksempelby.dk'));
  hand = await startHandSignedIssuer('trappen');
}, 120_000);
afterAll(async () => {
  await hand?.close();
  await fixture?.close();
});

describe('OpenID Connect login for staff (provider configured like Entra ID)', () => {
  it('logs an administrator-created account in by work e-mail, binds the subject, and audits the login', async () => {
    const browser = browserless();
    const done = await browser.login(fixture.server.url, 'staff', 'entra-oid-leader');
    expect(new URL(done.url).pathname).toBe('/console/');
    expect(await me(browser)).toMatchObject({
      email: 'teamleder@eksempelby.dk',
      role: 'teamLeader',
    });
    const [row] = await fixture.server.handle.db
      .select({ subject: users.oidcSubject })
      .from(users)
      .where(eq(users.email, 'teamleder@eksempelby.dk'));
    expect(row?.subject).toBe(`${fixture.staffIdp.issuer}#entra-oid-leader`);
    expect(await lastLoginAudit()).toMatchObject({
      outcome: 'ok',
      criteria: { method: 'oidc', audience: 'staff' },
    });
  });

  it('ends the local session on logout and hands back the provider’s logout URL', async () => {
    const browser = browserless();
    await browser.login(fixture.server.url, 'staff', 'entra-oid-leader');
    const response = await browser.send(`${fixture.server.url}/auth/oidc/logout`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    const { redirect } = (await response.json()) as { redirect: string | null };
    expect(redirect?.startsWith(`${fixture.staffIdp.issuer}/session/end`)).toBe(true);
    expect(new URL(redirect ?? '').searchParams.get('post_logout_redirect_uri')).toBe(
      `${fixture.server.url}/console/`,
    );
    expect(await me(browser)).toBe('UNAUTHORIZED');
  });

  it('refuses a subject with no account (no self-registration) with a clear page and an audit row', async () => {
    const before = await queryRows<{ n: number }>(
      fixture.server.handle.db,
      sql`select count(*)::int as n from users`,
    );
    const done = await browserless().login(fixture.server.url, 'staff', 'entra-oid-stranger');
    expect(done.response.status).toBe(403);
    expect(done.text).toContain('Vi kender ikke din konto i trappen');
    expect(done.text).toContain('We do not know your account in trappen');
    expect(await lastLoginAudit()).toMatchObject({
      user_id: null,
      outcome: 'forbidden',
      criteria: { audience: 'staff', reason: 'unknownAccount' },
    });
    const after = await queryRows<{ n: number }>(
      fixture.server.handle.db,
      sql`select count(*)::int as n from users`,
    );
    expect(after).toEqual(before);
  });

  it('refuses a deactivated account', async () => {
    const done = await browserless().login(fixture.server.url, 'staff', 'entra-oid-leaver');
    expect(done.response.status).toBe(403);
    expect(done.text).toContain('Din konto er deaktiveret');
    expect((await lastLoginAudit())?.criteria).toMatchObject({ reason: 'disabled' });
  });

  it('refuses a callback whose state was not started in this browser', async () => {
    const browser = browserless();
    await browser.follow(`${fixture.server.url}/auth/oidc/staff/start`);
    const forged = await browserless().follow(
      `${fixture.server.url}/auth/oidc/staff/callback?code=x&state=forged`,
    );
    expect(forged.response.status).toBe(400);
    expect(forged.text).toContain('Login-forsøget er udløbet');
    expect((await lastLoginAudit())?.criteria).toMatchObject({ reason: 'state' });
  });
});

describe('group claim → role mapping (off by default)', () => {
  it('leaves the role alone while off, and replaces it with the mapped role when on, audited', async () => {
    const off = browserless();
    await off.login(fixture.server.url, 'staff', 'entra-oid-council');
    expect(await me(off)).toMatchObject({ role: 'councilMember' });
    const saved = fixture.config.staff as OidcProviderConfig;
    fixture.config.staff = {
      ...saved,
      scopes: [...saved.scopes, 'groups'],
      groupsClaim: 'groups',
      groupRoles: { 'g-leaders': 'teamLeader' },
    };
    try {
      const on = browserless();
      await on.login(fixture.server.url, 'staff', 'entra-oid-council');
      expect(await me(on)).toMatchObject({ role: 'teamLeader' });
      const [audit] = await queryRows<{ criteria: Record<string, unknown> }>(
        fixture.server.handle.db,
        sql`select criteria from audit_log where entity = 'staff' and action = 'update' order by id desc limit 1`,
      );
      expect(audit?.criteria).toEqual({
        role: { from: 'councilMember', to: 'teamLeader' },
        by: 'groupClaim',
      });
    } finally {
      fixture.config.staff = saved;
    }
  });
});

describe('OpenID Connect login for parents (provider configured like a MitID broker)', () => {
  it('logs a custody holder in by the keyed hash of their CPR number and shows their child', async () => {
    const browser = browserless();
    const done = await browser.login(fixture.server.url, 'parent', 'mitid-mor');
    expect(new URL(done.url).pathname).toBe('/portal/');
    expect(await me(browser)).toMatchObject({ email: 'foraelder@eksempelby.dk', role: 'parent' });
    const children = await browser.send(`${fixture.server.url}/trpc/plans.myChildren`);
    const body = (await children.json()) as { result: { data: unknown[] } };
    expect(body.result.data.length).toBeGreaterThan(0);
  });

  it('refuses an assurance level below substantial', async () => {
    const done = await browserless().login(fixture.server.url, 'parent', 'mitid-mor-low');
    expect(done.response.status).toBe(403);
    expect(done.text).toContain('sikringsniveau');
    expect((await lastLoginAudit())?.criteria).toMatchObject({ audience: 'parent', reason: 'acr' });
  });

  it('refuses a CPR number with no custody or granted access, and no CPR number reaches the audit log', async () => {
    const done = await browserless().login(fixture.server.url, 'parent', 'mitid-uden');
    expect(done.response.status).toBe(403);
    expect(done.text).toContain('Vi kan ikke se, at du har adgang til et barns plan');
    expect((await lastLoginAudit())?.criteria).toMatchObject({ reason: 'noCustody' });
    const leaks = await queryRows<{ n: number }>(
      fixture.server.handle.db,
      sql`select count(*)::int as n from audit_log
          where criteria::text like ${`%${CPR}%`} or criteria::text like ${`%${NO_CUSTODY_CPR}%`}`,
    );
    expect(leaks).toEqual([{ n: 0 }]);
  });
});

describe('ID token validation (hand-signed tokens through the real code exchange)', () => {
  let saved: OidcProviderConfig | null = null;
  beforeAll(() => {
    saved = fixture.config.staff;
    fixture.config.staff = { ...(saved as OidcProviderConfig), issuer: hand.issuer };
  });
  afterAll(() => {
    fixture.config.staff = saved;
  });

  it.each([
    ['audience', (c: Record<string, unknown>) => ({ ...c, aud: 'another-client' })],
    ['expired', (c: Record<string, unknown>) => ({ ...c, iat: 1_600_000_000, exp: 1_600_000_300 })],
    ['nonce', (c: Record<string, unknown>) => ({ ...c, nonce: 'not-the-nonce-we-sent' })],
  ])('refuses a token with the wrong %s', async (detail, claimsFor) => {
    hand.setClaims((c) => claimsFor({ ...c, email: 'teamleder@eksempelby.dk' }));
    const browser = browserless();
    const done = await browser.follow(`${fixture.server.url}/auth/oidc/staff/start`);
    expect(done.response.status).toBe(400);
    expect(done.text).toContain('Svaret fra login-udbyderen kunne ikke godkendes');
    expect(await lastLoginAudit()).toMatchObject({
      outcome: 'forbidden',
      criteria: { reason: 'token', detail },
    });
    expect(await me(browser)).toBe('UNAUTHORIZED');
  });

  it('accepts the same hand-signed token when nothing is wrong (the refusals are the checks, not the setup)', async () => {
    hand.setClaims((c) => ({ ...c, sub: 'hand-leader', email: 'administrator@eksempelby.dk' }));
    const browser = browserless();
    const done = await browser.follow(`${fixture.server.url}/auth/oidc/staff/start`);
    expect(new URL(done.url).pathname).toBe('/console/');
    expect(await me(browser)).toMatchObject({ email: 'administrator@eksempelby.dk' });
  });
});
