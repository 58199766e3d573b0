import { createHash } from 'node:crypto';
import { herningBusinessCase } from '@trappen/savings';
import { addDays, type IsoDate, seededRandom } from '@trappen/staircase';
import { sql } from 'drizzle-orm';
import { insertInBatches } from './batch-insert';
import type { Database } from './database';
import { hashPassword } from './passwords';
import * as schema from './schema/index';
import { addDemoUsers, type DemoUser, slugOf } from './synthetic/demo-users';
import { generateMunicipality, type MunicipalityPlan } from './synthetic/generate-municipality';
import { TOWN_NAMES } from './synthetic/names';

/** A UUID-shaped id derived from `text` (the same text, the same id). */
function derivedUuid(text: string): string {
  const hex = createHash('sha256').update(text).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** What to generate. The defaults give the demo town Eksempelby alone. */
export interface SeedOptions {
  /** Number of municipalities (1 = Eksempelby; 98 ≈ national). */
  municipalities?: number;
  /** Multiplies every municipality's size (1 = Eksempelby's 450 children with measures). */
  scale?: number;
  /** PRNG seed; the same seed and `asOf` give the same data. */
  randomSeed?: number;
  /** The "today" of the data (default: the current date). */
  asOf?: IsoDate;
  /** Password for every demo user (printed at first start). */
  demoPassword?: string;
  /**
   * Skips foreign-key checks while inserting (the tables' internal triggers are
   * disabled inside the transaction, which needs a superuser; other triggers still
   * fire): the generator's rows are consistent by construction, and the checks double
   * the time of national-scale seeding. For benchmark datasets.
   */
  skipForeignKeyChecks?: boolean;
  /** Called after each municipality. */
  onProgress?: (done: number, total: number) => void;
}

/** What was generated. */
export interface SeedResult {
  municipalities: { id: string; name: string; code: string }[];
  demoUsers: DemoUser[];
  demoPassword: string;
  rows: Record<string, number>;
}

/** The password every demo user has unless `demoPassword` says otherwise. */
export const DEFAULT_DEMO_PASSWORD = 'trappen-demo';

/** The national-scale preset: 98 municipalities, about 60,000 children with support. */
export const NATIONAL_SCALE: Readonly<SeedOptions> = { municipalities: 98, scale: 1.2 };

function planFor(
  index: number,
  scale: number,
  random: () => number,
  asOf: IsoDate,
): MunicipalityPlan {
  const factor = (index === 0 ? 1 : 0.3 + random() * 2.2) * scale;
  const town = TOWN_NAMES[index % TOWN_NAMES.length] as string;
  const name =
    index < TOWN_NAMES.length ? town : `${town} ${Math.floor(index / TOWN_NAMES.length) + 1}`;
  return {
    name,
    code: String(900 + index).padStart(4, '0'),
    inhabitants: Math.round(50_000 * factor),
    openCases: Math.max(10, Math.round(375 * factor)),
    placed: Math.max(3, Math.round(120 * factor)),
    closedLastYear: Math.max(2, Math.round(75 * factor)),
    caseworkersBefore: Math.max(2, Math.round(10 * factor)),
    caseworkersAfter: Math.max(3, Math.round(15 * factor)),
    volume: factor,
    reformStart: '2017-01-01',
    historyStart: '2015-01-01',
    asOf,
  };
}

/**
 * Fills an empty database with synthetic municipalities (deterministic for a given
 * `randomSeed` and `asOf`), one transaction per municipality, in multi-row batches.
 *
 * @example
 * ```ts
 * const result = await seed(db, { asOf: '2025-06-30' });
 * result.demoUsers.map((u) => u.email); // ['sagsbehandler@eksempelby.dk', …]
 * ```
 */
export async function seed(db: Database, options: SeedOptions = {}): Promise<SeedResult> {
  const count = options.municipalities ?? 1;
  const scale = options.scale ?? 1;
  const asOf = options.asOf ?? new Date().toISOString().slice(0, 10);
  const demoPassword = options.demoPassword ?? DEFAULT_DEMO_PASSWORD;
  const random = seededRandom(options.randomSeed ?? 2017);
  // One hash shared by all demo users: the password is public anyway, and hashing
  // hundreds of users one by one would dominate national-scale seeding time.
  const passwordHash = await hashPassword(demoPassword);
  const result: SeedResult = { municipalities: [], demoUsers: [], demoPassword, rows: {} };
  const tally = (table: string, n: number) => {
    result.rows[table] = (result.rows[table] ?? 0) + n;
  };
  const usedSlugs = new Set<string>();

  for (let index = 0; index < count; index += 1) {
    const plan = planFor(index, scale, random.next, asOf);
    if (usedSlugs.has(slugOf(plan.name))) plan.name = `${plan.name} ${index}`;
    usedSlugs.add(slugOf(plan.name));
    const rows = generateMunicipality(random, plan);
    const { users, demoUsers } = addDemoUsers(random, rows, passwordHash);
    await db.transaction(async (tx) => {
      const put = async <T extends Parameters<typeof insertInBatches>[1]>(
        name: string,
        table: T,
        list: readonly T['$inferInsert'][],
      ) => {
        // `all` then `user`: only the internal foreign-key triggers stay off, so the
        // application's own triggers still see every row.
        if (options.skipForeignKeyChecks) {
          await tx.execute(sql`alter table ${table} disable trigger all`);
          await tx.execute(sql`alter table ${table} enable trigger user`);
        }
        await insertInBatches(tx, table, list);
        if (options.skipForeignKeyChecks)
          await tx.execute(sql`alter table ${table} enable trigger all`);
        tally(name, list.length);
      };
      await put('municipalities', schema.municipalities, [rows.municipality]);
      await put('teams', schema.teams, rows.teams);
      await put('caseworkers', schema.caseworkers, rows.caseworkers);
      await put('users', schema.users, users);
      await put('staircases', schema.staircases, [rows.staircase]);
      await put('ruleSets', schema.ruleSets, [rows.ruleSet]);
      await put('children', schema.children, rows.children);
      await put('guardians', schema.guardians, rows.guardians);
      await put('cases', schema.cases, rows.cases);
      await put('caseAssignments', schema.caseAssignments, rows.caseAssignments);
      await put('interventions', schema.interventions, rows.interventions);
      await put('followUps', schema.followUps, rows.followUps);
      await put('actionPlans', schema.actionPlans, rows.actionPlans);
      await put('planPublications', schema.planPublications, rows.planPublications);
      await put('notifications', schema.notifications, rows.notifications);
      await put('budgetEntries', schema.budgetEntries, rows.budgetEntries);
      const businessCase = {
        id: random.uuid(),
        municipalityId: rows.municipality.id,
        name: herningBusinessCase.name,
        definition: herningBusinessCase,
        updatedAt: new Date(`${addDays(asOf, -30)}T09:00:00Z`),
      };
      await put('businessCases', schema.businessCases, [businessCase]);
      // Its first version, kept as every save keeps one.
      await put('configVersions', schema.configVersions, [
        {
          // Derived, not drawn: drawing would shift the random sequence of later municipalities.
          id: derivedUuid(`${businessCase.id}:version:1`),
          municipalityId: businessCase.municipalityId,
          kind: schema.businessCaseKind(businessCase.id),
          version: 1,
          definition: businessCase.definition,
          changedAt: businessCase.updatedAt,
        },
      ]);
    });
    result.municipalities.push({
      id: rows.municipality.id,
      name: rows.municipality.name,
      code: rows.municipality.code,
    });
    result.demoUsers.push(...demoUsers);
    options.onProgress?.(index + 1, count);
  }
  return result;
}
