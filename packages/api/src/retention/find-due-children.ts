import {
  DEFAULT_RETENTION_POLICY,
  type RetentionPolicy,
  retentionDecision,
} from '@trappen/caseload';
import { type Database, queryRows, sql } from '@trappen/db';

/** A case of a child whose data is due for removal. */
export interface DueCase {
  caseId: string;
  openedOn: string;
  closedOn: string;
  removableFrom: string;
}

/** A child whose every case is closed, without a hold and past its retention period. */
export interface DueChild {
  childId: string;
  municipalityId: string;
  policy: RetentionPolicy & { version: number; configuredBy: string | null };
  cases: DueCase[];
}

interface CaseRow {
  case_id: string;
  child_id: string;
  municipality_id: string;
  status: 'open' | 'closed';
  opened_on: string;
  closed_on: string | null;
  legal_hold: boolean;
  retention_years: number | null;
  mode: string | null;
  young_person_access_age: number | null;
  policy_version: number | null;
  configured_by: string | null;
}

const policyOf = (row: CaseRow): DueChild['policy'] => ({
  retentionYears: row.retention_years ?? DEFAULT_RETENTION_POLICY.retentionYears,
  mode: row.mode === 'anonymise' ? 'anonymise' : 'delete',
  youngPersonAccessAge:
    row.young_person_access_age ?? DEFAULT_RETENTION_POLICY.youngPersonAccessAge,
  version: row.policy_version ?? 0,
  configuredBy: row.configured_by,
});

/**
 * The children the retention job would remove on `today`, oldest closing first. SQL
 * narrows to children with a closed case past a coarse cut-off; the pure
 * `retentionDecision` then decides for every case of the child, so a child with one
 * open, held or still-kept case is left whole. Already anonymised cases are skipped.
 * With `lockFor`, only that child's cases are read, locked `FOR UPDATE`, so a
 * concurrent reopen or hold is either seen or waits.
 */
export async function findDueChildren(
  db: Database,
  today: string,
  options: { municipalityId?: string | undefined; lockFor?: string } = {},
): Promise<DueChild[]> {
  const scope = options.lockFor
    ? sql`c.child_id = ${options.lockFor}`
    : sql`c.child_id in (
        select d.child_id from cases d
        left join retention_policies dp on dp.municipality_id = d.municipality_id
        where d.status = 'closed' and d.anonymised_on is null and not d.legal_hold
          and d.closed_on < ${today}::date - make_interval(years => coalesce(dp.retention_years, ${DEFAULT_RETENTION_POLICY.retentionYears}))
          ${options.municipalityId ? sql`and d.municipality_id = ${options.municipalityId}` : sql``})`;
  const rows = await queryRows<CaseRow>(
    db,
    sql`select c.id::text as case_id, c.child_id::text as child_id, c.municipality_id::text as municipality_id,
        c.status, c.opened_on::text as opened_on, c.closed_on::text as closed_on, c.legal_hold,
        p.retention_years, p.mode, p.young_person_access_age, p.version as policy_version,
        p.configured_by::text as configured_by
      from cases c left join retention_policies p on p.municipality_id = c.municipality_id
      where ${scope} and c.anonymised_on is null
      order by c.child_id, c.id
      ${options.lockFor ? sql`for update of c` : sql``}`,
  );
  const byChild = new Map<string, CaseRow[]>();
  for (const row of rows) {
    const list = byChild.get(row.child_id) ?? [];
    list.push(row);
    byChild.set(row.child_id, list);
  }
  const due: DueChild[] = [];
  for (const [childId, list] of byChild) {
    const first = list[0] as CaseRow;
    const policy = policyOf(first);
    const cases: DueCase[] = [];
    for (const row of list) {
      const decision = retentionDecision(
        {
          status: row.status,
          openedOn: row.opened_on,
          closedOn: row.closed_on,
          legalHold: row.legal_hold,
        },
        policy,
        today,
      );
      if (decision.status !== 'due' || !row.closed_on || !decision.removableFrom) break;
      cases.push({
        caseId: row.case_id,
        openedOn: row.opened_on,
        closedOn: row.closed_on,
        removableFrom: decision.removableFrom,
      });
    }
    if (cases.length === list.length)
      due.push({ childId, municipalityId: first.municipality_id, policy, cases });
  }
  return due.sort(
    (a, b) =>
      (a.cases[0]?.closedOn ?? '').localeCompare(b.cases[0]?.closedOn ?? '') ||
      a.childId.localeCompare(b.childId),
  );
}
