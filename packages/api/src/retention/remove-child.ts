import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { type Database, queryRows, sql } from '@trappen/db';
import type { DueChild } from './find-due-children';

/** SHA-256 (hex) of a case id: what the deletion record keeps instead of the id. */
export const caseHashOf = (caseId: string): string =>
  createHash('sha256').update(caseId).digest('hex');

/** Rows removed or anonymised per table for one child. */
export type RemovalCounts = Record<string, number>;

const count = async (db: Database, query: ReturnType<typeof sql>): Promise<number> => {
  const rows = await queryRows<{ n: number }>(
    db,
    sql`with x as (${query} returning 1) select count(*)::int as n from x`,
  );
  return rows[0]?.n ?? 0;
};

/**
 * Removes one child's personal data in the caller's transaction, so a crash leaves the
 * child either untouched or fully removed. Deleted: the child's name, CPR number,
 * reference and birth day, custody holders (and parent logins left without a child,
 * with their sessions and login failures), plans, publications, comments, read
 * confirmations, consents, the case ids in import batches, free text and authors of
 * follow-ups, legal-hold reasons. What the council board counts stays as anonymised
 * rows under new random ids (the case, its assignments, interventions' codes, dates and
 * rates, follow-ups' dates and outcomes, notifications' dates, ages and sources), so
 * KPI history is unchanged; `delete` also clears intervention providers, `anonymise`
 * keeps them. Audit rows are unlinked from the child (see `forget_audit_child`).
 * One deletion record per case, holding no personal data.
 */
export async function removeChild(
  db: Database,
  child: DueChild,
  run: { runId: string; today: string },
): Promise<RemovalCounts> {
  const [person] = await queryRows<{
    name: string;
    cpr: string | null;
    reference: string;
    birth_year: string;
  }>(
    db,
    sql`select name, cpr, reference, extract(year from birth_date)::int::text as birth_year
      from children where id = ${child.childId}`,
  );
  if (!person) return {};
  const parents = await queryRows<{ user_id: string | null; name: string; email: string | null }>(
    db,
    sql`select g.user_id::text as user_id, g.name, u.email from guardians g
      left join users u on u.id = g.user_id where g.child_id = ${child.childId}`,
  );
  const ids = (
    await queryRows<{ id: string }>(
      db,
      sql`select ${child.childId}::text as id
        union all select id::text from guardians where child_id = ${child.childId}
        union all select id::text from cases where child_id = ${child.childId}
        union all select id::text from interventions where child_id = ${child.childId}
        union all select f.id::text from follow_ups f join cases c on c.id = f.case_id where c.child_id = ${child.childId}
        union all select id::text from action_plans where child_id = ${child.childId}
        union all select id::text from plan_publications where child_id = ${child.childId}
        union all select id::text from plan_comments where child_id = ${child.childId}
        union all select id::text from consents where child_id = ${child.childId}`,
    )
  ).map((row) => row.id);
  const counts: RemovalCounts = {};
  const tally = (table: string, n: number) => {
    if (n > 0) counts[table] = (counts[table] ?? 0) + n;
  };
  const c = child.childId;
  tally(
    'plan_read_confirmations',
    await count(
      db,
      sql`delete from plan_read_confirmations where publication_id in (select id from plan_publications where child_id = ${c})`,
    ),
  );
  tally('plan_comments', await count(db, sql`delete from plan_comments where child_id = ${c}`));
  // Meetings hold the family's names, places and times; nothing on the board counts them.
  tally('meetings', await count(db, sql`delete from meetings where child_id = ${c}`));
  tally(
    'plan_publications',
    await count(db, sql`delete from plan_publications where child_id = ${c}`),
  );
  tally('action_plans', await count(db, sql`delete from action_plans where child_id = ${c}`));
  tally('consents', await count(db, sql`delete from consents where child_id = ${c}`));
  tally('guardians', await count(db, sql`delete from guardians where child_id = ${c}`));
  const orphaned = parents.map((p) => p.user_id).filter((id): id is string => id !== null);
  if (orphaned.length > 0) {
    const lone = sql`select u.id from users u where u.id in (${sql.join(
      orphaned.map((id) => sql`${id}::uuid`),
      sql`, `,
    )})
      and u.role = 'parent' and not exists (select 1 from guardians g where g.user_id = u.id)`;
    tally('sessions', await count(db, sql`delete from sessions where user_id in (${lone})`));
    // Login throttle rows are keyed by hashes of account and address, so none names the parent.
    tally('users', await count(db, sql`delete from users where id in (${lone})`));
  }

  const anonymousChild = randomUUID();
  await db.execute(sql`insert into children (id, municipality_id, reference, name, birth_date, cpr, created_at)
    values (${anonymousChild}, ${child.municipalityId}, ${`anonym-${randomBytes(6).toString('hex')}`}, '',
      ${`${person.birth_year.padStart(4, '0')}-01-01`}::date, null, now())`);
  tally('children', 1);
  for (const item of child.cases) {
    const anonymousCase = randomUUID();
    await db.execute(sql`insert into cases (id, municipality_id, child_id, status, opened_on, closed_on,
        caseworker_id, team_id, current_step_id, current_step_rank, step_since, next_follow_up, next_deadline,
        version, updated_at, close_reason, legal_hold, legal_hold_reason, anonymised_on)
      select ${anonymousCase}, municipality_id, ${anonymousChild}, status, opened_on, closed_on,
        caseworker_id, team_id, current_step_id, current_step_rank, step_since, next_follow_up, next_deadline,
        1, now(), close_reason, false, null, ${run.today}::date
      from cases where id = ${item.caseId}`);
    tally(
      'case_assignments',
      await count(
        db,
        sql`update case_assignments set case_id = ${anonymousCase} where case_id = ${item.caseId}`,
      ),
    );
    tally(
      'interventions',
      await count(
        db,
        sql`update interventions set case_id = ${anonymousCase}, child_id = ${anonymousChild}
          ${child.policy.mode === 'delete' ? sql`, provider = ''` : sql``} where case_id = ${item.caseId}`,
      ),
    );
    tally(
      'follow_ups',
      await count(
        db,
        sql`update follow_ups set case_id = ${anonymousCase}, note = '', recorded_by = null where case_id = ${item.caseId}`,
      ),
    );
    tally(
      'child_assessments',
      await count(
        db,
        sql`update child_assessments set case_id = ${anonymousCase}, child_id = ${anonymousChild},
            conclusion = null, child_view = null, started_by = null, concluded_by = null
          where case_id = ${item.caseId}`,
      ),
    );
    await db.execute(
      sql`update notifications set case_id = ${anonymousCase} where case_id = ${item.caseId}`,
    );
    tally(
      'import_batches',
      await count(
        db,
        sql`update import_batches set result = jsonb_set(result, '{caseIds}',
            coalesce((select jsonb_agg(v) from jsonb_array_elements_text(result->'caseIds') as v where v <> ${item.caseId}), '[]'::jsonb))
          where municipality_id = ${child.municipalityId} and result->'caseIds' ? ${item.caseId}`,
      ),
    );
    await db.execute(sql`delete from cases where id = ${item.caseId}`);
    tally('cases', 1);
  }
  tally(
    'notifications',
    await count(
      db,
      // Dates, ages, sources and the assessment's outcome stay for the board; who reported,
      // what was written and the unregistered child's name and birth date go.
      sql`update notifications set child_id = ${anonymousChild}, reporter_name = null, reporter_contact = null,
          concern = '', child_name = null, child_birth_date = null, outcome_reason = null,
          registered_by = null, assessed_by = null
        where child_id = ${c}`,
    ),
  );
  await db.execute(sql`delete from children where id = ${c}`);

  const terms = [
    person.name,
    person.cpr ?? '',
    person.reference,
    ...parents.flatMap((p) => [p.name, p.email ?? '']),
  ];
  const [forgotten] = await queryRows<{ n: string | number }>(
    db,
    sql`select forget_audit_child(${child.municipalityId}::uuid, ${c}::uuid,
      array[${sql.join(
        ids.map((id) => sql`${id}`),
        sql`, `,
      )}]::text[],
      array[${sql.join(
        terms.map((t) => sql`${t}`),
        sql`, `,
      )}]::text[],
      ${`removed:${caseHashOf(child.cases[0]?.caseId ?? c)}`}) as n`,
  );
  tally('audit_log', Number(forgotten?.n ?? 0));

  for (const item of child.cases) {
    await db.execute(sql`insert into deletion_records (id, municipality_id, case_hash, opened_on, closed_on,
        removed_on, mode, retention_years, policy_version, policy_configured_by, counts, run_id)
      values (${randomUUID()}, ${child.municipalityId}, ${caseHashOf(item.caseId)}, ${item.openedOn}::date,
        ${item.closedOn}::date, ${run.today}::date, ${child.policy.mode}, ${child.policy.retentionYears},
        ${child.policy.version}, ${child.policy.configuredBy}::uuid, ${JSON.stringify(counts)}::jsonb, ${run.runId}::uuid)
      on conflict (case_hash) do nothing`);
  }
  return counts;
}
