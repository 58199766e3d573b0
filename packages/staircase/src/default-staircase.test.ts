import { describe, expect, it } from 'vitest';
import { defaultStaircase } from './default-staircase';
import { defineStaircase } from './define-staircase';
import { PLACEMENT_TYPES } from './placement-types';

/** The reform's staircase (Solrød): every example intervention, by the step it sits on (lowest first). */
const examplesByStep: Record<string, string[]> = {
  universal: ['day-care', 'school', 'youth-club', 'ssp', 'health-visitor', 'ppr'],
  prevention: [
    'school-social-counselling',
    'day-care-counselling',
    'preventive-counselling',
    'cooperation-talks',
    'group-offer',
    'extra-health-visits',
    'school-daycare-support',
    'substance-counselling',
  ],
  'home-based': [
    'family-treatment',
    'contact-person',
    'boarding-school-grant',
    'relief-care-home',
    'day-treatment',
    'family-residential-stay',
  ],
  'network-care': ['network-foster-care'],
  'foster-care': ['foster-family', 'youth-flat', 'boarding-school-placement'],
  institution: [
    'residential-home',
    'residential-institution',
    'secure-institution',
    'acute-placement',
  ],
};

const entry = (code: string) => defaultStaircase.interventions.find((e) => e.code === code);

describe('defaultStaircase', () => {
  it('has the six steps of the staircase, lowest first, ranked 1..6', () => {
    expect(defaultStaircase.steps.map((s) => [s.rank, s.id, s.name.en])).toEqual([
      [1, 'universal', 'Early prevention in universal services'],
      [2, 'prevention', 'Prevention'],
      [3, 'home-based', 'Home-based interventions'],
      [4, 'network-care', 'Placement with kin or network'],
      [5, 'foster-care', 'Placement in a foster family, youth flat or boarding school'],
      [6, 'institution', 'Placement at a residential home or institution'],
    ]);
  });

  it('marks steps 4-6 as placements and applies the six-month rule to every step', () => {
    expect(defaultStaircase.steps.filter((s) => s.isPlacement).map((s) => s.rank)).toEqual([
      4, 5, 6,
    ]);
    for (const step of defaultStaircase.steps) expect(step.maxStayMonths).toBe(6);
  });

  it('labels every step in Danish and English, with text for families', () => {
    expect(defaultStaircase.steps.find((s) => s.id === 'universal')?.name.da).toBe(
      'Tidlig forebyggelse i almene tilbud',
    );
    for (const step of defaultStaircase.steps) {
      expect(step.name.da.length).toBeGreaterThan(0);
      expect(step.description.da.length).toBeGreaterThan(0);
      expect(step.description.en.length).toBeGreaterThan(0);
      expect(step.whatToExpect?.da.length).toBeGreaterThan(0);
      expect(step.whatToExpect?.en.length).toBeGreaterThan(0);
    }
  });

  it.each(Object.entries(examplesByStep))(
    'has every example intervention of step %s on that step',
    (stepId, codes) => {
      for (const code of codes) expect(entry(code)?.step, code).toBe(stepId);
    },
  );

  it('names the example interventions in both languages', () => {
    expect(entry('ssp')?.name.en).toContain('school, social services and police');
    expect(entry('ppr')?.name.en).toContain('PPR');
    expect(entry('acute-placement')?.name.en).toContain('max 3 months');
    expect(entry('network-foster-care')?.name.da).toBe('Slægts- eller netværksplejefamilie');
    for (const e of defaultStaircase.interventions) {
      expect(e.name.da.trim(), e.code).not.toBe('');
      expect(e.name.en.trim(), e.code).not.toBe('');
      expect(e.legalBasis.length, e.code).toBeGreaterThan(0);
    }
  });

  it('includes aftercare (efterværn) interventions', () => {
    const aftercare = defaultStaircase.interventions.filter((e) => e.aftercare);
    expect(aftercare.map((e) => e.code)).toEqual(
      expect.arrayContaining(['aftercare-contact-person', 'aftercare-mentor']),
    );
    for (const e of aftercare) expect(e.legalBasis).toContain('efterværn');
  });

  it('uses every placement type, only on placement steps', () => {
    const used = new Set(defaultStaircase.interventions.map((e) => e.placementType));
    for (const type of PLACEMENT_TYPES) expect(used.has(type), type).toBe(true);
    for (const e of defaultStaircase.interventions) {
      const step = defaultStaircase.steps.find((s) => s.id === e.step);
      if (e.placementType) expect(step?.isPlacement, e.code).toBe(true);
    }
    expect(entry('foster-family')?.placementType).toBe('fosterFamily');
    expect(entry('secure-institution')?.placementType).toBe('secureInstitution');
  });

  it('has unique codes, positive cadences and rates, quarterly follow-up by default', () => {
    const codes = defaultStaircase.interventions.map((e) => e.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const e of defaultStaircase.interventions) {
      expect(e.followUpEveryDays).toBeGreaterThan(0);
      if (e.defaultDailyRate !== undefined) expect(e.defaultDailyRate).toBeGreaterThan(0);
    }
    expect(entry('family-treatment')?.followUpEveryDays).toBe(91);
    expect(entry('secure-institution')?.followUpEveryDays).toBe(30);
  });

  it('is deeply frozen', () => {
    expect(Object.isFrozen(defaultStaircase)).toBe(true);
    expect(Object.isFrozen(defaultStaircase.steps)).toBe(true);
    expect(Object.isFrozen(defaultStaircase.interventions)).toBe(true);
    for (const step of defaultStaircase.steps) {
      expect(Object.isFrozen(step)).toBe(true);
      expect(Object.isFrozen(step.name)).toBe(true);
    }
    for (const e of defaultStaircase.interventions) expect(Object.isFrozen(e)).toBe(true);
    expect(() => {
      (defaultStaircase.steps[0] as { rank: number }).rank = 99;
    }).toThrow(TypeError);
    expect(defaultStaircase.steps[0]?.rank).toBe(1);
  });

  it('validates again unchanged through defineStaircase', () => {
    const again = defineStaircase(structuredClone(defaultStaircase));
    expect(again).toEqual(defaultStaircase);
  });
});
