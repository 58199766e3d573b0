import { type SQL, sql } from 'drizzle-orm';
import type { Database } from '../database';
import { queryRows } from '../query-rows';
import type { ImportProblem } from './import-columns';
import type { ImportRow, ImportScope, ImportWrite } from './importer';

/** A list parameter as one JSON value: both drivers take it, whatever its length. */
export const jsonList = (values: readonly unknown[]): SQL => sql`${JSON.stringify(values)}::jsonb`;

const distinct = (values: Iterable<string | null>): string[] =>
  [...new Set(values)].filter((v): v is string => v !== null);

/** Cases of the scope (municipality, and a team leader's team) among `ids`, by id. */
export async function casesInScope(
  db: Database,
  scope: ImportScope,
  ids: Iterable<string | null>,
): Promise<Map<string, { childId: string }>> {
  const wanted = distinct(ids);
  if (wanted.length === 0) return new Map();
  const rows = await queryRows<{ id: string; child_id: string }>(
    db,
    sql`select c.id::text, c.child_id::text from cases c
      where c.id in (select jsonb_array_elements_text(${jsonList(wanted)})::uuid)
        and c.municipality_id = ${scope.municipalityId}
        and (${scope.teamId}::uuid is null or c.team_id = ${scope.teamId}::uuid)`,
  );
  return new Map(rows.map((r) => [r.id, { childId: r.child_id }]));
}

/** Caseworkers of the scope among `emails` (lower case), by e-mail. */
export async function caseworkersByEmail(
  db: Database,
  scope: ImportScope,
  emails: Iterable<string | null>,
): Promise<Map<string, { id: string; teamId: string }>> {
  const wanted = distinct(emails);
  if (wanted.length === 0) return new Map();
  const rows = await queryRows<{ email: string; id: string; team_id: string }>(
    db,
    sql`select lower(w.email) as email, w.id::text, w.team_id::text from caseworkers w
      where lower(w.email) in (select jsonb_array_elements_text(${jsonList(wanted)}))
        and w.municipality_id = ${scope.municipalityId}
        and (${scope.teamId}::uuid is null or w.team_id = ${scope.teamId}::uuid)`,
  );
  return new Map(rows.map((r) => [r.email, { id: r.id, teamId: r.team_id }]));
}

/** Problems for rows whose `column` names a case outside the scope. */
export async function unknownCaseProblems<Row extends { case_id: string }>(
  db: Database,
  scope: ImportScope,
  rows: readonly ImportRow<Row>[],
): Promise<ImportProblem[]> {
  const known = await casesInScope(
    db,
    scope,
    rows.map((r) => r.values.case_id),
  );
  return rows
    .filter((r) => !known.has(r.values.case_id))
    .map((r) => ({
      line: r.line,
      column: 'case_id',
      value: r.values.case_id,
      code: 'unknownCase' as const,
      reason: 'no case with this id among the cases you may import to',
    }));
}

/** A problem where a later date (end, next) is not after an earlier one. */
export function dateOrderProblem(
  line: number,
  column: string,
  value: string | null,
  earlier: string | null,
  allowSameDay: boolean,
): ImportProblem | null {
  if (value === null || earlier === null) return null;
  if (allowSameDay ? value >= earlier : value > earlier) return null;
  return allowSameDay
    ? { line, column, value, code: 'endBeforeStart', reason: `${column} is before ${earlier}` }
    : { line, column, value, code: 'notAfter', reason: `${column} must be after ${earlier}` };
}

/**
 * A lateral join naming `w.id` and `w.team_id`: the scope's caseworker whose e-mail is
 * `email` (a lower-case SQL expression), for the write steps.
 */
export const caseworkerJoin = (scope: ImportScope, email: SQL): SQL =>
  sql`join lateral (
    select id, team_id from caseworkers
    where municipality_id = ${scope.municipalityId} and lower(email) = ${email}
      and (${scope.teamId}::uuid is null or team_id = ${scope.teamId}::uuid)
    order by id limit 1
  ) w on true`;

/** Problems for rows whose caseworker e-mail is not among the scope's caseworkers. */
export async function unknownCaseworkerProblems<Row extends { caseworker_email: string | null }>(
  db: Database,
  scope: ImportScope,
  rows: readonly ImportRow<Row>[],
): Promise<ImportProblem[]> {
  const known = await caseworkersByEmail(
    db,
    scope,
    rows.map((r) => r.values.caseworker_email),
  );
  return rows
    .filter((r) => r.values.caseworker_email !== null && !known.has(r.values.caseworker_email))
    .map((r) => ({
      line: r.line,
      column: 'caseworker_email',
      value: r.values.caseworker_email ?? '',
      code: 'unknownCaseworker' as const,
      reason: 'no caseworker with this e-mail among those you may assign',
    }));
}

/** Runs a write answering one `case_id` per inserted row, as the write step reports it. */
export async function insertedCases(db: Database, query: SQL): Promise<ImportWrite> {
  const rows = await queryRows<{ case_id: string }>(db, query);
  return { inserted: rows.length, caseIds: rows.map((r) => r.case_id) };
}
