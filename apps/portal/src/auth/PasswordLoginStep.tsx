import { useMutation } from '@tanstack/react-query';
import { ErrorState, FormField, useLanguage, useT } from '@trappen/ui';
import { type FormEvent, type ReactNode, useRef, useState } from 'react';
import { trpcClient } from '../api/client';
import { problemMessage, toProblem } from '../api/errors';
import { loginMessages } from '../messages/login';
import type { LoginStepProps } from './login-step';

/**
 * Local e-mail and password login through the API's session auth. It is one
 * implementation of {@link LoginStepProps}; an OpenID Connect step (MitID through a
 * broker) can replace it without touching the pages.
 */
export function PasswordLoginStep({ onSignedIn }: LoginStepProps): ReactNode {
  const t = useT(loginMessages);
  const { lang } = useLanguage();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<{ email?: string; password?: string }>({});
  const emailRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);
  const login = useMutation({
    mutationFn: (input: { email: string; password: string }) => trpcClient.auth.login.mutate(input),
    onSuccess: ({ user }) => onSignedIn(user),
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const next = {
      ...(email.trim() ? {} : { email: t('emailMissing') }),
      ...(password ? {} : { password: t('passwordMissing') }),
    };
    setErrors(next);
    if (next.email) return emailRef.current?.focus();
    if (next.password) return passwordRef.current?.focus();
    login.mutate({ email, password });
  };

  const problem = login.error ? toProblem(login.error) : null;
  return (
    <form className="portal-form" onSubmit={submit} noValidate>
      {problem ? (
        <ErrorState
          title={t('failed')}
          message={
            problem.code === 'UNAUTHORIZED'
              ? t('wrongCredentials')
              : problemMessage(problem, lang, t('failed'))
          }
          correlationId={problem.code === 'UNAUTHORIZED' ? null : problem.requestId}
        />
      ) : null}
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
      <button type="submit" className="tr-button tr-button--primary" disabled={login.isPending}>
        {login.isPending ? t('submitting') : t('submit')}
      </button>
    </form>
  );
}
