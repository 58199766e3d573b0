import { sql } from 'drizzle-orm';
import { queryRows } from '../query-rows';
import type { ImportColumn, ImportProblem } from './import-columns';
import {
  caseworkerJoin,
  dateOrderProblem,
  insertedCases,
  jsonList,
  unknownCaseworkerProblems,
} from './import-lookups';
import type { ImporterDefinition, ImportRow, ImportScope } from './importer';

/** One children row after its cells parsed: the child and its case. */
export interface ChildImportRow {
  child_reference: string;
  name: string;
  birth_date: string;
  cpr: string | null;
  case_id: string;
  opened_on: string;
  closed_on: string | null;
  caseworker_email: string | null;
}

const COLUMNS: readonly ImportColumn[] = [
  {
    name: 'child_reference',
    type: { kind: 'text', maxLength: 40 },
    required: true,
    description: {
      da: 'Barnets reference i kommunen, fx B-10001 (entydig)',
      en: "The child's reference in the municipality, e.g. B-10001 (unique)",
    },
    example: 'B-10001',
  },
  {
    name: 'name',
    type: { kind: 'text', maxLength: 200 },
    required: true,
    description: { da: 'Barnets navn', en: "The child's name" },
    example: 'Ane Hansen',
  },
  {
    name: 'birth_date',
    type: { kind: 'date' },
    required: true,
    description: { da: 'Fødselsdato (ÅÅÅÅ-MM-DD)', en: 'Date of birth (YYYY-MM-DD)' },
    example: '2014-03-09',
  },
  {
    name: 'cpr',
    type: { kind: 'text', maxLength: 11, pattern: /^\d{6}-?\d{4}$/, patternHint: 'DDMMÅÅ-XXXX' },
    required: false,
    secret: true,
    description: {
      da: 'CPR-nummer (kan være tom; vises aldrig i fejllister)',
      en: 'CPR number (may be empty; never shown in problem lists)',
    },
    example: '',
  },
  {
    name: 'case_id',
    type: { kind: 'uuid' },
    required: true,
    description: {
      da: 'Et id (UUID) til barnets sag; de andre filer henviser til sagen med det',
      en: "An id (UUID) for the child's case; the other files refer to the case by it",
    },
    example: '3f2b8c1e-5d4a-4b7e-9c1f-2a6d8e0b4c71',
  },
  {
    name: 'opened_on',
    type: { kind: 'date' },
    required: true,
    description: { da: 'Sagen åbnet (ÅÅÅÅ-MM-DD)', en: 'Case opened (YYYY-MM-DD)' },
    example: '2024-11-01',
  },
  {
    name: 'closed_on',
    type: { kind: 'date' },
    required: false,
    description: {
      da: 'Sagen lukket; tom for en åben sag',
      en: 'Case closed; empty for an open case',
    },
    example: '',
  },
  {
    name: 'caseworker_email',
    type: { kind: 'email' },
    required: false,
    description: {
      da: 'Sagsbehandlerens e-mail (kan være tom)',
      en: "The caseworker's e-mail (may be empty)",
    },
    example: 'sagsbehandler@eksempelby.dk',
  },
];

function conflictsInFile(rows: readonly ImportRow<ChildImportRow>[]): ImportProblem[] {
  const owner = new Map<string, string>();
  const problems: ImportProblem[] = [];
  for (const { line, values } of rows) {
    const first = owner.get(values.case_id);
    if (first === undefined) owner.set(values.case_id, values.child_reference);
    else if (first !== values.child_reference)
      problems.push({
        line,
        column: 'case_id',
        value: values.case_id,
        code: 'conflictInFile',
        reason: `the file gives this case to child ${first} too`,
      });
  }
  return problems;
}

// A team leader may add cases only for new children or children already in the team:
// attaching a case to another team's child would hand that child's history to this team.
async function childrenOutsideTeam(
  db: Parameters<ImporterDefinition<ChildImportRow>['check']>[0],
  scope: ImportScope,
  rows: readonly ImportRow<ChildImportRow>[],
): Promise<string[]> {
  if (scope.teamId === null) return [];
  const found = await queryRows<{ reference: string }>(
    db,
    sql`select ch.reference from children ch
      where ch.municipality_id = ${scope.municipalityId}
        and ch.reference in (select jsonb_array_elements_text(${jsonList(rows.map((r) => r.values.child_reference))}))
        and exists (select 1 from cases c where c.child_id = ch.id)
        and not exists (select 1 from cases c where c.child_id = ch.id and c.team_id = ${scope.teamId}::uuid)`,
  );
  return found.map((r) => r.reference);
}

/**
 * Children and their cases (one case per row). Checks: the caseworker is in scope, the
 * case is not closed before it opened, the case id is not another child's case, and a
 * team leader's rows do not name a child whose cases are all in another team.
 * Natural keys: the child's reference and the case id; the case's caseworker gets an
 * assignment period from the opening day.
 */
export const CHILDREN_IMPORT: ImporterDefinition<ChildImportRow> = {
  kind: 'children',
  columns: COLUMNS,
  async check(db, scope, rows) {
    const taken = await queryRows<{ id: string; municipality_id: string; reference: string }>(
      db,
      sql`select c.id::text, c.municipality_id::text, ch.reference from cases c
        join children ch on ch.id = c.child_id
        where c.id in (select jsonb_array_elements_text(${jsonList(rows.map((r) => r.values.case_id))})::uuid)`,
    );
    const existing = new Map(taken.map((t) => [t.id, t]));
    const outside = new Set(await childrenOutsideTeam(db, scope, rows));
    const problems = [
      ...conflictsInFile(rows),
      ...(await unknownCaseworkerProblems(db, scope, rows)),
    ];
    for (const { line, values: v } of rows) {
      const closed = dateOrderProblem(line, 'closed_on', v.closed_on, v.opened_on, true);
      if (closed) problems.push(closed);
      if (outside.has(v.child_reference))
        problems.push({
          line,
          column: 'child_reference',
          value: v.child_reference,
          code: 'childOutsideTeam',
          reason: "the child's cases belong to another team",
        });
      const other = existing.get(v.case_id);
      if (
        other &&
        (other.municipality_id !== scope.municipalityId || other.reference !== v.child_reference)
      )
        problems.push({
          line,
          column: 'case_id',
          value: v.case_id,
          code: 'caseTaken',
          reason: "the id is already another child's case",
        });
    }
    return problems;
  },
  async write(db, scope, rows) {
    const m = scope.municipalityId;
    return insertedCases(
      db,
      sql`with v as (
          select distinct on (case_id) * from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb)
            as r(child_reference text, name text, birth_date date, cpr text, case_id uuid,
              opened_on date, closed_on date, caseworker_email text)
          order by case_id
        ),
        new_children as (
          insert into children (id, municipality_id, reference, name, birth_date, cpr)
          select distinct on (v.child_reference) gen_random_uuid(), ${m}, v.child_reference,
            v.name, v.birth_date, v.cpr
          from v
          where not exists (
            select 1 from children c where c.municipality_id = ${m} and c.reference = v.child_reference)
          order by v.child_reference
          returning id, reference
        ),
        kids as (
          select id, reference from new_children
          union all
          select id, reference from children
          where municipality_id = ${m} and reference in (select child_reference from v)
        ),
        new_cases as (
          insert into cases (id, municipality_id, child_id, status, opened_on, closed_on,
            caseworker_id, team_id)
          select v.case_id, ${m}, k.id,
            (case when v.closed_on is null then 'open' else 'closed' end)::case_status,
            v.opened_on, v.closed_on, w.id, coalesce(w.team_id, ${scope.teamId}::uuid)
          from v
          join kids k on k.reference = v.child_reference
          left ${caseworkerJoin(scope, sql`v.caseworker_email`)}
          where not exists (select 1 from cases c where c.id = v.case_id)
          returning id, caseworker_id, opened_on, closed_on
        ),
        periods as (
          insert into case_assignments (id, municipality_id, case_id, caseworker_id, from_date, to_date)
          select gen_random_uuid(), ${m}, id, caseworker_id, opened_on, closed_on
          from new_cases where caseworker_id is not null
          returning 1
        )
        select id::text as case_id from new_cases`,
    );
  },
};
