import { randomUUID } from 'node:crypto';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';

/** The ID token claims a hand-signed issuer sends, given what the login request asked for. */
export type ClaimsFor = (standard: Record<string, unknown>) => Record<string, unknown>;

/** A running minimal issuer. */
export interface HandSignedIssuer {
  issuer: string;
  /** Sets how the next ID tokens are made (e.g. another `aud`, an `exp` in the past). */
  setClaims(claimsFor: ClaimsFor): void;
  close(): Promise<void>;
}

/**
 * A minimal OpenID Provider whose ID tokens are signed with jose from claims the test
 * chooses: the way to hand the relying party a token with the wrong audience, an
 * expired one or one with another nonce, correctly signed, through the real code
 * exchange. Its authorization endpoint logs in at once (no login page).
 */
export async function startHandSignedIssuer(clientId: string): Promise<HandSignedIssuer> {
  const { privateKey, publicKey } = await generateKeyPair('RS256');
  const jwk = { ...(await exportJWK(publicKey)), kid: 'k1', alg: 'RS256', use: 'sig' };
  const codes = new Map<string, { nonce: string }>();
  let claimsFor: ClaimsFor = (standard) => standard;
  const app = express();
  let issuer = '';
  app.get('/.well-known/openid-configuration', (_req, res) => {
    res.json({
      issuer,
      authorization_endpoint: `${issuer}/authorize`,
      token_endpoint: `${issuer}/token`,
      jwks_uri: `${issuer}/jwks`,
      response_types_supported: ['code'],
      subject_types_supported: ['public'],
      id_token_signing_alg_values_supported: ['RS256'],
      code_challenge_methods_supported: ['S256'],
      token_endpoint_auth_methods_supported: ['client_secret_basic', 'client_secret_post'],
    });
  });
  app.get('/jwks', (_req, res) => {
    res.json({ keys: [jwk] });
  });
  app.get('/authorize', (req, res) => {
    const code = randomUUID();
    codes.set(code, { nonce: String(req.query.nonce) });
    const target = new URL(String(req.query.redirect_uri));
    target.searchParams.set('code', code);
    target.searchParams.set('state', String(req.query.state));
    res.redirect(303, target.href);
  });
  app.post('/token', express.urlencoded({ extended: false }), async (req, res) => {
    const grant = codes.get(String(req.body.code));
    codes.delete(String(req.body.code));
    if (!grant) {
      res.status(400).json({ error: 'invalid_grant' });
      return;
    }
    const now = Math.floor(Date.now() / 1000);
    const claims = claimsFor({
      iss: issuer,
      aud: clientId,
      sub: 'hand-signed-subject',
      iat: now,
      exp: now + 300,
      nonce: grant.nonce,
    });
    const idToken = await new SignJWT(claims)
      .setProtectedHeader({ alg: 'RS256', kid: 'k1' })
      .sign(privateKey);
    res.json({
      access_token: randomUUID(),
      token_type: 'Bearer',
      expires_in: 300,
      id_token: idToken,
    });
  });
  const server: Server = app.listen(0, '127.0.0.1');
  await new Promise<void>((resolve) => server.once('listening', resolve));
  issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    issuer,
    setClaims: (next) => {
      claimsFor = next;
    },
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
