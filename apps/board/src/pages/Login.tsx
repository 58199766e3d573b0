import { useMutation } from '@tanstack/react-query';
import { LoginForm, useT } from '@trappen/ui';
import type { ReactNode } from 'react';
import { trpcClient } from '../api/client';
import { messages } from '../messages';

/** The board's login: the shared {@link LoginForm}, the municipality's provider first when configured. */
export function Login({ onSignedIn }: { onSignedIn: () => void }): ReactNode {
  const t = useT(messages);
  const login = useMutation({
    mutationFn: (input: { email: string; password: string }) => trpcClient.auth.login.mutate(input),
    onSuccess: onSignedIn,
  });
  return (
    <section className="board-login">
      <h1>{t('login')}</h1>
      <p>{t('loginIntro')}</p>
      <LoginForm
        audience="staff"
        returnTo="/board/"
        onPasswordLogin={(credentials) => login.mutate(credentials)}
        pending={login.isPending}
        error={login.error ? { title: t('loginFailed'), message: t('loginFailed') } : null}
      />
    </section>
  );
}
