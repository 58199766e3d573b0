import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider, { type Configuration } from 'oidc-provider';

/** A person the test provider knows: their subject, the claims it releases and the `acr` of their login. */
export interface TestAccount {
  sub: string;
  acr: string;
  claims: Record<string, unknown>;
}

/** How the provider is set up: like Entra ID for staff, or like a MitID broker for parents. */
export interface TestProviderOptions {
  clientId: string;
  clientSecret: string;
  redirectUris: string[];
  postLogoutRedirectUris: string[];
  /** Scope → claim names it releases (e.g. `{ mitid: ['cpr'] }`). */
  scopes: Record<string, string[]>;
  acrValues: string[];
  accounts: TestAccount[];
}

/** A running OpenID Provider (oidc-provider) on a loopback port. */
export interface TestProvider {
  issuer: string;
  provider: Provider;
  close(): Promise<void>;
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

async function formBody(req: IncomingMessage): Promise<URLSearchParams> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
}

/**
 * Starts oidc-provider, a certified OpenID Provider, in-process, with its own login
 * page: the person types a user id (any of `accounts`) and the provider logs them in
 * at that account's `acr` and grants the requested scopes. Test support only.
 */
export async function startTestProvider(options: TestProviderOptions): Promise<TestProvider> {
  let provider: Provider | null = null;
  const accounts = new Map(options.accounts.map((a) => [a.sub, a]));
  const interaction = async (req: IncomingMessage, res: ServerResponse) => {
    if (!provider) throw new Error('provider not ready');
    const details = await provider.interactionDetails(req, res);
    if (req.method === 'GET') {
      res.setHeader('Content-Type', 'text/html; charset=utf-8');
      res.end(`<!doctype html><html lang="da"><head><meta charset="utf-8"><title>Test-IdP login</title>
<link rel="icon" href="data:,"></head><body><main><h1>Test-IdP</h1>
<form method="post" action="/interaction/${escapeHtml(details.uid)}">
<label for="login">Bruger-id</label><input id="login" name="login" autocomplete="off">
<button type="submit">Log ind hos udbyder</button></form></main></body></html>`);
      return;
    }
    const login = (await formBody(req)).get('login') ?? '';
    const account = accounts.get(login);
    if (!account) {
      await provider.interactionFinished(req, res, {
        error: 'access_denied',
        error_description: 'unknown user',
      });
      return;
    }
    const grant = new provider.Grant({ accountId: account.sub, clientId: options.clientId });
    grant.addOIDCScope(String(details.params.scope ?? 'openid'));
    const grantId = await grant.save();
    await provider.interactionFinished(
      req,
      res,
      { login: { accountId: account.sub, acr: account.acr }, consent: { grantId } },
      { mergeWithLastSubmission: false },
    );
  };
  const server: Server = createServer((req, res) => {
    if (req.url?.startsWith('/interaction/')) {
      interaction(req, res).catch((error: unknown) => {
        res.statusCode = 500;
        res.end(String(error));
      });
      return;
    }
    if (!provider) throw new Error('provider not ready');
    void provider.callback()(req, res);
  });
  server.listen(0, '127.0.0.1');
  await new Promise<void>((resolve) => server.once('listening', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const configuration: Configuration = {
    clients: [
      {
        client_id: options.clientId,
        client_secret: options.clientSecret,
        redirect_uris: options.redirectUris,
        post_logout_redirect_uris: options.postLogoutRedirectUris,
        grant_types: ['authorization_code'],
        response_types: ['code'],
      },
    ],
    claims: { openid: ['sub'], ...options.scopes },
    scopes: ['openid', ...Object.keys(options.scopes)],
    acrValues: options.acrValues,
    // Claims in the ID token itself, as Entra ID and MitID brokers send them.
    conformIdTokenClaims: false,
    pkce: { required: () => true },
    features: { devInteractions: { enabled: false }, rpInitiatedLogout: { enabled: true } },
    interactions: { url: (_ctx, i) => `/interaction/${i.uid}` },
    cookies: { keys: ['trappen-test-provider-cookie-key'] },
    findAccount: (_ctx, id) => {
      const account = accounts.get(id);
      if (!account) return undefined;
      return { accountId: id, claims: () => ({ sub: id, ...account.claims }) };
    },
  };
  provider = new Provider(issuer, configuration);
  return {
    issuer,
    provider,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
