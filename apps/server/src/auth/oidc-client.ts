import * as client from 'openid-client';
import type { OidcProviderConfig } from './oidc-config';

/**
 * A relying party at one provider, built on openid-client: the provider's metadata is
 * discovered once (and again after a failure), and every protocol check — state, PKCE,
 * nonce, issuer, audience, signature, expiry — is openid-client's.
 */
export interface RelyingParty {
  /** The URL to send the browser to, with PKCE (S256), state, nonce and the wanted `acr`. */
  authorizationUrl(params: {
    redirectUri: string;
    state: string;
    nonce: string;
    codeVerifier: string;
  }): Promise<URL>;
  /** Exchanges the code in `callbackUrl` and validates the ID token; its claims. */
  exchange(
    callbackUrl: URL,
    checks: { state: string; nonce: string; codeVerifier: string },
  ): Promise<Record<string, unknown>>;
  /** The provider's logout URL (RP-initiated logout), or `null` when it has none. */
  endSessionUrl(postLogoutRedirectUri: string): Promise<URL | null>;
}

/** A {@link RelyingParty} for a configured provider. */
export function relyingParty(provider: OidcProviderConfig): RelyingParty {
  let discovered: Promise<client.Configuration> | null = null;
  const configuration = () => {
    discovered ??= client
      .discovery(
        new URL(provider.issuer),
        provider.clientId,
        provider.clientSecret,
        undefined,
        provider.allowHttp ? { execute: [client.allowInsecureRequests] } : undefined,
      )
      .catch((error: unknown) => {
        discovered = null;
        throw error;
      });
    return discovered;
  };
  return {
    async authorizationUrl({ redirectUri, state, nonce, codeVerifier }) {
      const config = await configuration();
      const params: Record<string, string> = {
        redirect_uri: redirectUri,
        scope: provider.scopes.join(' '),
        response_type: 'code',
        code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
        code_challenge_method: 'S256',
        state,
        nonce,
      };
      if (provider.acrValues[0]) params.acr_values = provider.acrValues.join(' ');
      return client.buildAuthorizationUrl(config, params);
    },
    async exchange(callbackUrl, checks) {
      const config = await configuration();
      const tokens = await client.authorizationCodeGrant(config, callbackUrl, {
        pkceCodeVerifier: checks.codeVerifier,
        expectedState: checks.state,
        expectedNonce: checks.nonce,
        idTokenExpected: true,
      });
      return (tokens.claims() ?? {}) as Record<string, unknown>;
    },
    async endSessionUrl(postLogoutRedirectUri) {
      const config = await configuration();
      if (!config.serverMetadata().end_session_endpoint) return null;
      return client.buildEndSessionUrl(config, {
        client_id: provider.clientId,
        post_logout_redirect_uri: postLogoutRedirectUri,
      });
    },
  };
}

/** Fresh random values for a login attempt. */
export const newAttemptSecrets = () => ({
  state: client.randomState(),
  nonce: client.randomNonce(),
  codeVerifier: client.randomPKCECodeVerifier(),
});
