import type { ComponentType } from 'react';
import type { Me } from '../api/types';
import { PasswordLoginStep } from './PasswordLoginStep';

/** What every login step gets: a callback once the server has started a session. */
export interface LoginStepProps {
  /** Called with the logged-in user after the server has set the session cookie. */
  onSignedIn: (user: Me) => void;
}

/**
 * The login step in use. Swap this for an OpenID Connect step (MitID through a
 * broker) that returns to the portal with a session; nothing else changes.
 */
export const LoginStep: ComponentType<LoginStepProps> = PasswordLoginStep;
