import { useMutation, useQueryClient } from '@tanstack/react-query';
import { FormField, useLanguage, useT } from '@trappen/ui';
import { type FormEvent, type ReactNode, useEffect, useRef, useState } from 'react';
import { errorMessage } from '../api/errors';
import { useTRPC } from '../api/trpc';
import { common } from '../i18n/common';
import { forgetSessionData } from './session-cache';

/** The login form; on success the `auth.me` query holds the new user. */
export function LoginPage(): ReactNode {
  const t = useT(common);
  const { lang } = useLanguage();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const heading = useRef<HTMLHeadingElement>(null);
  const login = useMutation(
    trpc.auth.login.mutationOptions({
      onSuccess: ({ user }) => {
        forgetSessionData(queryClient);
        queryClient.setQueryData(trpc.auth.me.queryKey(), user);
      },
    }),
  );
  useEffect(() => {
    document.title = t('login.title');
  }, [t]);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    login.mutate({ email, password });
  };
  return (
    <section className="c-login">
      <h1 ref={heading}>{t('login.title')}</h1>
      <p>{t('login.intro')}</p>
      <form onSubmit={submit} noValidate>
        {login.isError ? (
          <p className="c-alert c-alert--error" role="alert">
            {errorMessage(login.error, lang)}
          </p>
        ) : null}
        <FormField label={t('login.email')} required>
          {(control) => (
            <input
              {...control}
              type="email"
              autoComplete="username"
              value={email}
              onChange={(e) => setEmail(e.target.value)}
            />
          )}
        </FormField>
        <FormField label={t('login.password')} required>
          {(control) => (
            <input
              {...control}
              type="password"
              autoComplete="current-password"
              value={password}
              onChange={(e) => setPassword(e.target.value)}
            />
          )}
        </FormField>
        <button type="submit" className="tr-button tr-button--primary" disabled={login.isPending}>
          {login.isPending ? t('login.busy') : t('login.submit')}
        </button>
      </form>
    </section>
  );
}
