import { formatDate, useLanguage } from '@trappen/ui';
import type { ReactNode } from 'react';

const LABELS: Record<string, { da: string; en: string }> = {
  name: { da: 'Navn', en: 'Name' },
  birthDate: { da: 'Født', en: 'Born' },
  cpr: { da: 'CPR-nummer', en: 'CPR number' },
  reference: { da: 'Journalnr.', en: 'Reference' },
  caseworkerName: { da: 'Sagsbehandler', en: 'Caseworker' },
  updatedAt: { da: 'Senest ændret', en: 'Last changed' },
  dailyRate: { da: 'Dagstakst (kr.)', en: 'Daily rate (DKK)' },
  relation: { da: 'Relation', en: 'Relation' },
  status: { da: 'Status', en: 'Status' },
  openedOn: { da: 'Åbnet', en: 'Opened' },
  closedOn: { da: 'Lukket', en: 'Closed' },
  closeReason: { da: 'Begrundelse', en: 'Reason' },
  currentStep: { da: 'Trin', en: 'Step' },
  caseworker: { da: 'Sagsbehandler', en: 'Caseworker' },
  fromDate: { da: 'Fra', en: 'From' },
  toDate: { da: 'Til', en: 'To' },
  code: { da: 'Indsats', en: 'Intervention' },
  startDate: { da: 'Start', en: 'Start' },
  plannedEnd: { da: 'Planlagt slut', en: 'Planned end' },
  endDate: { da: 'Slut', en: 'End' },
  provider: { da: 'Leverandør', en: 'Provider' },
  date: { da: 'Dato', en: 'Date' },
  outcome: { da: 'Beslutning', en: 'Outcome' },
  childHeard: { da: 'Barnet hørt', en: 'Child heard' },
  nextDate: { da: 'Næste', en: 'Next' },
  note: { da: 'Notat', en: 'Note' },
  purpose: { da: 'Formål', en: 'Purpose' },
  goals: { da: 'Mål', en: 'Goals' },
  timeFrameFrom: { da: 'Fra', en: 'From' },
  timeFrameTo: { da: 'Til', en: 'To' },
  version: { da: 'Version', en: 'Version' },
  planVersion: { da: 'Version', en: 'Version' },
  publishedAt: { da: 'Offentliggjort', en: 'Published' },
  body: { da: 'Tekst', en: 'Text' },
  author: { da: 'Skrevet af', en: 'Written by' },
  createdAt: { da: 'Tidspunkt', en: 'Time' },
  reader: { da: 'Læst af', en: 'Read by' },
  readAt: { da: 'Læst', en: 'Read' },
  receivedOn: { da: 'Modtaget', en: 'Received' },
  childAge: { da: 'Barnets alder', en: 'Child’s age' },
  source: { da: 'Type af underretter', en: 'Kind of reporter' },
  givenBy: { da: 'Givet af', en: 'Given by' },
  guardianName: { da: 'Forældremyndighedsindehaver', en: 'Custody holder' },
  partyKind: { da: 'Type af part', en: 'Kind of party' },
  partyName: { da: 'Part', en: 'Party' },
  validFrom: { da: 'Fra', en: 'From' },
  validTo: { da: 'Til', en: 'To' },
  revokedAt: { da: 'Tilbagekaldt', en: 'Revoked' },
  at: { da: 'Tidspunkt', en: 'Time' },
  role: { da: 'Rolle', en: 'Role' },
  user: { da: 'Bruger', en: 'User' },
  action: { da: 'Handling', en: 'Action' },
  entity: { da: 'Hvad', en: 'What' },
};
// Ids link rows in the JSON; the printed document leaves them out.
const HIDDEN = new Set(['id', 'caseId', 'planId', 'interventionId', 'publicationId']);
const DATE = /^\d{4}-\d{2}-\d{2}(T[\d:.]+Z)?$/;

function cell(value: unknown, lang: 'da' | 'en'): string {
  if (value === null || value === undefined || value === '') return '–';
  if (typeof value === 'boolean')
    return value ? (lang === 'da' ? 'Ja' : 'Yes') : lang === 'da' ? 'Nej' : 'No';
  if (Array.isArray(value)) return value.map((v) => cell(v, lang)).join('; ');
  if (typeof value === 'string' && DATE.test(value)) return formatDate(value, lang, 'medium');
  return String(value);
}

/** One section of a printed document: a table of rows with Danish (or English) headings. */
export function RowsTable({
  title,
  rows,
  empty,
}: {
  title: string;
  rows: Record<string, unknown>[];
  empty: string;
}): ReactNode {
  const { lang } = useLanguage();
  const keys = [...new Set(rows.flatMap((r) => Object.keys(r)))].filter((k) => !HIDDEN.has(k));
  return (
    <section className="c-section">
      <h2>{title}</h2>
      {rows.length === 0 ? (
        <p className="c-muted">{empty}</p>
      ) : (
        <div className="c-table-wrap">
          <table className="tr-table">
            <thead>
              <tr>
                {keys.map((k) => (
                  <th key={k} scope="col">
                    {LABELS[k]?.[lang] ?? k}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((r, i) => (
                <tr key={i}>
                  {keys.map((k) => (
                    <td key={k}>{cell(r[k], lang)}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

/** Offers `data` as a JSON file download named `name`. */
export function downloadJson(name: string, data: unknown): void {
  const blob = new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  URL.revokeObjectURL(url);
}
