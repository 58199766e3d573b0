import { useMutation } from '@tanstack/react-query';
import { LoginForm, useLanguage, useT } from '@trappen/ui';
import type { ReactNode } from 'react';
import { trpcClient } from '../api/client';
import { problemMessage, toProblem } from '../api/errors';
import { loginMessages } from '../messages/login';
import type { LoginStepProps } from './login-step';

/**
 * The portal's login step: the shared {@link LoginForm} with the MitID button first
 * when the server has a MitID broker configured (it returns here with a session), and
 * local e-mail and password through the API's session auth.
 */
export function PasswordLoginStep({ onSignedIn }: LoginStepProps): ReactNode {
  const t = useT(loginMessages);
  const { lang } = useLanguage();
  const login = useMutation({
    mutationFn: (input: { email: string; password: string }) => trpcClient.auth.login.mutate(input),
    onSuccess: ({ user }) => onSignedIn(user),
  });
  const problem = login.error ? toProblem(login.error) : null;
  return (
    <div className="portal-form">
      <LoginForm
        audience="parent"
        returnTo="/portal/"
        onPasswordLogin={(credentials) => login.mutate(credentials)}
        pending={login.isPending}
        error={
          problem
            ? {
                title: t('failed'),
                message:
                  problem.code === 'UNAUTHORIZED'
                    ? t('wrongCredentials')
                    : problemMessage(problem, lang, t('failed')),
                correlationId: problem.code === 'UNAUTHORIZED' ? null : problem.requestId,
              }
            : null
        }
      />
    </div>
  );
}
