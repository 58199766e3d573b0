import { z } from 'zod';
import { ROLES } from '../auth/session-user';

/** The logged-in user, as the apps see them. */
export const MeSchema = z.object({
  id: z.string(),
  email: z.string(),
  displayName: z.string(),
  role: z.enum(ROLES),
  municipality: z.object({ id: z.string(), name: z.string() }),
  teamId: z.string().nullable(),
  caseworkerId: z.string().nullable(),
});

/** Output of {@link MeSchema}. */
export type Me = z.infer<typeof MeSchema>;
