import {
  cases,
  caseworkers,
  children,
  type Database,
  preparedRows,
  type SQL,
  sql,
  teams,
} from '@trappen/db';
import { defaultStaircase, defineStaircase, type Staircase, timeline } from '@trappen/staircase';
import type { z } from 'zod';
import type { SessionUser } from '../auth/session-user';
import type {
  CaseDetailSchema,
  FollowUpSchema,
  InterventionSchema,
  PlanSchema,
  PublicationSchema,
} from '../schemas/cases';
import { caseScope } from './case-scope';

type CaseDetail = z.infer<typeof CaseDetailSchema>;

/** The case row with its child, caseworker and team, as the statement returns it. */
interface CaseHead {
  caseId: string;
  version: number;
  status: 'open' | 'closed';
  openedOn: string;
  closedOn: string | null;
  closeReason: string | null;
  legalHold: boolean;
  childId: string;
  reference: string;
  childName: string;
  birthDate: string;
  caseworkerId: string | null;
  caseworkerName: string | null;
  caseworkerEmail: string | null;
  caseworkerPhone: string | null;
  teamId: string | null;
  teamName: string | null;
  currentStepId: string | null;
  currentStepRank: number | null;
  stepSince: string | null;
  nextFollowUp: string | null;
  nextDeadline: string | null;
}

interface DetailRow {
  head: CaseHead;
  interventions: z.infer<typeof InterventionSchema>[];
  followUps: z.infer<typeof FollowUpSchema>[];
  history: CaseDetail['caseworkerHistory'];
  plan: z.infer<typeof PlanSchema> | null;
  publications: z.infer<typeof PublicationSchema>[];
  comments: CaseDetail['parentComments'];
  confirmations: CaseDetail['readConfirmations'];
  staircase: unknown;
}

// Timestamps as `Date.toISOString()` writes them, so the JSON needs no second pass.
const iso = (column: string) =>
  sql.raw(`to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`);

// A validated staircase per stored definition: validation is pure, and the case page
// must not pay for it on every request. Bounded by the number of municipalities.
const validated = new Map<string, Staircase>();
function staircaseOf(definition: unknown): Staircase {
  if (definition === null || definition === undefined) return defaultStaircase;
  const key = JSON.stringify(definition);
  let staircase = validated.get(key);
  if (!staircase) {
    staircase = defineStaircase(definition as Parameters<typeof defineStaircase>[0]);
    if (validated.size >= 1000) validated.clear();
    validated.set(key, staircase);
  }
  return staircase;
}

/**
 * Everything the console's case page shows, or `null` when the case is out of scope.
 * One statement reads the case and everything under it and writes the audit row that
 * `recordRead` gives (child id and outcome as SQL expressions over `from`), so the read
 * and its audit row commit together in one round trip — also when nothing is found.
 */
export async function getCaseDetail(
  db: Database,
  user: SessionUser,
  caseId: string,
  recordRead: (found: { childId: SQL; outcome: SQL }, from: SQL) => SQL,
): Promise<CaseDetail | null> {
  const [row] = await preparedRows<DetailRow>(
    db,
    sql`with head as (
      select ${cases.id} as "caseId", ${cases.version} as "version", ${cases.status} as "status",
        ${cases.openedOn} as "openedOn", ${cases.closedOn} as "closedOn",
        ${cases.closeReason} as "closeReason", ${cases.legalHold} as "legalHold",
        ${children.id} as "childId", ${children.reference} as "reference",
        ${children.name} as "childName", ${children.birthDate} as "birthDate",
        ${caseworkers.id} as "caseworkerId", ${caseworkers.name} as "caseworkerName",
        ${caseworkers.email} as "caseworkerEmail", ${caseworkers.phone} as "caseworkerPhone",
        ${teams.id} as "teamId", ${teams.name} as "teamName",
        ${cases.currentStepId} as "currentStepId", ${cases.currentStepRank} as "currentStepRank",
        ${cases.stepSince} as "stepSince", ${cases.nextFollowUp} as "nextFollowUp",
        ${cases.nextDeadline} as "nextDeadline"
      from ${cases}
      inner join ${children} on ${children.id} = ${cases.childId}
      left join ${caseworkers} on ${caseworkers.id} = ${cases.caseworkerId}
      left join ${teams} on ${teams.id} = ${cases.teamId}
      where ${cases.id} = ${caseId} and ${caseScope(user)}
    ), audit as (${recordRead(
      {
        childId: sql`head."childId"`,
        outcome: sql`case when head."caseId" is null then 'notFound' else 'ok' end`,
      },
      sql`(select 1) as one left join head on true`,
    )})
    select row_to_json(head) as head,
      (select coalesce(json_agg(json_build_object('id', i.id, 'caseId', i.case_id, 'code', i.code,
          'startDate', i.start_date, 'plannedEnd', i.planned_end, 'endDate', i.end_date,
          'provider', i.provider, 'dailyRate', i.daily_rate, 'version', i.version)
          order by i.start_date), '[]'::json)
        from interventions i where i.case_id = head."caseId") as interventions,
      (select coalesce(json_agg(json_build_object('id', f.id, 'interventionId', f.intervention_id,
          'date', f.date, 'outcome', f.outcome, 'childHeard', f.child_heard,
          'nextDate', f.next_date, 'note', f.note) order by f.date desc), '[]'::json)
        from follow_ups f where f.case_id = head."caseId") as "followUps",
      (select coalesce(json_agg(json_build_object('caseworkerId', a.caseworker_id,
          'caseworkerName', w.name, 'fromDate', a.from_date, 'toDate', a.to_date)
          order by a.from_date), '[]'::json)
        from case_assignments a join caseworkers w on w.id = a.caseworker_id
        where a.case_id = head."caseId") as history,
      (select json_build_object('id', p.id, 'caseId', p.case_id, 'purpose', p.purpose,
          'goals', p.goals, 'timeFrameFrom', p.time_frame_from, 'timeFrameTo', p.time_frame_to,
          'version', p.version, 'updatedAt', ${iso('p.updated_at')})
        from action_plans p where p.case_id = head."caseId") as plan,
      (select coalesce(json_agg(json_build_object('id', pp.id, 'planVersion', pp.plan_version,
          'purpose', pp.purpose, 'goals', pp.goals, 'timeFrameFrom', pp.time_frame_from,
          'timeFrameTo', pp.time_frame_to, 'publishedAt', ${iso('pp.published_at')})
          order by pp.published_at desc), '[]'::json)
        from plan_publications pp join action_plans p on p.id = pp.plan_id
        where p.case_id = head."caseId") as publications,
      (select coalesce(json_agg(json_build_object('id', c.id, 'body', c.body,
          'createdAt', ${iso('c.created_at')}, 'authorName', u.display_name)
          order by c.created_at desc), '[]'::json)
        from plan_comments c join action_plans p on p.id = c.plan_id
        join users u on u.id = c.author_id
        where p.case_id = head."caseId") as comments,
      (select coalesce(json_agg(json_build_object('publicationId', r.publication_id,
          'readAt', ${iso('r.read_at')}, 'userName', u.display_name)), '[]'::json)
        from plan_read_confirmations r join plan_publications pp on pp.id = r.publication_id
        join action_plans p on p.id = pp.plan_id join users u on u.id = r.user_id
        where p.case_id = head."caseId") as confirmations,
      (select s.definition from staircases s where s.municipality_id = ${user.municipalityId})
        as staircase
    from head`,
  );
  if (!row) return null;
  const { head, interventions } = row;
  const periods = timeline(
    staircaseOf(row.staircase),
    interventions.map((item) => ({
      id: item.id,
      code: item.code,
      start: item.startDate,
      end: item.endDate,
    })),
  );
  return {
    caseId: head.caseId,
    version: head.version,
    status: head.status,
    openedOn: head.openedOn,
    closedOn: head.closedOn,
    closeReason: head.closeReason,
    legalHold: head.legalHold,
    child: {
      id: head.childId,
      reference: head.reference,
      name: head.childName,
      birthDate: head.birthDate,
    },
    caseworker: head.caseworkerId
      ? {
          id: head.caseworkerId,
          name: head.caseworkerName ?? '',
          email: head.caseworkerEmail ?? '',
          phone: head.caseworkerPhone ?? '',
        }
      : null,
    team: head.teamId ? { id: head.teamId, name: head.teamName ?? '' } : null,
    currentStep:
      head.currentStepId && head.currentStepRank !== null
        ? { id: head.currentStepId, rank: head.currentStepRank }
        : null,
    stepSince: head.stepSince,
    nextFollowUp: head.nextFollowUp,
    nextDeadline: head.nextDeadline,
    timeline: periods.map(({ from, to, step, rank }) => ({ from, to, step, rank })),
    interventions,
    followUps: row.followUps,
    caseworkerHistory: row.history,
    plan: row.plan,
    publications: row.publications,
    parentComments: row.comments,
    readConfirmations: row.confirmations,
  };
}
