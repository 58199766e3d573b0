import type { Messages } from '@trappen/api';
import type { OidcAudience } from './oidc-config';

/** Why a login through a provider was refused. */
export type OidcRefusal =
  | 'notConfigured'
  | 'unavailable'
  | 'state'
  | 'providerError'
  | 'token'
  | 'acr'
  | 'unknownAccount'
  | 'disabled'
  | 'boundElsewhere'
  | 'noCustody';

/** What the person reads, in Danish and English, per refusal. */
export const REFUSAL_MESSAGES: Record<OidcRefusal, Messages> = {
  notConfigured: {
    da: 'Login via udbyder er ikke sat op her.',
    en: 'Login through a provider is not configured here.',
  },
  unavailable: {
    da: 'Login-udbyderen svarer ikke lige nu. Prøv igen om lidt.',
    en: 'The login provider is not answering right now. Please try again shortly.',
  },
  state: {
    da: 'Login-forsøget er udløbet eller blev startet i en anden browser. Start forfra.',
    en: 'The login attempt has expired or was started in another browser. Please start again.',
  },
  providerError: {
    da: 'Login blev afbrudt hos login-udbyderen.',
    en: 'The login was cancelled at the login provider.',
  },
  token: {
    da: 'Svaret fra login-udbyderen kunne ikke godkendes, så du er ikke logget ind.',
    en: 'The answer from the login provider could not be accepted, so you are not logged in.',
  },
  acr: {
    da: 'Dit login har ikke et højt nok sikringsniveau. Log ind med MitID på betydeligt niveau eller højere.',
    en: 'Your login does not have a high enough assurance level. Log in with MitID at substantial level or higher.',
  },
  unknownAccount: {
    da: 'Vi kender ikke din konto i trappen. Bed din administrator om at oprette dig.',
    en: 'We do not know your account in trappen. Ask your administrator to create it.',
  },
  disabled: {
    da: 'Din konto er deaktiveret. Kontakt din administrator.',
    en: 'Your account is deactivated. Contact your administrator.',
  },
  boundElsewhere: {
    da: 'Kontoen med din e-mail er knyttet til en anden identitet. Kontakt din administrator.',
    en: 'The account with your e-mail is tied to another identity. Contact your administrator.',
  },
  noCustody: {
    da: 'Vi kan ikke se, at du har adgang til et barns plan her. Kontakt barnets sagsbehandler.',
    en: 'We cannot see that you have access to a child’s plan here. Contact the child’s caseworker.',
  },
};

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The page a refused login shows: what happened, in Danish and English, and a way on. */
export function refusalPage(
  reason: OidcRefusal,
  audience: OidcAudience,
  requestId: string,
): string {
  const m = REFUSAL_MESSAGES[reason];
  const app = audience === 'parent' ? '/portal/' : '/console/';
  return `<!doctype html>
<html lang="da">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,"><title>Login afvist · Login refused</title>
<style>body{font-family:system-ui,sans-serif;max-width:36rem;margin:2rem auto;padding:0 1rem;line-height:1.5;color:#1a1a1a}
a{color:#0b4f8a}small{color:#555}</style></head>
<body><main>
<h1>Du er ikke logget ind</h1>
<p id="refusal-da">${escapeHtml(m.da)}</p>
<p lang="en" id="refusal-en"><strong>Not logged in.</strong> ${escapeHtml(m.en)}</p>
<p><a href="${app}">Tilbage til login</a> · <a href="${app}" lang="en">Back to login</a></p>
<p><small>Fejl-id / Error id: <code>${escapeHtml(requestId)}</code> (${escapeHtml(reason)})</small></p>
</main></body></html>`;
}
