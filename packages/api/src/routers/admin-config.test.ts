import { deadlines, defaultFollowUpRules } from '@trappen/caseload';
import { createTestDatabase, type DatabaseHandle, queryRows, seed, sql } from '@trappen/db';
import { addDays } from '@trappen/staircase';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCaseloadInput } from '../queries/load-caseload-input';
import { loadStaircase } from '../queries/load-staircase';
import { callerFor } from '../testing/caller-for';

const TODAY = '2024-07-01';
const ADMIN = 'administrator@eksempelby.dk';
let handle: DatabaseHandle;
let municipalityId = '';

async function callerAs(email: string) {
  return (await callerFor(handle.db, email, TODAY)).caller;
}

/** Open cases with exactly one intervention active today and no follow-up at all. */
async function casesWithoutFollowUps() {
  return queryRows<{ case_id: string; child_id: string; code: string; start: string }>(
    handle.db,
    sql`select c.id::text as case_id, c.child_id::text as child_id, i.code, i.start_date::text as start
        from cases c join interventions i on i.case_id = c.id
        where c.municipality_id = ${municipalityId} and c.status = 'open'
          and i.start_date <= ${TODAY} and (i.end_date is null or i.end_date >= ${TODAY})
          and not exists (select 1 from follow_ups f where f.case_id = c.id)
          and (select count(*) from interventions j where j.case_id = c.id
               and j.start_date <= ${TODAY} and (j.end_date is null or j.end_date >= ${TODAY})) = 1
        order by c.id limit 5`,
  );
}

async function saveRules(followUpRules: Record<string, unknown> | null) {
  const admin = await callerAs(ADMIN);
  const { rules } = await admin.adminConfig.get();
  return admin.adminConfig.saveRules({
    version: rules.version,
    caseloadNorm: rules.caseloadNorm,
    followUpRules,
  });
}

/** The child's earliest follow-up or reassessment deadline as `@trappen/caseload` computes it. */
async function packageDeadline(childId: string): Promise<string | undefined> {
  const staircase = await loadStaircase(handle.db, municipalityId);
  const { input } = await loadCaseloadInput(handle.db, staircase, municipalityId, null);
  return deadlines(input, defaultFollowUpRules, TODAY)
    .filter((d) => d.childId === childId)
    .filter((d) => d.kind === 'followUp' || d.kind === 'stepReassessment')
    .map((d) => d.dueDate)
    .sort()[0];
}

beforeAll(async () => {
  handle = await createTestDatabase();
  const seeded = await seed(handle.db, {
    municipalities: 1,
    scale: 0.2,
    randomSeed: 11,
    asOf: '2024-06-30',
  });
  municipalityId = seeded.municipalities[0]?.id ?? '';
}, 300_000);
afterAll(() => handle?.close());

describe('saved follow-up rules drive the deadlines', () => {
  it('recomputes every open case when rules are saved, and returns to the defaults when cleared', async () => {
    const admin = await callerAs(ADMIN);
    const [chosen] = await casesWithoutFollowUps();
    if (!chosen) throw new Error('the seed has no case without follow-ups');
    const overdueBefore = (await admin.caseload.overview({})).violations.filter(
      (v) => v.kind === 'overdueFollowUp',
    ).length;

    const strict = await saveRules({
      version: 'eksempelby-strict',
      rules: [{ kind: 'followUp', firstAfterDays: 1 }, { kind: 'stepReassessment' }],
    });
    expect(strict.casesRefreshed).toBeGreaterThan(0);
    const strictCase = await admin.cases.get({ caseId: chosen.case_id });
    expect(strictCase.nextFollowUp).toBe(addDays(chosen.start, 1));
    expect(strictCase.nextDeadline).toBe(addDays(chosen.start, 1));
    const listed = await admin.cases.list({ overdue: true, scope: 'scope', pageSize: 100 });
    expect(listed.total).toBeGreaterThan(0);
    const overview = await admin.caseload.overview({});
    const overdueAfter = overview.violations.filter((v) => v.kind === 'overdueFollowUp');
    expect(overdueAfter.length).toBeGreaterThan(overdueBefore);
    expect(overdueAfter.some((v) => v.childId === chosen.child_id)).toBe(true);

    const cleared = await saveRules(null);
    expect(cleared.casesRefreshed).toBeGreaterThan(0);
    const defaultCase = await admin.cases.get({ caseId: chosen.case_id });
    expect(defaultCase.nextDeadline).not.toBe(strictCase.nextDeadline);
    expect(defaultCase.nextDeadline).toBe(await packageDeadline(chosen.child_id));
  });

  it('turns the six-month reassessment off for exempt steps and back on', async () => {
    const admin = await callerAs(ADMIN);
    const [chosen] = await casesWithoutFollowUps();
    if (!chosen) throw new Error('the seed has no case without follow-ups');
    const before = await admin.cases.get({ caseId: chosen.case_id });
    const step = before.currentStep?.id ?? '';
    await saveRules({
      version: 'no-follow-up',
      rules: [{ kind: 'followUp', exemptSteps: [step] }, { kind: 'stepReassessment' }],
    });
    const onlyReassessment = await admin.cases.get({ caseId: chosen.case_id });
    expect(onlyReassessment.nextFollowUp).toBeNull();
    expect(onlyReassessment.nextDeadline).not.toBeNull();
    await saveRules({
      version: 'nothing-due',
      rules: [{ kind: 'followUp', exemptSteps: [step] }],
    });
    const nothing = await admin.cases.get({ caseId: chosen.case_id });
    expect(nothing.nextDeadline).toBeNull();
    await saveRules(null);
    expect((await admin.cases.get({ caseId: chosen.case_id })).nextDeadline).toBe(
      before.nextDeadline,
    );
  });

  it('dates the next follow-up by the saved cadence when a follow-up is recorded without a date', async () => {
    const admin = await callerAs(ADMIN);
    const [chosen] = await casesWithoutFollowUps();
    if (!chosen) throw new Error('the seed has no case without follow-ups');
    await saveRules({
      version: 'cadence-10',
      rules: [{ kind: 'followUp', everyDaysByCode: { [chosen.code]: 10 } }],
    });
    const detail = await admin.cases.get({ caseId: chosen.case_id });
    const active = detail.interventions.find(
      (i) => i.code === chosen.code && i.startDate === chosen.start,
    );
    if (!active) throw new Error('the active intervention is missing');
    await admin.followUps.record({
      interventionId: active.id,
      interventionVersion: active.version,
      date: TODAY,
      outcome: 'continue',
      childHeard: true,
      nextDate: null,
    });
    const after = await admin.cases.get({ caseId: chosen.case_id });
    expect(after.nextFollowUp).toBe(addDays(TODAY, 10));
    expect(after.nextDeadline).toBe(addDays(TODAY, 10));
    await saveRules(null);
  });
});

/** The error code and the field errors of a call that must fail. */
async function failureOf(
  promise: Promise<unknown>,
): Promise<{ code: string; fields: Record<string, string[]> }> {
  try {
    await promise;
  } catch (error) {
    const e = error as { code: string; fieldErrors?: Record<string, string[]> };
    return { code: e.code, fields: e.fieldErrors ?? {} };
  }
  throw new Error('expected an error');
}

describe('catalogue editing', () => {
  it('adds an intervention to a step as a new staircase version with who changed what', async () => {
    const admin = await callerAs(ADMIN);
    const before = await admin.adminConfig.get();
    const step = before.staircase.view.steps[2]?.id ?? '';
    const saved = await admin.adminConfig.saveCatalogue({
      version: before.staircase.version,
      change: {
        action: 'add',
        entry: {
          code: 'mentor-program',
          step,
          name: { da: 'Mentorordning', en: 'Mentor programme' },
          defaultDailyRate: 450,
        },
      },
    });
    expect(saved.version).toBe(before.staircase.version + 1);
    const after = await admin.adminConfig.get();
    expect(
      after.staircase.view.interventions.find((e) => e.code === 'mentor-program'),
    ).toMatchObject({
      step,
      name: { da: 'Mentorordning', en: 'Mentor programme' },
      defaultDailyRate: 450,
    });
    expect(after.staircase.history[0]).toMatchObject({
      version: saved.version,
      changedBy: 'Administrator',
    });
    expect(after.staircase.history[0]?.changes).toEqual([
      `interventions.${before.staircase.view.interventions.length}`,
    ]);
  });

  it("refuses a bad entry with defineStaircase's issues at each field, and writes nothing", async () => {
    const admin = await callerAs(ADMIN);
    const before = await admin.adminConfig.get();
    const errors = await failureOf(
      admin.adminConfig.saveCatalogue({
        version: before.staircase.version,
        change: {
          action: 'add',
          entry: {
            code: 'Bad Code',
            step: 'nowhere',
            name: { da: '', en: 'x' },
            defaultDailyRate: -5,
          },
        },
      }),
    );
    expect(errors.code).toBe('BAD_REQUEST');
    expect(Object.keys(errors.fields)).toEqual(
      expect.arrayContaining([
        'entry.code',
        'entry.step',
        'entry.name.da',
        'entry.defaultDailyRate',
      ]),
    );
    const duplicate = await failureOf(
      admin.adminConfig.saveCatalogue({
        version: before.staircase.version,
        change: {
          action: 'add',
          entry: {
            code: 'mentor-program',
            step: before.staircase.view.steps[0]?.id ?? '',
            name: { da: 'Igen', en: 'Again' },
          },
        },
      }),
    );
    expect(duplicate.fields['entry.code']).toEqual(['duplicate intervention code']);
    expect((await admin.adminConfig.get()).staircase.version).toBe(before.staircase.version);
  });

  it('renames and retires; a retired intervention cannot be started, and a stale version is a CONFLICT', async () => {
    const admin = await callerAs(ADMIN);
    const before = await admin.adminConfig.get();
    await admin.adminConfig.saveCatalogue({
      version: before.staircase.version,
      change: { action: 'rename', code: 'mentor-program', name: { da: 'Mentor', en: 'Mentor' } },
    });
    const renamed = await admin.adminConfig.get();
    expect(
      renamed.staircase.view.interventions.find((e) => e.code === 'mentor-program')?.name.da,
    ).toBe('Mentor');
    await admin.adminConfig.saveCatalogue({
      version: renamed.staircase.version,
      change: { action: 'retire', code: 'mentor-program' },
    });
    const retired = await admin.adminConfig.get();
    expect(retired.staircase.retired).toEqual(['mentor-program']);
    expect(retired.staircase.view.interventions.some((e) => e.code === 'mentor-program')).toBe(
      true,
    );

    const [open] = await casesWithoutFollowUps();
    if (!open) throw new Error('no open case');
    const detail = await admin.cases.get({ caseId: open.case_id });
    const refused = await failureOf(
      admin.interventions.add({
        caseId: open.case_id,
        caseVersion: detail.version,
        code: 'mentor-program',
        startDate: TODAY,
      }),
    );
    expect(refused.code).toBe('BAD_REQUEST');
    expect(refused.fields.code).toEqual(['the intervention is retired from the catalogue']);

    const stale = await failureOf(
      admin.adminConfig.saveCatalogue({
        version: renamed.staircase.version,
        change: { action: 'reinstate', code: 'mentor-program' },
      }),
    );
    expect(stale.code).toBe('CONFLICT');
    expect((await admin.adminConfig.get()).staircase.version).toBe(retired.staircase.version);
  });
});
