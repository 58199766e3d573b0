import { defaultStaircase } from '@trappen/staircase';
import { describe, expect, it } from 'vitest';
import { CaseloadError } from './errors';
import { defaultFollowUpRules, defineFollowUpRules } from './follow-up-rules';

const pathsOf = (fn: () => unknown): string[] => {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(CaseloadError);
    return (error as CaseloadError).issues.map((issue) => issue.path.join('.'));
  }
  throw new Error('expected a CaseloadError');
};

describe('follow-up rules', () => {
  it('has versioned defaults: every rule on, 14 days due soon, 4-month child assessments', () => {
    expect(defaultFollowUpRules).toMatchObject({
      version: 'default-1',
      dueSoonDays: 14,
      escalateAfterDays: 30,
      followUp: { kind: 'followUp', everyDaysByCode: {}, exemptSteps: [] },
      stepReassessment: { kind: 'stepReassessment', exemptSteps: [] },
      actionPlan: { kind: 'actionPlan', exemptSteps: ['universal'] },
      childAssessment: { kind: 'childAssessment', months: 4 },
    });
    expect(Object.isFrozen(defaultFollowUpRules.rules)).toBe(true);
  });

  it('keeps only the configured kinds', () => {
    const rules = defineFollowUpRules({
      version: 'faxe-2019.1',
      dueSoonDays: 7,
      rules: [{ kind: 'followUp', firstAfterDays: 30, everyDaysByCode: { 'contact-person': 60 } }],
    });
    expect(rules.followUp).toEqual({
      kind: 'followUp',
      firstAfterDays: 30,
      everyDaysByCode: { 'contact-person': 60 },
      exemptSteps: [],
    });
    expect(rules.actionPlan).toBeUndefined();
    expect(rules.childAssessment).toBeUndefined();
    expect(rules.dueSoonDays).toBe(7);
  });

  it('returns already validated rules as they are', () => {
    expect(defineFollowUpRules(defaultFollowUpRules)).toBe(defaultFollowUpRules);
    expect(defineFollowUpRules(defaultFollowUpRules, defaultStaircase)).toBe(defaultFollowUpRules);
  });

  it('accepts an edited copy of validated rules, but not a stray by-kind field', () => {
    const copy = defineFollowUpRules({ ...defaultFollowUpRules, dueSoonDays: 7 });
    expect(copy.dueSoonDays).toBe(7);
    expect(copy.rules.map((rule) => rule.kind)).toEqual(
      defaultFollowUpRules.rules.map((r) => r.kind),
    );
    expect(
      pathsOf(() =>
        defineFollowUpRules({ version: '1', rules: [], followUp: { kind: 'followUp' } } as never),
      ),
    ).toEqual(['']);
  });

  it('fails with one error listing every problem', () => {
    expect(
      pathsOf(() =>
        defineFollowUpRules({
          version: '',
          dueSoonDays: -1,
          escalateAfterDays: 1.5,
          rules: [
            { kind: 'weekly' },
            { kind: 'followUp', firstAfterDays: 0, everyDaysByCode: { x: -3 }, extra: true },
            { kind: 'childAssessment', months: 2.5 },
            { kind: 'followUp' },
            'followUp',
          ],
        } as never),
      ),
    ).toEqual([
      'version',
      'dueSoonDays',
      'escalateAfterDays',
      'rules.0.kind',
      'rules.1.firstAfterDays',
      'rules.1.everyDaysByCode.x',
      'rules.1',
      'rules.2.months',
      'rules.3.kind',
      'rules.4.kind',
    ]);
  });

  it('names the unknown kind and the kinds it knows', () => {
    expect(() =>
      defineFollowUpRules({ version: '1', rules: [{ kind: 'monthly' } as never] }),
    ).toThrow(
      /rules\.0\.kind: unknown rule kind; expected one of followUp, stepReassessment, actionPlan, childAssessment \(got "monthly"\)/,
    );
    expect(pathsOf(() => defineFollowUpRules({ version: '1' } as never))).toEqual(['rules']);
    expect(pathsOf(() => defineFollowUpRules(null as never))).toEqual(['']);
  });

  it('checks codes and step ids against a staircase when given one', () => {
    const input = {
      version: '1',
      rules: [
        { kind: 'followUp' as const, everyDaysByCode: { 'foster-family': 30, 'foster-famly': 30 } },
        { kind: 'actionPlan' as const, exemptSteps: ['universal', 'univrsal'] },
      ],
    };
    expect(defineFollowUpRules(input).followUp?.everyDaysByCode['foster-famly']).toBe(30);
    expect(pathsOf(() => defineFollowUpRules(input, defaultStaircase))).toEqual([
      'rules.0.everyDaysByCode.foster-famly',
      'rules.1.exemptSteps.1',
    ]);
  });
});
