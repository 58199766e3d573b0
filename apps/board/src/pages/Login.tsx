import { useMutation } from '@tanstack/react-query';
import { ErrorState, FormField, useT } from '@trappen/ui';
import { type FormEvent, type ReactNode, useState } from 'react';
import { trpcClient } from '../api/client';
import { messages } from '../messages';

/** E-mail and password login through the API's session auth. */
export function Login({ onSignedIn }: { onSignedIn: () => void }): ReactNode {
  const t = useT(messages);
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const login = useMutation({
    mutationFn: () => trpcClient.auth.login.mutate({ email, password }),
    onSuccess: onSignedIn,
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    login.mutate();
  };
  return (
    <form className="board-login" onSubmit={submit}>
      <h1>{t('login')}</h1>
      <p>{t('loginIntro')}</p>
      {login.error ? <ErrorState title={t('loginFailed')} message={t('loginFailed')} /> : null}
      <FormField label={t('email')} required>
        {(control) => (
          <input
            {...control}
            type="email"
            name="email"
            autoComplete="username"
            value={email}
            onChange={(e) => setEmail(e.target.value)}
          />
        )}
      </FormField>
      <FormField label={t('password')} required>
        {(control) => (
          <input
            {...control}
            type="password"
            name="password"
            autoComplete="current-password"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
        )}
      </FormField>
      <button type="submit" className="tr-button tr-button--primary" disabled={login.isPending}>
        {t('login')}
      </button>
    </form>
  );
}
