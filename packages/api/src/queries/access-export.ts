import { mayAskForOwnData } from '@trappen/caseload';
import { type Database, queryRows, sql } from '@trappen/db';
import type { SessionUser } from '../auth/session-user';
import { AppError, badRequest, notFound } from '../errors';
import { caseScope } from './case-scope';
import { loadRetentionPolicy } from './retention-policy';

/** Who asks for the child's data: a custody holder, or the young person themself. */
export type AccessRequester = { kind: 'guardian'; guardianId: string } | { kind: 'youngPerson' };

type Rows = Record<string, unknown>[];

/** Everything trappen holds about one child, section by section (the access export). */
export interface AccessExport {
  generatedOn: string;
  municipality: string;
  requester: { kind: 'guardian' | 'youngPerson'; name: string };
  child: { id: string; reference: string; name: string; birthDate: string; cpr: string | null };
  guardians: Rows;
  cases: Rows;
  caseworkerHistory: Rows;
  interventions: Rows;
  followUps: Rows;
  plans: Rows;
  planVersions: Rows;
  comments: Rows;
  readConfirmations: Rows;
  notifications: Rows;
  consents: Rows;
  meetings: Rows;
  childAssessments: Rows;
  accessLog: Rows;
}

const iso = (column: string) =>
  sql.raw(`to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')`);

/**
 * The access export (indsigt) for a child in one of the caller's cases: the child,
 * custody holders, every case with its caseworker history, interventions, follow-ups,
 * plans and every published version, comments, read confirmations, notifications,
 * consents and the access log. Notifications carry only date, age and the kind of
 * reporter — never who reported — since a reporter's identity may be protected. A
 * young person may ask from the municipality's access age; a custody holder must be
 * one of the child's.
 */
export async function exportChildData(
  db: Database,
  user: SessionUser,
  childId: string,
  requester: AccessRequester,
  today: string,
): Promise<AccessExport> {
  const [child] = await queryRows<AccessExport['child'] & { municipality: string }>(
    db,
    sql`select ch.id::text as id, ch.reference, ch.name, ch.birth_date::text as "birthDate", ch.cpr, m.name as municipality
      from children ch join municipalities m on m.id = ch.municipality_id
      where ch.id = ${childId} and ch.municipality_id = ${user.municipalityId}
        and exists (select 1 from cases where cases.child_id = ch.id and ${caseScope(user)})`,
  );
  if (!child) throw notFound({ da: 'barnet', en: 'the child' });
  const rows = (query: ReturnType<typeof sql>) => queryRows<Record<string, unknown>>(db, query);
  const guardians = await rows(
    sql`select id::text as id, name, relation from guardians where child_id = ${childId} order by name`,
  );
  let requesterName = child.name;
  if (requester.kind === 'guardian') {
    const holder = guardians.find((g) => g.id === requester.guardianId);
    if (!holder)
      throw badRequest({ 'requester.guardianId': ['is not a custody holder of the child'] });
    requesterName = String(holder.name);
  } else {
    const policy = await loadRetentionPolicy(db, user.municipalityId);
    if (!mayAskForOwnData(child.birthDate, today, policy.youngPersonAccessAge))
      throw new AppError(
        'BAD_REQUEST',
        {
          da: `Den unge kan selv bede om indsigt fra ${policy.youngPersonAccessAge} år.`,
          en: `The young person may ask for their own data from age ${policy.youngPersonAccessAge}.`,
        },
        { 'requester.kind': [`the young person is under ${policy.youngPersonAccessAge}`] },
      );
  }
  const c = childId;
  return {
    generatedOn: today,
    municipality: child.municipality,
    requester: { kind: requester.kind, name: requesterName },
    child: {
      id: child.id,
      reference: child.reference,
      name: child.name,
      birthDate: child.birthDate,
      cpr: child.cpr,
    },
    guardians,
    cases: await rows(
      sql`select id::text as id, status, opened_on::text as "openedOn", closed_on::text as "closedOn",
          close_reason as "closeReason", current_step_id as "currentStep"
        from cases where child_id = ${c} order by opened_on`,
    ),
    caseworkerHistory: await rows(
      sql`select a.case_id::text as "caseId", w.name as caseworker, a.from_date::text as "fromDate", a.to_date::text as "toDate"
        from case_assignments a join caseworkers w on w.id = a.caseworker_id join cases k on k.id = a.case_id
        where k.child_id = ${c} order by a.from_date`,
    ),
    interventions: await rows(
      sql`select id::text as id, case_id::text as "caseId", code, start_date::text as "startDate",
          planned_end::text as "plannedEnd", end_date::text as "endDate", provider
        from interventions where child_id = ${c} order by start_date`,
    ),
    followUps: await rows(
      sql`select f.id::text as id, f.case_id::text as "caseId", f.intervention_id::text as "interventionId",
          f.date::text as date, f.outcome, f.child_heard as "childHeard", f.next_date::text as "nextDate", f.note
        from follow_ups f join cases k on k.id = f.case_id where k.child_id = ${c} order by f.date`,
    ),
    plans: await rows(
      sql`select id::text as id, case_id::text as "caseId", purpose, goals, time_frame_from::text as "timeFrameFrom",
          time_frame_to::text as "timeFrameTo", version from action_plans where child_id = ${c}`,
    ),
    planVersions: await rows(
      sql`select id::text as id, plan_id::text as "planId", plan_version as "planVersion", purpose, goals,
          time_frame_from::text as "timeFrameFrom", time_frame_to::text as "timeFrameTo", ${iso('published_at')} as "publishedAt"
        from plan_publications where child_id = ${c} order by published_at`,
    ),
    comments: await rows(
      sql`select pc.id::text as id, pc.body, u.display_name as author, ${iso('pc.created_at')} as "createdAt"
        from plan_comments pc join users u on u.id = pc.author_id where pc.child_id = ${c} order by pc.created_at`,
    ),
    readConfirmations: await rows(
      sql`select r.publication_id::text as "publicationId", u.display_name as reader, ${iso('r.read_at')} as "readAt"
        from plan_read_confirmations r join plan_publications p on p.id = r.publication_id
        join users u on u.id = r.user_id where p.child_id = ${c} order by r.read_at`,
    ),
    // Only these columns: who reported may be protected, so no reporter field is ever exported.
    notifications: await rows(
      sql`select id::text as id, received_on::text as "receivedOn", child_age as "childAge", source
        from notifications where child_id = ${c} order by received_on`,
    ),
    consents: await rows(
      sql`select k.id::text as id, k.given_by as "givenBy", g.name as "guardianName", k.party_kind as "partyKind",
          k.party_name as "partyName", k.purpose, k.valid_from::text as "validFrom", k.valid_to::text as "validTo",
          ${iso('k.revoked_at')} as "revokedAt", k.version
        from consents k left join guardians g on g.id = k.guardian_id where k.child_id = ${c} order by k.valid_from`,
    ),
    meetings: await rows(
      sql`select id::text as id, ${iso('starts_at')} as "startsAt", ${iso('ends_at')} as "endsAt", place,
          video_link as "videoLink", participants, status::text as status
        from meetings where child_id = ${c} order by starts_at`,
    ),
    childAssessments: await rows(
      sql`select id::text as id, started_on::text as "startedOn", due_on::text as "dueOn",
          concluded_on::text as "concludedOn", conclusion, child_view as "childView"
        from child_assessments where child_id = ${c} order by started_on`,
    ),
    accessLog: await rows(
      sql`select ${iso('a.at')} as at, a.role, coalesce(u.display_name, '') as "user", a.action, a.entity, a.outcome
        from audit_log a left join users u on u.id = a.user_id
        where a.child_id = ${c} order by a.at, a.id`,
    ),
  };
}

/**
 * Who may ask for a child's data: the child's custody holders, and whether the young
 * person may ask themself on `today` (from the municipality's access age).
 */
export async function accessRequesters(
  db: Database,
  user: SessionUser,
  childId: string,
  today: string,
) {
  const [child] = await queryRows<{ birth_date: string }>(
    db,
    sql`select ch.birth_date::text as birth_date from children ch
      where ch.id = ${childId} and ch.municipality_id = ${user.municipalityId}
        and exists (select 1 from cases where cases.child_id = ch.id and ${caseScope(user)})`,
  );
  if (!child) throw notFound({ da: 'barnet', en: 'the child' });
  const guardians = await queryRows<{ id: string; name: string; relation: string }>(
    db,
    sql`select id::text as id, name, relation from guardians where child_id = ${childId} order by name`,
  );
  const policy = await loadRetentionPolicy(db, user.municipalityId);
  return {
    guardians,
    accessAge: policy.youngPersonAccessAge,
    youngPersonMayAsk: mayAskForOwnData(child.birth_date, today, policy.youngPersonAccessAge),
  };
}
