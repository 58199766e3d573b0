import { describe, expect, it } from 'vitest';
import { defaultFollowUpRules, defineFollowUpRules } from './follow-up-rules';
import { makeInput, manyChildren } from './test-helpers';
import { violations } from './violations';

const input = makeInput({
  caseworkers: [
    { id: 'anna', team: 'north', fte: 0.5 },
    { id: 'bo', team: 'north', fte: 1, leave: [{ from: '2024-05-01' }] },
  ],
  children: [{ id: 'c1' }, { id: 'c2' }, { id: 'c3' }, ...manyChildren(15, 'anna', 'x').children],
  cases: [
    { id: 'k1', childId: 'c1', opened: '2024-01-01' },
    { id: 'k2', childId: 'c2', opened: '2024-01-01' },
    { id: 'k3', childId: 'c3', opened: '2024-01-01' },
    ...manyChildren(15, 'anna', 'x').cases,
  ],
  assignments: [
    { childId: 'c1', caseworkerId: 'anna', from: '2024-01-01' },
    { childId: 'c2', caseworkerId: 'bo', from: '2024-01-01' },
    ...manyChildren(15, 'anna', 'x').assignments,
  ],
  interventions: [
    { id: 'i1', childId: 'c1', code: 'foster-family', start: '2024-01-10' },
    { id: 'i2', childId: 'c2', code: 'family-treatment', start: '2024-07-01' },
  ],
  followUps: [{ interventionId: 'i1', date: '2024-06-20' }],
  actionPlans: [{ childId: 'c1', date: '2024-01-05' }],
  childAssessments: [{ childId: 'c3', started: '2024-03-15' }],
});

describe('violations', () => {
  const list = violations(input, {}, defaultFollowUpRules, '2024-08-01');
  const byKind = (kind: string) => list.filter((v) => v.kind === kind);

  it('lists every kind a leader must act on, most urgent first', () => {
    expect(list.map((v) => [v.kind, v.severity, v.daysOverdue ?? null])).toEqual([
      ['missingActionPlan', 'critical', 31],
      ['caseloadOverMax', 'critical', null],
      ['unassignedChild', 'critical', null],
      ['overdueReassessment', 'warning', 22],
      ['overdueChildAssessment', 'warning', 17],
      ['caseworkerOnLeave', 'warning', null],
    ]);
    expect(list.every((v) => v.rulesVersion === 'default-1')).toBe(true);
  });

  it('explains a caseload over max in one sentence, Danish and English', () => {
    expect(byKind('caseloadOverMax')).toEqual([
      expect.objectContaining({
        caseworkerId: 'anna',
        team: 'north',
        explanation: {
          da: 'Sagsbehandler anna (team north) har 32 børn pr. fuldtidsstilling, over normens maksimum på 30.',
          en: "Caseworker anna (team north) has 32 children per full-time post, above the norm's maximum of 30.",
        },
      }),
    ]);
  });

  it('explains overdue deadlines with the intervention and step names', () => {
    expect(byKind('missingActionPlan')[0]).toMatchObject({
      childId: 'c2',
      interventionId: 'i2',
      dueDate: '2024-07-01',
      explanation: {
        da: 'Indsatsen Familiebehandling (familiekonsulent, psykolog) for barn c2 startede 2024-07-01 uden en handleplan (31 dage siden).',
        en: 'The measure Family treatment (family consultant, psychologist) for child c2 started on 2024-07-01 without an action plan (31 days ago).',
      },
    });
    expect(byKind('overdueReassessment')[0]?.explanation.en).toBe(
      'Child c1 is on the step "Placement in a foster family, youth flat or boarding school" without a reassessment, which was due by 2024-07-10 and is 22 days overdue.',
    );
    expect(byKind('overdueChildAssessment')[0]?.explanation.da).toBe(
      'Den børnefaglige undersøgelse af barn c3 skulle være afsluttet senest 2024-07-15 og er 17 dage forsinket.',
    );
    expect(byKind('unassignedChild')[0]?.explanation.da).toBe(
      'Barn c3 har en åben sag, men ingen sagsbehandler den 2024-08-01.',
    );
    expect(byKind('caseworkerOnLeave')[0]).toMatchObject({ childId: 'c2', caseworkerId: 'bo' });
  });

  it('escalates overdue follow-ups to critical after escalateAfterDays', () => {
    const followUps = input.followUps ?? [];
    const late = { ...input, followUps: [] as typeof followUps };
    const rules = defineFollowUpRules({
      version: 'v2',
      escalateAfterDays: 30,
      rules: [{ kind: 'followUp' }],
    });
    // i1: first follow-up due 2024-04-10; i2 started 2024-07-01, due 2024-09-30.
    const at = (asOf: string) =>
      violations(late, {}, rules, asOf).filter((v) => v.kind === 'overdueFollowUp');
    expect(at('2024-05-10')).toEqual([
      expect.objectContaining({
        severity: 'warning',
        daysOverdue: 30,
        interventionId: 'i1',
        rulesVersion: 'v2',
      }),
    ]);
    expect(at('2024-05-11')[0]).toMatchObject({ severity: 'critical', daysOverdue: 31 });
    expect(at('2024-05-11')[0]?.explanation).toEqual({
      da: 'Opfølgningen på Plejefamilie for barn c1 skulle være sket senest 2024-04-10 og er 31 dage forsinket.',
      en: 'The follow-up on Foster family for child c1 was due by 2024-04-10 and is 31 days overdue.',
    });
    expect(at('2024-04-11')[0]?.explanation.en).toContain('is 1 day overdue');
    expect(at('2024-04-11')[0]?.explanation.da).toContain('er 1 dag forsinket');
  });

  it('formats fractional loads with a decimal comma in Danish', () => {
    const list2 = violations(
      input,
      { municipality: { target: 20, max: 25 } },
      defaultFollowUpRules,
      '2024-08-01',
    );
    expect(list2.find((v) => v.kind === 'caseloadOverMax')?.explanation.da).toContain(
      'har 32 børn',
    );
    const weighted = violations(
      input,
      { municipality: { target: 20, max: 25, weights: { placement: 1.25 } } },
      { version: 'x', rules: [] },
      '2024-08-01',
    );
    expect(weighted.find((v) => v.kind === 'caseloadOverMax')?.explanation).toMatchObject({
      da: expect.stringContaining('har 32,5 børn'),
      en: expect.stringContaining('has 32.5 children'),
    });
  });

  it('is empty when everything is in order', () => {
    const fine = makeInput({
      caseworkers: [{ id: 'anna', team: 'north', fte: 1 }],
      ...manyChildren(3, 'anna'),
    });
    expect(violations(fine, {}, defaultFollowUpRules, '2024-08-01')).toEqual([]);
  });
});
