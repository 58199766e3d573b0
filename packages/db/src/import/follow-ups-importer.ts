import { sql } from 'drizzle-orm';
import { queryRows } from '../query-rows';
import { CASE_ID_COLUMN, type ImportColumn, type ImportProblem } from './import-columns';
import { dateOrderProblem, insertedCases, unknownCaseProblems } from './import-lookups';
import type { ImporterDefinition } from './importer';

/** One follow-ups row after its cells parsed. */
export interface FollowUpImportRow {
  case_id: string;
  date: string;
  outcome: string;
  child_heard: boolean;
  next_date: string | null;
  note: string | null;
  intervention_code: string | null;
  intervention_start: string | null;
}

const COLUMNS: readonly ImportColumn[] = [
  CASE_ID_COLUMN,
  {
    name: 'date',
    type: { kind: 'date' },
    required: true,
    description: {
      da: 'Opfølgningens dato (ÅÅÅÅ-MM-DD)',
      en: 'Date of the follow-up (YYYY-MM-DD)',
    },
    example: '2025-04-02',
  },
  {
    name: 'outcome',
    type: { kind: 'choice', options: ['continue', 'stepDown', 'stepUp', 'end'] },
    required: true,
    description: {
      da: 'Beslutning: continue, stepDown, stepUp eller end (historik; flytter ikke indsatser)',
      en: 'Decision: continue, stepDown, stepUp or end (history; moves no interventions)',
    },
    example: 'continue',
  },
  {
    name: 'child_heard',
    type: { kind: 'boolean' },
    required: true,
    description: { da: 'Barnet hørt: ja eller nej', en: 'Child heard: yes or no (ja/nej)' },
    example: 'ja',
  },
  {
    name: 'next_date',
    type: { kind: 'date' },
    required: false,
    description: {
      da: 'Næste opfølgning, efter datoen (kan være tom)',
      en: 'Next follow-up, after the date (may be empty)',
    },
    example: '2025-07-02',
  },
  {
    name: 'note',
    type: { kind: 'text', maxLength: 4000 },
    required: false,
    description: { da: 'Notat (kan være tomt)', en: 'Note (may be empty)' },
    example: 'God udvikling i skolen',
  },
  {
    name: 'intervention_code',
    type: { kind: 'text', maxLength: 64 },
    required: false,
    description: {
      da: 'Koden på indsatsen, der følges op på (tom: sagen som helhed)',
      en: 'Code of the intervention followed up (empty: the case as a whole)',
    },
    example: 'family-treatment',
  },
  {
    name: 'intervention_start',
    type: { kind: 'date' },
    required: false,
    description: {
      da: 'Samme indsats’ startdato (sammen med koden)',
      en: "That intervention's start date (together with the code)",
    },
    example: '2025-01-06',
  },
];

// Finds each row's intervention by case, code and start date (null when none is named);
// `ord` is the row's position in the batch.
const withIntervention = (municipalityId: string, rows: readonly FollowUpImportRow[]) =>
  sql`select r.*, i.id as intervention_id
    from jsonb_to_recordset(${JSON.stringify(rows.map((row, ord) => ({ ...row, ord })))}::jsonb) as r(
      case_id uuid, date date, outcome text, child_heard boolean, next_date date, note text,
      intervention_code text, intervention_start date, ord bigint)
    left join lateral (
      select x.id from interventions x
      where x.case_id = r.case_id and x.code = r.intervention_code
        and x.start_date = r.intervention_start and x.municipality_id = ${municipalityId}
      order by x.id limit 1
    ) i on true`;

/**
 * Follow-ups of existing cases, optionally on one of the case's interventions (named by
 * code and start date). Checks: the case is in scope, the intervention exists on the
 * case, the next date is after the follow-up. Natural key: case, intervention and date.
 */
export const FOLLOW_UPS_IMPORT: ImporterDefinition<FollowUpImportRow> = {
  kind: 'followUps',
  columns: COLUMNS,
  async check(db, scope, rows) {
    const problems: ImportProblem[] = await unknownCaseProblems(db, scope, rows);
    const found = await queryRows<{ ord: number; missing: boolean }>(
      db,
      sql`select ord::int as ord, intervention_id is null as missing
        from (${withIntervention(
          scope.municipalityId,
          rows.map((r) => r.values),
        )}) t
        where intervention_code is not null and intervention_start is not null`,
    );
    const missing = new Set(found.filter((f) => f.missing).map((f) => f.ord));
    rows.forEach(({ line, values: v }, i) => {
      const next = dateOrderProblem(line, 'next_date', v.next_date, v.date, false);
      if (next) problems.push(next);
      const code = v.intervention_code;
      const start = v.intervention_start;
      if ((code === null) !== (start === null))
        problems.push({
          line,
          column: code === null ? 'intervention_code' : 'intervention_start',
          value: '',
          code: 'required',
          reason: 'intervention_code and intervention_start go together',
        });
      else if (missing.has(i))
        problems.push({
          line,
          column: 'intervention_code',
          value: `${code} ${start}`,
          code: 'unknownIntervention',
          reason: 'the case has no intervention with this code and start date',
        });
    });
    return problems;
  },
  async write(db, scope, rows) {
    return insertedCases(
      db,
      sql`with v as (
          select distinct on (case_id, intervention_id, date) *
          from (${withIntervention(scope.municipalityId, rows)}) t
          order by case_id, intervention_id, date, ord
        ),
        inserted as (
          insert into follow_ups (id, municipality_id, case_id, intervention_id, date, outcome,
            child_heard, next_date, note, recorded_by)
          select gen_random_uuid(), ${scope.municipalityId}, v.case_id, v.intervention_id, v.date,
            v.outcome::follow_up_outcome, v.child_heard, v.next_date, coalesce(v.note, ''),
            ${scope.userId}::uuid
          from v
          where not exists (
            select 1 from follow_ups f
            where f.case_id = v.case_id and f.date = v.date
              and f.intervention_id is not distinct from v.intervention_id)
          returning case_id
        )
        select case_id::text from inserted`,
    );
  },
};
