import {
  and,
  asc,
  cases,
  caseworkers,
  children,
  count,
  type Database,
  desc,
  eq,
  ilike,
  lt,
  or,
  type SQL,
  sql,
  teams,
} from '@trappen/db';
import type { SessionUser } from '../auth/session-user';
import { caseScope } from './case-scope';

/** Filters, sort and page for the case list. */
export interface ListCasesInput {
  page: number;
  pageSize: number;
  search?: string | undefined;
  /** `mine`: the user's own cases; `scope`: everything the role may see. */
  scope: 'mine' | 'scope';
  stepId?: string | undefined;
  /** Only this caseworker's cases (still within the role's scope). */
  caseworkerId?: string | undefined;
  overdue?: boolean | undefined;
  status: 'open' | 'closed';
  sortBy: 'childName' | 'reference' | 'step' | 'stepSince' | 'nextDeadline';
  sortDirection: 'asc' | 'desc';
}

const SORT_COLUMNS = {
  childName: children.name,
  reference: children.reference,
  step: cases.currentStepRank,
  stepSince: cases.stepSince,
  nextDeadline: cases.nextDeadline,
} as const;

// Escapes LIKE wildcards so a search for "50%" means the text "50%".
const likePattern = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** One page of the cases the user may see, filtered and sorted in SQL, with the total. */
export async function listCases(
  db: Database,
  user: SessionUser,
  input: ListCasesInput,
  today: string,
) {
  const conditions: SQL[] = [caseScope(user), eq(cases.status, input.status)];
  if (input.scope === 'mine') {
    conditions.push(
      user.caseworkerId ? eq(cases.caseworkerId, user.caseworkerId) : eq(cases.id, cases.id),
    );
  }
  if (input.search) {
    const pattern = likePattern(input.search);
    conditions.push(or(ilike(children.name, pattern), ilike(children.reference, pattern)) as SQL);
  }
  if (input.stepId) conditions.push(eq(cases.currentStepId, input.stepId));
  if (input.caseworkerId) conditions.push(eq(cases.caseworkerId, input.caseworkerId));
  if (input.overdue) conditions.push(lt(cases.nextDeadline, today));
  const where = and(...conditions);
  const column = SORT_COLUMNS[input.sortBy];
  const order = input.sortDirection === 'asc' ? asc(column) : desc(column);
  // One statement gives the page and, through the window count, the total: no second
  // scan on the busiest read of the console.
  const page = await db
    .select({
      caseId: cases.id,
      childId: children.id,
      reference: children.reference,
      childName: children.name,
      birthDate: children.birthDate,
      status: cases.status,
      caseworkerId: caseworkers.id,
      caseworkerName: caseworkers.name,
      teamId: teams.id,
      teamName: teams.name,
      currentStepId: cases.currentStepId,
      currentStepRank: cases.currentStepRank,
      stepSince: cases.stepSince,
      nextDeadline: cases.nextDeadline,
      version: cases.version,
      total: sql<number>`count(*) over ()`.mapWith(Number),
    })
    .from(cases)
    .innerJoin(children, eq(children.id, cases.childId))
    .leftJoin(caseworkers, eq(caseworkers.id, cases.caseworkerId))
    .leftJoin(teams, eq(teams.id, cases.teamId))
    .where(where)
    .orderBy(order, asc(cases.id))
    .limit(input.pageSize)
    .offset((input.page - 1) * input.pageSize);
  const first = page[0];
  if (first) return { rows: page.map(({ total: _total, ...row }) => row), total: first.total };
  if (input.page === 1) return { rows: [], total: 0 };
  // A page past the end has no row to carry the total.
  const [counted] = await db
    .select({ n: count() })
    .from(cases)
    .innerJoin(children, eq(children.id, cases.childId))
    .where(where);
  return { rows: [], total: counted?.n ?? 0 };
}
