import { addDays, addMonths } from '@trappen/staircase';
import { describe, expect, it } from 'vitest';
import { deadlines } from './deadlines';
import { CaseloadError } from './errors';
import { defineFollowUpRules } from './follow-up-rules';
import type { CaseloadInput, Intervention } from './input';
import { makeInput, oneChild } from './test-helpers';

const only = (
  kind: 'followUp' | 'stepReassessment' | 'actionPlan' | 'childAssessment',
  extra = {},
) => defineFollowUpRules({ version: 't', rules: [{ kind, ...extra } as never] });

const withChild = (parts: Partial<CaseloadInput> = {}): CaseloadInput =>
  makeInput({
    caseworkers: [{ id: 'anna', team: 'north', fte: 1 }],
    ...oneChild('c1', 'anna', '2024-01-01'),
    ...parts,
  });

const treatment: Intervention = {
  id: 'i1',
  childId: 'c1',
  code: 'family-treatment',
  start: '2024-01-01',
};

describe('follow-up deadlines', () => {
  const rules = only('followUp');

  it('is due one cadence (91 days, quarterly) after the start without follow-ups', () => {
    const due = addDays('2024-01-01', 91);
    expect(deadlines(withChild({ interventions: [treatment] }), rules, '2024-02-01')).toEqual([
      {
        childId: 'c1',
        interventionId: 'i1',
        kind: 'followUp',
        dueDate: due,
        status: 'ok',
        daysOverdue: 0,
      },
    ]);
  });

  it('is dueSoon when due today, overdue by 1 when due yesterday', () => {
    const due = addDays('2024-01-01', 91);
    const input = withChild({ interventions: [treatment] });
    expect(deadlines(input, rules, due)[0]).toMatchObject({ status: 'dueSoon', daysOverdue: 0 });
    expect(deadlines(input, rules, addDays(due, 1))[0]).toMatchObject({
      status: 'overdue',
      daysOverdue: 1,
    });
  });

  it('uses the due-soon window inclusively (14 days by default)', () => {
    const due = addDays('2024-01-01', 91);
    const input = withChild({ interventions: [treatment] });
    expect(deadlines(input, rules, addDays(due, -14))[0]?.status).toBe('dueSoon');
    expect(deadlines(input, rules, addDays(due, -15))[0]?.status).toBe('ok');
    const noWindow = defineFollowUpRules({
      version: 't',
      dueSoonDays: 0,
      rules: [{ kind: 'followUp' }],
    });
    expect(deadlines(input, noWindow, addDays(due, -1))[0]?.status).toBe('ok');
    expect(deadlines(input, noWindow, due)[0]?.status).toBe('dueSoon');
  });

  it('counts from the latest follow-up on or before asOf', () => {
    const input = withChild({
      interventions: [treatment],
      followUps: [
        { interventionId: 'i1', date: '2024-03-01' },
        { interventionId: 'i1', date: '2024-05-01' },
        { interventionId: 'i1', date: '2024-12-01' }, // after asOf: not yet documented
        { interventionId: 'i1', date: '2023-12-01' }, // before the start: does not count
      ],
    });
    expect(deadlines(input, rules, '2024-06-01')[0]?.dueDate).toBe(addDays('2024-05-01', 91));
    expect(deadlines(input, rules, '2024-04-01')[0]?.dueDate).toBe(addDays('2024-03-01', 91));
  });

  it('takes the cadence from the catalogue, then from the rule overrides', () => {
    const secure: Intervention = {
      id: 's1',
      childId: 'c1',
      code: 'secure-institution',
      start: '2024-01-01',
    };
    expect(deadlines(withChild({ interventions: [secure] }), rules, '2024-01-02')[0]?.dueDate).toBe(
      '2024-01-31',
    );
    const override = only('followUp', { everyDaysByCode: { 'family-treatment': 30 } });
    expect(
      deadlines(withChild({ interventions: [treatment] }), override, '2024-01-02')[0]?.dueDate,
    ).toBe('2024-01-31');
  });

  it('uses firstAfterDays for the first follow-up, and never makes a later one due earlier', () => {
    const first = only('followUp', {
      firstAfterDays: 14,
      everyDaysByCode: { 'family-treatment': 30 },
    });
    const input = withChild({ interventions: [treatment] });
    expect(deadlines(input, first, '2024-01-02')[0]?.dueDate).toBe('2024-01-15');
    const withFollowUp = { ...input, followUps: [{ interventionId: 'i1', date: '2024-01-10' }] };
    expect(deadlines(withFollowUp, first, '2024-01-12')[0]?.dueDate).toBe('2024-02-09');
    const late = only('followUp', {
      firstAfterDays: 120,
      everyDaysByCode: { 'family-treatment': 30 },
    });
    expect(deadlines(withFollowUp, late, '2024-01-12')[0]?.dueDate).toBe(
      addDays('2024-01-01', 120),
    );
  });

  it('only follows up active interventions, and skips exempt steps', () => {
    const ended: Intervention = { ...treatment, end: '2024-03-01' };
    const future: Intervention = { ...treatment, id: 'i2', start: '2024-09-01' };
    const school: Intervention = { id: 'i3', childId: 'c1', code: 'school', start: '2024-01-01' };
    const input = withChild({ interventions: [ended, future, school] });
    expect(deadlines(input, rules, '2024-03-01').map((d) => d.interventionId)).toEqual([
      'i1',
      'i3',
    ]);
    expect(deadlines(input, rules, '2024-03-02').map((d) => d.interventionId)).toEqual(['i3']);
    const exempt = only('followUp', { exemptSteps: ['universal'] });
    expect(deadlines(input, exempt, '2024-03-01').map((d) => d.interventionId)).toEqual(['i1']);
  });
});

describe('closed cases', () => {
  it('produce no deadline once closed, nor before the case opens', () => {
    const input = withChild({
      cases: [{ id: 'k1', childId: 'c1', opened: '2024-01-01', closed: '2024-03-15' }],
      interventions: [treatment],
      childAssessments: [{ childId: 'c1', started: '2024-01-01' }],
    });
    const all = defineFollowUpRules({
      version: 't',
      rules: [
        { kind: 'followUp' },
        { kind: 'actionPlan' },
        { kind: 'childAssessment' },
        { kind: 'stepReassessment' },
      ],
    });
    expect(deadlines(input, all, '2024-03-14').map((d) => d.kind)).toEqual([
      'followUp',
      'actionPlan',
      'childAssessment',
      'stepReassessment',
    ]);
    expect(deadlines(input, all, '2024-03-15')).toEqual([]);
    expect(deadlines(input, all, '2023-12-31')).toEqual([]);
  });
});

describe('action plan deadlines', () => {
  const rules = only('actionPlan');

  it('is due the day the measure starts when no plan exists', () => {
    const input = withChild({ interventions: [{ ...treatment, start: '2024-03-01' }] });
    expect(deadlines(input, rules, '2024-02-10')[0]).toMatchObject({
      kind: 'actionPlan',
      interventionId: 'i1',
      dueDate: '2024-03-01',
      status: 'ok',
    });
    expect(deadlines(input, rules, '2024-02-20')[0]?.status).toBe('dueSoon');
    expect(deadlines(input, rules, '2024-03-01')[0]?.status).toBe('dueSoon');
    expect(deadlines(input, rules, '2024-03-02')[0]).toMatchObject({
      status: 'overdue',
      daysOverdue: 1,
    });
  });

  it('is met by a child-level plan or a plan for that measure, made by asOf', () => {
    const base = { interventions: [treatment, { ...treatment, id: 'i2' }] };
    const childPlan = withChild({ ...base, actionPlans: [{ childId: 'c1', date: '2023-12-20' }] });
    expect(deadlines(childPlan, rules, '2024-02-01')).toEqual([]);
    const onePlan = withChild({
      ...base,
      actionPlans: [{ childId: 'c1', date: '2023-12-20', interventionId: 'i2' }],
    });
    expect(deadlines(onePlan, rules, '2024-02-01').map((d) => d.interventionId)).toEqual(['i1']);
    const futurePlan = withChild({ ...base, actionPlans: [{ childId: 'c1', date: '2024-05-01' }] });
    expect(deadlines(futurePlan, rules, '2024-02-01')).toHaveLength(2);
    expect(deadlines(futurePlan, rules, '2024-05-01')).toEqual([]);
  });

  it('exempts universal services by default and ignores ended measures', () => {
    const input = withChild({
      interventions: [
        { id: 'i1', childId: 'c1', code: 'day-care', start: '2024-01-01' },
        { ...treatment, id: 'i2', end: '2024-01-31' },
      ],
    });
    expect(deadlines(input, rules, '2024-02-01')).toEqual([]);
  });
});

describe('child assessment deadlines', () => {
  it('is due 4 months after it started, unless completed by asOf', () => {
    const rules = only('childAssessment');
    const input = withChild({
      childAssessments: [{ childId: 'c1', started: '2024-01-31', completed: '2024-06-10' }],
    });
    expect(deadlines(input, rules, '2024-05-31')[0]).toEqual({
      childId: 'c1',
      kind: 'childAssessment',
      dueDate: '2024-05-31',
      status: 'dueSoon',
      daysOverdue: 0,
    });
    expect(deadlines(input, rules, '2024-06-09')[0]).toMatchObject({
      status: 'overdue',
      daysOverdue: 9,
    });
    expect(deadlines(input, rules, '2024-06-10')).toEqual([]);
    expect(deadlines(input, rules, '2024-01-30')).toEqual([]); // not started yet
  });

  it('takes a configured number of months', () => {
    const rules = only('childAssessment', { months: 2 });
    const input = withChild({ childAssessments: [{ childId: 'c1', started: '2024-01-15' }] });
    expect(deadlines(input, rules, '2024-02-01')[0]?.dueDate).toBe(addMonths('2024-01-15', 2));
  });
});

describe('step reassessment deadlines', () => {
  const rules = only('stepReassessment');

  it('is due six months after arriving on the step, restarted by a reassessment', () => {
    const input = withChild({
      interventions: [
        { ...treatment, start: '2024-01-01', end: '2024-02-29' },
        { id: 'f1', childId: 'c1', code: 'foster-family', start: '2024-03-01' },
      ],
      reassessments: [
        { childId: 'c1', date: '2024-02-15' }, // on the earlier step: does not count
        { childId: 'c1', date: '2024-10-01' },
      ],
    });
    expect(deadlines(input, rules, '2024-08-31')).toEqual([
      {
        childId: 'c1',
        step: 'foster-care',
        kind: 'stepReassessment',
        dueDate: '2024-09-01',
        status: 'dueSoon',
        daysOverdue: 0,
      },
    ]);
    expect(deadlines(input, rules, '2024-09-30')[0]).toMatchObject({
      status: 'overdue',
      daysOverdue: 29,
    });
    expect(deadlines(input, rules, '2024-10-01')[0]).toMatchObject({
      dueDate: '2025-04-01',
      status: 'ok',
    });
  });

  it('uses the step’s maxStayMonths and skips children with no active intervention or an exempt step', () => {
    const input = withChild({
      interventions: [{ ...treatment, end: '2024-03-31' }],
    });
    expect(deadlines(input, rules, '2024-03-31')[0]?.dueDate).toBe('2024-07-01');
    expect(deadlines(input, rules, '2024-04-01')).toEqual([]);
    const exempt = only('stepReassessment', { exemptSteps: ['home-based'] });
    expect(deadlines(input, exempt, '2024-03-31')).toEqual([]);
  });
});

describe('deadlines input checks', () => {
  it('validates rules against the input’s staircase and the date', () => {
    const input = withChild({ interventions: [treatment] });
    expect(() =>
      deadlines(
        input,
        { version: 't', rules: [{ kind: 'followUp', everyDaysByCode: { nope: 3 } }] },
        '2024-01-01',
      ),
    ).toThrow(CaseloadError);
    expect(() => deadlines(input, only('followUp'), '01/01/2024')).toThrow(/asOf/);
  });
});
