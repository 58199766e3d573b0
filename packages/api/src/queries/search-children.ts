import { maskCpr, parseCpr } from '@trappen/caseload';
import { type Database, queryRows, sql } from '@trappen/db';
import type { SessionUser } from '../auth/session-user';
import { fieldError } from './intake-errors';

/** What the duplicate check looks for; at least one field. */
export interface SearchChildrenInput {
  name?: string | undefined;
  birthDate?: string | undefined;
  cpr?: string | undefined;
}

/** A child the search offers, best match first. */
export interface ChildMatch {
  childId: string;
  reference: string;
  name: string;
  birthDate: string;
  cprMasked: string | null;
  openCaseId: string | null;
  match: 'cpr' | 'nameAndBirthDate' | 'name' | 'birthDate';
}

/**
 * Children of the caller's municipality with the same CPR number, or the same name
 * (case-insensitive) and/or birth date, so intake offers an existing child before a new
 * one is created. The CPR number is compared in SQL and only ever returned masked.
 */
export async function searchChildren(
  db: Database,
  user: SessionUser,
  input: SearchChildrenInput,
): Promise<ChildMatch[]> {
  const name = input.name?.trim() ?? '';
  const cprInput = input.cpr?.trim() ?? '';
  let cpr: string | null = null;
  if (cprInput !== '') {
    const parsed = parseCpr(cprInput);
    if (!parsed.ok) throw fieldError('cpr', parsed.problem);
    cpr = parsed.digits;
  }
  const birthDate = input.birthDate ?? null;
  if (name === '' && birthDate === null && cpr === null) {
    throw fieldError('name', {
      da: 'Søg på navn, fødselsdato eller CPR-nummer.',
      en: 'Search by name, birth date or CPR number.',
    });
  }
  const rows = await queryRows<{
    child_id: string;
    reference: string;
    name: string;
    birth_date: string;
    cpr: string | null;
    open_case_id: string | null;
    match: ChildMatch['match'];
  }>(
    db,
    sql`select c.id::text as child_id, c.reference, c.name, c.birth_date::text, c.cpr,
        (select k.id::text from cases k where k.child_id = c.id and k.status = 'open' limit 1) as open_case_id,
        case when ${cpr}::text is not null and replace(c.cpr, '-', '') = ${cpr}::text then 'cpr'
             when lower(c.name) = lower(${name}) and c.birth_date = ${birthDate}::date then 'nameAndBirthDate'
             when ${name} <> '' and lower(c.name) = lower(${name}) then 'name'
             else 'birthDate' end as match
      from children c
      where c.municipality_id = ${user.municipalityId}
        and ((${cpr}::text is not null and replace(c.cpr, '-', '') = ${cpr}::text)
          or (${name} <> '' and lower(c.name) = lower(${name}))
          or (${name} = '' and c.birth_date = ${birthDate}::date))
      order by 7, c.name, c.reference
      limit 20`,
  );
  const rank = { cpr: 0, nameAndBirthDate: 1, name: 2, birthDate: 3 } as const;
  return rows
    .map((r) => ({
      childId: r.child_id,
      reference: r.reference,
      name: r.name,
      birthDate: r.birth_date,
      cprMasked: r.cpr ? maskCpr(r.cpr) : null,
      openCaseId: r.open_case_id,
      match: r.match,
    }))
    .sort((a, b) => rank[a.match] - rank[b.match]);
}
