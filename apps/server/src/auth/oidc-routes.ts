import {
  type AuditEntry,
  destroySession,
  establishSession,
  hashToken,
  matchParent,
  matchStaff,
  type OidcMatch,
  resolveSession,
  type SessionPolicy,
  saveOidcAttempt,
  takeOidcAttempt,
  writeAudit,
} from '@trappen/api';
import { type Database, eq, sessions } from '@trappen/db';
import express, { type Router } from 'express';
import { readCookie, sessionCookie } from '../cookies';
import { newAttemptSecrets, type RelyingParty, relyingParty } from './oidc-client';
import {
  type OidcAudience,
  type OidcConfig,
  type OidcProviderConfig,
  redirectUriOf,
  roleForGroups,
} from './oidc-config';
import { type OidcRefusal, refusalPage } from './oidc-refusal';
import { tokenFailure } from './token-failure';

/** What the OpenID Connect routes need from the server. */
export interface OidcRouteOptions {
  db: Database;
  config: OidcConfig;
  sessionCookieName: string;
  secure: boolean;
  sessionPolicy: SessionPolicy;
}

const AUDIENCES: readonly OidcAudience[] = ['staff', 'parent'];
const HOME: Record<OidcAudience, string> = { staff: '/console/', parent: '/portal/' };

/** A path on this server to return to, or the audience's app (never another origin). */
function safeReturnTo(value: unknown, audience: OidcAudience): string {
  if (typeof value !== 'string' || !value.startsWith('/') || value.startsWith('//'))
    return HOME[audience];
  if (/[\\\r\n]/.test(value) || value.length > 500) return HOME[audience];
  return value;
}

/**
 * `/auth/oidc/providers` (which logins exist, for the login pages),
 * `/auth/oidc/:audience/start` and `/callback` (authorization code flow with PKCE, state
 * and nonce through openid-client; the account match; a session like a password login),
 * and `POST /auth/oidc/logout` (ends the local session and gives the provider's logout
 * URL). Every refusal answers a page in Danish and English and writes an audit row.
 */
export function oidcRoutes(options: OidcRouteOptions): Router {
  const { db, config, secure } = options;
  const stateCookie = secure ? '__Secure-trappen_oidc' : 'trappen_oidc';
  // Built on first use per provider config, so a config completed after start-up is honoured.
  const relyingParties = new WeakMap<OidcProviderConfig, RelyingParty>();
  const partyOf = (audience: string) => {
    const provider = AUDIENCES.includes(audience as OidcAudience)
      ? config[audience as OidcAudience]
      : null;
    if (!provider) return null;
    let rp = relyingParties.get(provider);
    if (!rp) {
      rp = relyingParty(provider);
      relyingParties.set(provider, rp);
    }
    return { provider, rp };
  };
  const router = express.Router();
  const audit = (requestId: string, entry: AuditEntry) => writeAudit(db, null, requestId, entry);

  const refuse = async (
    res: express.Response,
    audience: OidcAudience,
    reason: OidcRefusal,
    detail?: string,
  ) => {
    const requestId = res.locals.requestId as string;
    await audit(requestId, {
      action: 'login',
      entity: 'session',
      outcome: 'forbidden',
      criteria: { method: 'oidc', audience, reason, ...(detail ? { detail } : {}) },
    });
    const status =
      reason === 'unavailable' ? 503 : reason === 'state' || reason === 'token' ? 400 : 403;
    res.status(status).type('html').setHeader('Cache-Control', 'no-store');
    res.send(refusalPage(reason, audience, requestId));
  };

  router.get('/providers', (_req, res) => {
    res.setHeader('Cache-Control', 'no-store');
    res.json({ staff: config.staff !== null, parent: config.parent !== null });
  });

  router.get('/:audience/start', async (req, res, next) => {
    const audience = req.params.audience as OidcAudience;
    const party = partyOf(audience);
    if (!party) return next();
    const secrets = newAttemptSecrets();
    let url: URL;
    try {
      url = await party.rp.authorizationUrl({
        redirectUri: redirectUriOf(config, audience),
        ...secrets,
      });
    } catch {
      return refuse(res, audience, 'unavailable');
    }
    await saveOidcAttempt(db, secrets.state, {
      audience,
      nonce: secrets.nonce,
      codeVerifier: secrets.codeVerifier,
      returnTo: safeReturnTo(req.query.returnTo, audience),
    });
    const cookie = [
      `${stateCookie}=${secrets.state}`,
      'Path=/auth/oidc/',
      'HttpOnly',
      'SameSite=Lax',
      'Max-Age=600',
    ];
    if (secure) cookie.push('Secure');
    res.setHeader('Set-Cookie', cookie.join('; '));
    res.setHeader('Cache-Control', 'no-store');
    res.redirect(303, url.href);
  });

  router.get('/:audience/callback', async (req, res, next) => {
    const audience = req.params.audience as OidcAudience;
    const party = partyOf(audience);
    if (!party) return next();
    const clear = [`${stateCookie}=`, 'Path=/auth/oidc/', 'HttpOnly', 'SameSite=Lax', 'Max-Age=0'];
    if (secure) clear.push('Secure');
    res.append('Set-Cookie', clear.join('; '));
    const state = typeof req.query.state === 'string' ? req.query.state : '';
    const cookieState = readCookie(req.headers.cookie, stateCookie);
    // The state must come back to the browser that started the login (login CSRF).
    const attempt =
      state && cookieState === state ? await takeOidcAttempt(db, state, audience) : null;
    if (!attempt) return refuse(res, audience, 'state');
    if (typeof req.query.error === 'string')
      return refuse(res, audience, 'providerError', req.query.error.slice(0, 64));
    let claims: Record<string, unknown>;
    try {
      const callbackUrl = new URL(req.originalUrl, config.publicUrl);
      claims = await party.rp.exchange(callbackUrl, { state, ...attempt });
    } catch (error) {
      return refuse(res, audience, 'token', tokenFailure(error));
    }
    const { provider } = party;
    if (provider.acrValues.length > 0 && !provider.acrValues.includes(String(claims.acr)))
      return refuse(res, audience, 'acr');
    const match = await db.transaction((tx) =>
      matchIdentity(tx, audience, provider, config.cprKey, claims),
    );
    if (!match.ok) return refuse(res, audience, match.reason);
    const old = readCookie(req.headers.cookie, options.sessionCookieName);
    if (old) await destroySession(db, hashToken(old));
    const session = await establishSession(db, match.userId, 'oidc', options.sessionPolicy);
    const resolved = await resolveSession(db, session.token, options.sessionPolicy);
    if (!resolved) return refuse(res, audience, 'disabled');
    const requestId = res.locals.requestId as string;
    if (match.roleChanged)
      await writeAudit(db, resolved.user, requestId, {
        action: 'update',
        entity: 'staff',
        entityId: match.userId,
        criteria: { role: match.roleChanged, by: 'groupClaim' },
      });
    await writeAudit(db, resolved.user, requestId, {
      action: 'login',
      entity: 'session',
      entityId: match.userId,
      criteria: { method: 'oidc', audience },
    });
    res.append(
      'Set-Cookie',
      sessionCookie(options.sessionCookieName, session.token, session.expiresAt, secure),
    );
    res.setHeader('Cache-Control', 'no-store');
    res.redirect(303, attempt.returnTo);
  });

  router.post('/logout', express.json({ limit: '1kb' }), async (req, res) => {
    const token = readCookie(req.headers.cookie, options.sessionCookieName);
    let redirect: string | null = null;
    if (token) {
      const tokenHash = hashToken(token);
      const [row] = await db
        .select({ method: sessions.method })
        .from(sessions)
        .where(eq(sessions.tokenHash, tokenHash));
      const resolved = await resolveSession(db, token, options.sessionPolicy);
      await destroySession(db, tokenHash);
      if (resolved) {
        await writeAudit(db, resolved.user, res.locals.requestId as string, {
          action: 'logout',
          entity: 'session',
          entityId: resolved.user.id,
          criteria: { method: row?.method ?? null },
        });
        const audience: OidcAudience = resolved.user.role === 'parent' ? 'parent' : 'staff';
        const party = partyOf(audience);
        if (row?.method === 'oidc' && party) {
          redirect =
            (await party.rp.endSessionUrl(`${config.publicUrl}${HOME[audience]}`).catch(() => null))
              ?.href ?? null;
        }
      }
    }
    res.append('Set-Cookie', sessionCookie(options.sessionCookieName, '', null, secure));
    res.setHeader('Cache-Control', 'no-store');
    res.json({ redirect });
  });

  return router;
}

/** The account the provider's claims point to (staff by subject or e-mail, parents by CPR). */
function matchIdentity(
  db: Database,
  audience: OidcAudience,
  provider: OidcProviderConfig,
  cprKey: string | null,
  claims: Record<string, unknown>,
): Promise<OidcMatch> {
  if (audience === 'parent') {
    const cpr = claims[provider.cprClaim];
    if (typeof cpr !== 'string' || !cprKey)
      return Promise.resolve({ ok: false, reason: 'noCustody' });
    return matchParent(db, cprKey, cpr);
  }
  const email = provider.emailClaim ? claims[provider.emailClaim] : null;
  const groupMapping = provider.groupsClaim && Object.keys(provider.groupRoles).length > 0;
  return matchStaff(db, {
    subject: `${provider.issuer}#${String(claims.sub)}`,
    email: typeof email === 'string' ? email : null,
    mappedRole:
      groupMapping && provider.groupsClaim
        ? roleForGroups(provider, claims[provider.groupsClaim])
        : null,
  });
}
