import { type FormEvent, type ReactNode, useEffect, useRef, useState } from 'react';
import { ErrorState } from './ErrorState';
import { FormField } from './FormField';
import { defineMessages } from './i18n/dictionary';
import { useT } from './i18n/LanguageProvider';

const messages = defineMessages(
  {
    staffProvider: 'Log ind med kommunens login',
    parentProvider: 'Log ind med MitID',
    or: 'Eller log ind med e-mail og adgangskode',
    email: 'E-mail',
    password: 'Adgangskode',
    submit: 'Log ind',
    busy: 'Logger ind …',
    emailMissing: 'Skriv din e-mail.',
    passwordMissing: 'Skriv din adgangskode.',
  },
  {
    staffProvider: 'Log in with the municipality’s login',
    parentProvider: 'Log in with MitID',
    or: 'Or log in with e-mail and password',
    email: 'E-mail',
    password: 'Password',
    submit: 'Log in',
    busy: 'Logging in …',
    emailMissing: 'Write your e-mail.',
    passwordMissing: 'Write your password.',
  },
);

/** Which OpenID Connect logins the server offers (its `/auth/oidc/providers`). */
export interface OidcProviders {
  staff: boolean;
  parent: boolean;
}

/**
 * The server's OpenID Connect logins, or `null` while unknown (also when the server
 * cannot say: the password form is then the only way, as without a provider).
 */
export function useOidcProviders(enabled = true): OidcProviders | null {
  const [providers, setProviders] = useState<OidcProviders | null>(null);
  useEffect(() => {
    if (!enabled) return;
    let live = true;
    fetch('/auth/oidc/providers', { headers: { accept: 'application/json' } })
      .then((r) => (r.ok ? (r.json() as Promise<OidcProviders>) : { staff: false, parent: false }))
      .catch(() => ({ staff: false, parent: false }))
      .then((p) => {
        if (live) setProviders(p);
      });
    return () => {
      live = false;
    };
  }, [enabled]);
  return providers;
}

/** Props of {@link LoginForm}. */
export interface LoginFormProps {
  /** Who logs in: staff through the municipality's provider, parents through MitID. */
  audience: 'staff' | 'parent';
  /** The path to come back to after a provider login, e.g. `/console/`. */
  returnTo: string;
  /** Called with the credentials of a filled-in password form. */
  onPasswordLogin: (credentials: { email: string; password: string }) => void;
  /** While the password login is under way. */
  pending: boolean;
  /** The refusal to show, already in the UI language. */
  error?: { title?: string; message: string; correlationId?: string | null } | null;
  /** The providers, when the caller knows them; otherwise asked from the server. */
  providers?: OidcProviders | null;
}

/**
 * The one login form of the console, portal and board: the provider's button first
 * when the server has OpenID Connect configured for the audience, then the local
 * password form (the embedded demo, and municipalities that keep passwords on).
 * Empty fields are reported on the field, and focus moves to the first of them.
 */
export function LoginForm(props: LoginFormProps): ReactNode {
  const t = useT(messages);
  const fetched = useOidcProviders(props.providers === undefined);
  const providers = props.providers === undefined ? fetched : props.providers;
  const provider = providers?.[props.audience] ?? false;
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<{ email?: string; password?: string }>({});
  const emailRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const next = {
      ...(email.trim() ? {} : { email: t('emailMissing') }),
      ...(password ? {} : { password: t('passwordMissing') }),
    };
    setErrors(next);
    if (next.email) return emailRef.current?.focus();
    if (next.password) return passwordRef.current?.focus();
    props.onPasswordLogin({ email, password });
  };
  const start = `/auth/oidc/${props.audience}/start?returnTo=${encodeURIComponent(props.returnTo)}`;
  return (
    <div className="tr-login">
      {props.error ? (
        <ErrorState
          {...(props.error.title ? { title: props.error.title } : {})}
          message={props.error.message}
          correlationId={props.error.correlationId ?? null}
        />
      ) : null}
      {provider ? (
        <>
          <p>
            <a className="tr-button tr-button--primary tr-login__provider" href={start}>
              {t(props.audience === 'parent' ? 'parentProvider' : 'staffProvider')}
            </a>
          </p>
          <h2 className="tr-login__or">{t('or')}</h2>
        </>
      ) : null}
      <form onSubmit={submit} noValidate>
        <FormField label={t('email')} error={errors.email} required>
          {(control) => (
            <input
              {...control}
              ref={emailRef}
              type="email"
              name="email"
              autoComplete="username"
              inputMode="email"
              value={email}
              onChange={(event) => setEmail(event.target.value)}
            />
          )}
        </FormField>
        <FormField label={t('password')} error={errors.password} required>
          {(control) => (
            <input
              {...control}
              ref={passwordRef}
              type="password"
              name="password"
              autoComplete="current-password"
              value={password}
              onChange={(event) => setPassword(event.target.value)}
            />
          )}
        </FormField>
        <button
          type="submit"
          className={provider ? 'tr-button' : 'tr-button tr-button--primary'}
          disabled={props.pending}
        >
          {props.pending ? t('busy') : t('submit')}
        </button>
      </form>
    </div>
  );
}

/**
 * Logs out at the server's OpenID Connect route, which ends the local session and
 * answers the provider's logout URL for a provider login (RP-initiated logout); the
 * browser then goes there. Without OIDC on the server, `localLogout` (the API's
 * `auth.logout`) ends the session instead.
 */
export async function logout(localLogout: () => Promise<unknown>): Promise<void> {
  const response = await fetch('/auth/oidc/logout', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: '{}',
    credentials: 'same-origin',
  }).catch(() => null);
  if (!response?.ok) {
    await localLogout();
    return;
  }
  const { redirect } = (await response.json()) as { redirect: string | null };
  if (redirect) window.location.assign(redirect);
}
