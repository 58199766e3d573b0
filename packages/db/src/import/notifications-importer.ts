import { sql } from 'drizzle-orm';
import { queryRows } from '../query-rows';
import type { ImportColumn, ImportProblem } from './import-columns';
import { jsonList } from './import-lookups';
import type { ImporterDefinition } from './importer';

/** One notifications row after its cells parsed: a notification of concern from the history. */
export interface NotificationImportRow {
  notification_id: string;
  received_on: string;
  child_age: number;
  source: string;
  child_reference: string | null;
}

/** The source categories the intake uses (`family` covers relatives). */
export const NOTIFICATION_IMPORT_SOURCES = [
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

const COLUMNS: readonly ImportColumn[] = [
  {
    name: 'notification_id',
    type: { kind: 'uuid' },
    required: true,
    description: {
      da: 'Et id (UUID) for underretningen; samme id to gange importeres én gang',
      en: 'An id (UUID) for the notification; the same id twice is imported once',
    },
    example: '6c1e2f0a-8b3d-4e5f-9a7b-1c2d3e4f5a6b',
  },
  {
    name: 'received_on',
    type: { kind: 'date' },
    required: true,
    description: { da: 'Modtaget (ÅÅÅÅ-MM-DD)', en: 'Received (YYYY-MM-DD)' },
    example: '2019-05-02',
  },
  {
    name: 'child_age',
    type: { kind: 'number', min: 0, max: 25 },
    required: true,
    description: {
      da: 'Barnets alder i hele år, da underretningen kom',
      en: "The child's age in whole years when the notification came",
    },
    example: '6',
  },
  {
    name: 'source',
    type: { kind: 'choice', options: NOTIFICATION_IMPORT_SOURCES },
    required: true,
    description: {
      da: `Hvem underrettede: ${NOTIFICATION_IMPORT_SOURCES.join(', ')}`,
      en: `Who notified: ${NOTIFICATION_IMPORT_SOURCES.join(', ')}`,
    },
    example: 'school',
  },
  {
    name: 'child_reference',
    type: { kind: 'text', maxLength: 40 },
    required: false,
    description: {
      da: 'Barnets reference, når barnet er kendt (kan være tom)',
      en: "The child's reference when the child is known (may be empty)",
    },
    example: '',
  },
];

/**
 * Notifications of concern from a municipality's history, so the board's notification
 * figures reach back before intake started. They are stored as history (day, age and
 * source; no clock, no reporter). Checks: a named child exists in the municipality, an
 * id is not another municipality's notification. Natural key: the notification id.
 */
export const NOTIFICATIONS_IMPORT: ImporterDefinition<NotificationImportRow> = {
  kind: 'notifications',
  columns: COLUMNS,
  async check(db, scope, rows) {
    const references = rows.flatMap((r) =>
      r.values.child_reference ? [r.values.child_reference] : [],
    );
    const known = new Set(
      (
        await queryRows<{ reference: string }>(
          db,
          sql`select reference from children where municipality_id = ${scope.municipalityId}
            and reference in (select jsonb_array_elements_text(${jsonList(references)}))`,
        )
      ).map((r) => r.reference),
    );
    const taken = new Set(
      (
        await queryRows<{ id: string }>(
          db,
          sql`select id::text from notifications where municipality_id <> ${scope.municipalityId}
            and id in (select jsonb_array_elements_text(${jsonList(rows.map((r) => r.values.notification_id))})::uuid)`,
        )
      ).map((r) => r.id),
    );
    const problems: ImportProblem[] = [];
    for (const { line, values: v } of rows) {
      if (v.child_reference && !known.has(v.child_reference))
        problems.push({
          line,
          column: 'child_reference',
          value: v.child_reference,
          code: 'unknownChild',
          reason: 'the municipality has no child with this reference',
        });
      if (taken.has(v.notification_id))
        problems.push({
          line,
          column: 'notification_id',
          value: v.notification_id,
          code: 'idTaken',
          reason: "the id is already another municipality's notification",
        });
    }
    return problems;
  },
  async write(db, scope, rows) {
    const m = scope.municipalityId;
    const inserted = await queryRows<{ id: string }>(
      db,
      sql`insert into notifications (id, municipality_id, child_id, received_on, child_age, source, status)
        select v.notification_id, ${m}, c.id, v.received_on, v.child_age, v.source, 'historical'
        from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb)
          as v(notification_id uuid, received_on date, child_age int, source text, child_reference text)
        left join children c on c.municipality_id = ${m} and c.reference = v.child_reference
        on conflict (id) do nothing
        returning id::text`,
    );
    return { inserted: inserted.length, caseIds: [] };
  },
};
