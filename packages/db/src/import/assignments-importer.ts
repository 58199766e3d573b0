import { sql } from 'drizzle-orm';
import { queryRows } from '../query-rows';
import { CASE_ID_COLUMN, type ImportColumn, type ImportProblem } from './import-columns';
import {
  caseworkerJoin,
  dateOrderProblem,
  jsonList,
  unknownCaseProblems,
  unknownCaseworkerProblems,
} from './import-lookups';
import type { ImporterDefinition } from './importer';

/** One assignments row after its cells parsed: who had the case when. */
export interface AssignmentImportRow {
  case_id: string;
  caseworker_email: string;
  from_date: string;
  to_date: string | null;
}

const COLUMNS: readonly ImportColumn[] = [
  CASE_ID_COLUMN,
  {
    name: 'caseworker_email',
    type: { kind: 'email' },
    required: true,
    description: { da: 'Sagsbehandlerens e-mail', en: "The caseworker's e-mail" },
    example: 'sagsbehandler@eksempelby.dk',
  },
  {
    name: 'from_date',
    type: { kind: 'date' },
    required: true,
    description: {
      da: 'Første dag med sagen (ÅÅÅÅ-MM-DD)',
      en: 'First day with the case (YYYY-MM-DD)',
    },
    example: '2025-01-01',
  },
  {
    name: 'to_date',
    type: { kind: 'date' },
    required: false,
    description: {
      da: 'Sidste dag; tom for sagens nuværende sagsbehandler',
      en: "Last day; empty for the case's current caseworker",
    },
    example: '',
  },
];

/**
 * Assignment periods of existing cases. Checks: the case and the caseworker are in
 * scope, the period does not end before it starts. Natural key: case, caseworker and
 * first day. Afterwards each touched case belongs to its latest open period's
 * caseworker, and older open periods end the day before it began (as a reassignment does).
 */
export const ASSIGNMENTS_IMPORT: ImporterDefinition<AssignmentImportRow> = {
  kind: 'assignments',
  columns: COLUMNS,
  async check(db, scope, rows) {
    const problems: ImportProblem[] = [
      ...(await unknownCaseProblems(db, scope, rows)),
      ...(await unknownCaseworkerProblems(db, scope, rows)),
    ];
    for (const { line, values: v } of rows) {
      const end = dateOrderProblem(line, 'to_date', v.to_date, v.from_date, true);
      if (end) problems.push(end);
    }
    return problems;
  },
  async write(db, scope, rows) {
    const m = scope.municipalityId;
    const inserted = await queryRows<{ case_id: string }>(
      db,
      sql`with v as (
          select distinct on (case_id, caseworker_email, from_date) *
          from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb)
            as r(case_id uuid, caseworker_email text, from_date date, to_date date)
          order by case_id, caseworker_email, from_date
        ),
        inserted as (
          insert into case_assignments (id, municipality_id, case_id, caseworker_id, from_date, to_date)
          select gen_random_uuid(), ${m}, v.case_id, w.id, v.from_date, v.to_date
          from v
          ${caseworkerJoin(scope, sql`v.caseworker_email`)}
          where not exists (
            select 1 from case_assignments a
            where a.case_id = v.case_id and a.caseworker_id = w.id and a.from_date = v.from_date)
          returning case_id
        )
        select case_id::text from inserted`,
    );
    const caseIds = [...new Set(inserted.map((r) => r.case_id))];
    if (caseIds.length > 0)
      await db.execute(sql`with latest as (
          select distinct on (a.case_id) a.id, a.case_id, a.caseworker_id, a.from_date
          from case_assignments a
          where a.case_id in (select jsonb_array_elements_text(${jsonList(caseIds)})::uuid)
            and a.to_date is null
          order by a.case_id, a.from_date desc, a.id
        ),
        ended as (
          update case_assignments a set to_date = greatest(a.from_date, l.from_date - 1)
          from latest l
          where a.case_id = l.case_id and a.to_date is null and a.id <> l.id
          returning 1
        )
        update cases c set caseworker_id = l.caseworker_id, team_id = w.team_id,
          version = c.version + 1, updated_at = now()
        from latest l join caseworkers w on w.id = l.caseworker_id
        where c.id = l.case_id`);
    return { inserted: inserted.length, caseIds };
  },
};
