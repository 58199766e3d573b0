import { z } from 'zod';
import {
  textInput as anyText,
  DateInputSchema,
  DateOutputSchema,
  IdSchema,
  VersionSchema,
} from './common';

// A surrogate without its pair.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Free text for intake: trimmed, capped, and without NUL characters or unpaired
 * surrogates, which PostgreSQL cannot store in a text column.
 */
export const textInput = (max: number) =>
  anyText(max).refine((value) => !value.includes('\u0000') && !LONE_SURROGATE.test(value), {
    message: 'must not contain NUL characters or broken Unicode',
  });

/** Who sent a notification of concern. `family` covers relatives. */
export const NOTIFICATION_SOURCES = [
  'school',
  'dayCare',
  'health',
  'hospital',
  'police',
  'otherAuthority',
  'family',
  'anonymous',
  'child',
  'citizen',
  'other',
] as const;

/** A notification's source category. */
export const NotificationSourceSchema = z.enum(NOTIFICATION_SOURCES);

/** Outcomes of the 24-hour assessment. */
export const ASSESSMENT_OUTCOMES = [
  'noAction',
  'advice',
  'openCase',
  'childAssessment',
  'acuteMeasure',
] as const;

/** The outcome of the 24-hour assessment. */
export const AssessmentOutcomeSchema = z.enum(ASSESSMENT_OUTCOMES);

/** A point in time with its UTC offset, e.g. `2024-06-30T08:15:00+02:00`. */
export const InstantInputSchema = z.iso
  .datetime({ offset: true })
  .transform((value) => new Date(value));

/** A child's name as staff type it. */
const childName = textInput(200).pipe(z.string().min(1));

/** A new child as the reporter describes them (not yet registered). */
export const ReportedChildSchema = z.object({
  kind: z.literal('new'),
  name: childName,
  birthDate: DateInputSchema,
});

/** The child a notification is about: a registered child or one not yet registered. */
export const NotificationChildSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('existing'), childId: IdSchema }),
  ReportedChildSchema,
]);

/** Input of `notifications.receive`. */
export const ReceiveNotificationInputSchema = z.object({
  receivedAt: InstantInputSchema,
  source: NotificationSourceSchema,
  reporter: z
    .object({
      name: textInput(200).default(''),
      contact: textInput(200).default(''),
      professional: z.boolean(),
    })
    .nullable()
    .default(null),
  child: NotificationChildSchema,
  concern: textInput(8000).pipe(z.string().min(1)),
  violenceOrAbuse: z.boolean(),
});

/** The 24-hour clock of a notification as lists show it. */
export const AssessmentClockSchema = z.object({
  deadline: DateOutputSchema,
  minutesLeft: z.number().int(),
  status: z.enum(['ok', 'dueSoon', 'overdue', 'assessed', 'assessedLate']),
});

/** A notification as staff on duty see it. Never returned to parents or council members. */
export const NotificationSchema = z.object({
  id: z.string(),
  version: z.number().int(),
  status: z.enum(['received', 'assessed']),
  receivedAt: DateOutputSchema,
  receivedOn: DateOutputSchema,
  source: NotificationSourceSchema,
  reporter: z
    .object({ name: z.string(), contact: z.string(), professional: z.boolean() })
    .nullable(),
  child: z.object({
    id: z.string().nullable(),
    reference: z.string().nullable(),
    name: z.string(),
    birthDate: DateOutputSchema,
  }),
  caseId: z.string().nullable(),
  concern: z.string(),
  violenceOrAbuse: z.boolean(),
  clock: AssessmentClockSchema,
  assessment: z
    .object({
      assessedAt: DateOutputSchema,
      assessedBy: z.string(),
      childInDanger: z.boolean(),
      outcome: AssessmentOutcomeSchema,
      reason: z.string(),
    })
    .nullable(),
  receipt: z
    .object({ due: DateOutputSchema, sentOn: DateOutputSchema.nullable(), text: z.string() })
    .nullable(),
  /** Other notifications about the same child (repeated notifications are a signal). */
  otherNotifications: z.number().int(),
});

/** Input of `notifications.assess`. */
export const AssessNotificationInputSchema = z.object({
  notificationId: IdSchema,
  version: VersionSchema,
  assessedAt: InstantInputSchema,
  childInDanger: z.boolean(),
  outcome: AssessmentOutcomeSchema,
  reason: textInput(4000).default(''),
});

/** A custody holder (or a parent without custody) of a new child. */
export const CustodyHolderInputSchema = z.object({
  name: textInput(200).pipe(z.string().min(1)),
  relation: textInput(60).pipe(z.string().min(1)),
  contact: textInput(200).default(''),
  hasCustody: z.boolean(),
});

/** The child of `cases.open`: registered already, or new. */
export const CaseChildInputSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('existing'), childId: IdSchema }),
  z.object({
    kind: z.literal('new'),
    name: childName,
    birthDate: DateInputSchema,
    cpr: textInput(20).default(''),
    addressDistrict: textInput(100).default(''),
    custodyHolders: z.array(CustodyHolderInputSchema).max(6).default([]),
  }),
]);

/** Input of `cases.open`. */
export const OpenCaseInputSchema = z.object({
  child: CaseChildInputSchema,
  openedOn: DateInputSchema,
  caseworkerId: IdSchema,
  notificationId: IdSchema.optional(),
  notificationVersion: VersionSchema.optional(),
  /** Create a new child although one with the same name and birth date exists. */
  allowSimilar: z.boolean().default(false),
});

/** A child as the duplicate check offers them. The CPR number only masked. */
export const ChildMatchSchema = z.object({
  childId: z.string(),
  reference: z.string(),
  name: z.string(),
  birthDate: DateOutputSchema,
  cprMasked: z.string().nullable(),
  openCaseId: z.string().nullable(),
  match: z.enum(['cpr', 'nameAndBirthDate', 'name', 'birthDate']),
});

/** A child assessment (børnefaglig undersøgelse). */
export const ChildAssessmentSchema = z.object({
  id: z.string(),
  version: z.number().int(),
  caseId: z.string(),
  childId: z.string(),
  notificationId: z.string().nullable(),
  startedOn: DateOutputSchema,
  dueOn: DateOutputSchema,
  concludedOn: DateOutputSchema.nullable(),
  conclusion: z.string().nullable(),
  childView: z.string().nullable(),
  status: z.enum(['ongoing', 'dueSoon', 'overdue', 'concluded', 'concludedLate']),
});
