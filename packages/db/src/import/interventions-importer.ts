import { randomUUID } from 'node:crypto';
import { type SQL, sql } from 'drizzle-orm';
import { arrayLiteral } from './array-literal';
import { CASE_ID_COLUMN, type ImportColumn, type ImportProblem } from './import-columns';
import { dateOrderProblem, insertedCases, unknownCaseProblems } from './import-lookups';
import type { ImporterDefinition } from './importer';

/** One interventions row after its cells parsed. */
export interface InterventionImportRow {
  case_id: string;
  code: string;
  start_date: string;
  planned_end: string | null;
  end_date: string | null;
  provider: string | null;
  daily_rate: number | string | null;
}

const COLUMNS: readonly ImportColumn[] = [
  CASE_ID_COLUMN,
  {
    name: 'code',
    type: { kind: 'text', maxLength: 64 },
    required: true,
    description: {
      da: 'Indsatsens kode i kommunens indsatskatalog',
      en: "The intervention's code in the municipality's catalogue",
    },
    example: 'family-treatment',
  },
  {
    name: 'start_date',
    type: { kind: 'date' },
    required: true,
    description: { da: 'Første dag (ÅÅÅÅ-MM-DD)', en: 'First day (YYYY-MM-DD)' },
    example: '2025-01-06',
  },
  {
    name: 'planned_end',
    type: { kind: 'date' },
    required: false,
    description: { da: 'Planlagt slutdato (kan være tom)', en: 'Planned end (may be empty)' },
    example: '2025-07-06',
  },
  {
    name: 'end_date',
    type: { kind: 'date' },
    required: false,
    description: {
      da: 'Sidste dag; tom mens indsatsen er aktiv',
      en: 'Last day; empty while the intervention is active',
    },
    example: '',
  },
  {
    name: 'provider',
    type: { kind: 'text', maxLength: 200 },
    required: false,
    description: { da: 'Leverandør (kan være tom)', en: 'Provider (may be empty)' },
    example: 'Familiehuset',
  },
  {
    name: 'daily_rate',
    type: { kind: 'number', min: 0, max: 1_000_000 },
    required: false,
    description: { da: 'Døgntakst i kr. (kan være tom)', en: 'Daily rate in DKK (may be empty)' },
    example: '1250.50',
  },
];

/**
 * One INSERT for a batch: each column travels as one typed array parameter (both drivers
 * take it) read back with `unnest`, child ids come from the municipality's own cases,
 * and the natural key (case, code, start date) makes a re-import insert nothing.
 * Answers the case id of each inserted row (`case_id`), or with `answer: 'count'` one row
 * with how many were inserted (`inserted`), which spares a large batch its answer rows.
 */
export function insertInterventionsSql(
  municipalityId: string,
  rows: readonly InterventionImportRow[],
  answer: 'caseIds' | 'count' = 'caseIds',
): SQL {
  const column = (pick: (row: InterventionImportRow) => string | number | null) =>
    arrayLiteral(rows.map(pick));
  // Ids made here: PGlite's gen_random_uuid() opens /dev/urandom once per row.
  const ids = arrayLiteral(rows.map(() => randomUUID()));
  return sql`with v as (
      select distinct on (case_id, code, start_date) *
      from unnest(${ids}::uuid[], ${column((r) => r.case_id)}::uuid[], ${column((r) => r.code)}::text[],
        ${column((r) => r.start_date)}::date[], ${column((r) => r.planned_end)}::date[],
        ${column((r) => r.end_date)}::date[], ${column((r) => r.provider)}::text[],
        ${column((r) => r.daily_rate)}::numeric[])
        as r(id, case_id, code, start_date, planned_end, end_date, provider, daily_rate)
      order by case_id, code, start_date
    ),
    inserted as (
      insert into interventions (id, municipality_id, case_id, child_id, code, start_date,
        planned_end, end_date, provider, daily_rate)
      select v.id, c.municipality_id, v.case_id, c.child_id, v.code, v.start_date,
        v.planned_end, v.end_date, coalesce(v.provider, ''), v.daily_rate
      from v join cases c on c.id = v.case_id and c.municipality_id = ${municipalityId}
      where not exists (
        select 1 from interventions i
        where i.case_id = v.case_id and i.code = v.code and i.start_date = v.start_date)
      returning case_id
    )
    ${answer === 'count' ? sql`select count(*)::int as inserted from inserted` : sql`select case_id::text from inserted`}`;
}

/**
 * Interventions of existing cases. Checks: the case is in scope, the code is in the
 * municipality's catalogue, planned and actual end are not before the start.
 * Natural key: case, code and start date.
 */
export const INTERVENTIONS_IMPORT: ImporterDefinition<InterventionImportRow> = {
  kind: 'interventions',
  columns: COLUMNS,
  async check(db, scope, rows) {
    const problems: ImportProblem[] = await unknownCaseProblems(db, scope, rows);
    for (const { line, values: v } of rows) {
      if (!scope.catalogue.has(v.code))
        problems.push({
          line,
          column: 'code',
          value: v.code,
          code: 'unknownCode',
          reason: "the code is not in the municipality's intervention catalogue",
        });
      for (const column of ['planned_end', 'end_date'] as const) {
        const p = dateOrderProblem(line, column, v[column], v.start_date, true);
        if (p) problems.push(p);
      }
    }
    return problems;
  },
  async write(db, scope, rows) {
    return insertedCases(db, insertInterventionsSql(scope.municipalityId, rows));
  },
};
