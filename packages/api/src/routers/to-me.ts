import type { SessionUser } from '../auth/session-user';
import type { Me } from '../schemas/me';

/** The browser-facing view of a session user (no guardianships, no internals). */
export const toMe = (user: SessionUser): Me => ({
  id: user.id,
  email: user.email,
  displayName: user.displayName,
  role: user.role,
  municipality: { id: user.municipalityId, name: user.municipalityName },
  teamId: user.teamId,
  caseworkerId: user.caseworkerId,
});
