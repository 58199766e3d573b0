import { useMutation, useQueryClient } from '@tanstack/react-query';
import { LoginForm, useLanguage, useT } from '@trappen/ui';
import { type ReactNode, useEffect, useRef } from 'react';
import { errorMessage } from '../api/errors';
import { useTRPC } from '../api/trpc';
import { common } from '../i18n/common';
import { forgetSessionData } from './session-cache';

/** The login page (the shared {@link LoginForm}); on success the `auth.me` query holds the new user. */
export function LoginPage(): ReactNode {
  const t = useT(common);
  const { lang } = useLanguage();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
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
  return (
    <section className="c-login">
      <h1 ref={heading}>{t('login.title')}</h1>
      <p>{t('login.intro')}</p>
      <LoginForm
        audience="staff"
        returnTo="/console/"
        onPasswordLogin={(credentials) => login.mutate(credentials)}
        pending={login.isPending}
        error={login.isError ? { message: errorMessage(login.error, lang) } : null}
      />
    </section>
  );
}
