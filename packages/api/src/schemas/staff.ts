import { z } from 'zod';
import { DateOutputSchema } from './common';

/** Roles an administrator can give a staff account (parents come in through their children). */
export const StaffRoleSchema = z.enum([
  'caseworker',
  'teamLeader',
  'administrator',
  'councilMember',
]);

/** A staff account as the staff administration screen shows it. */
export const StaffMemberSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  email: z.string(),
  role: StaffRoleSchema,
  teamId: z.uuid().nullable(),
  teamName: z.string().nullable(),
  /** The caseworker record behind a caseworker's cases, when there is one. */
  caseworkerId: z.uuid().nullable(),
  fte: z.number().nullable(),
  leaveFrom: DateOutputSchema.nullable(),
  leaveTo: DateOutputSchema.nullable(),
  active: z.boolean(),
  /** Bound to the identity provider (logs in with OpenID Connect). */
  oidcBound: z.boolean(),
  version: z.number().int(),
});

/** A team, active or retired. */
export const TeamSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  retired: z.boolean(),
  members: z.number().int(),
  version: z.number().int(),
});

/** A parent of a child and what they may see. */
export const GuardianSchema = z.object({
  id: z.uuid(),
  childId: z.uuid(),
  name: z.string(),
  relation: z.string(),
  custody: z.boolean(),
  portalAccess: z.boolean(),
  /** A CPR number is on file for MitID login (the number itself is never returned). */
  identified: z.boolean(),
  hasLogin: z.boolean(),
  version: z.number().int(),
});
