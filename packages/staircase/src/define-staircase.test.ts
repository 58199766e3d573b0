import { describe, expect, it } from 'vitest';
import { defaultStaircase } from './default-staircase';
import { defineStaircase } from './define-staircase';
import { StaircaseError, type ValidationIssue } from './errors';
import type { CatalogueEntryInput, StaircaseInput, StepInput } from './schema';

const text = (value: string) => ({ da: value, en: value });

function step(id: string, rank: number, extra: Partial<StepInput> = {}): StepInput {
  return { id, rank, name: text(id), description: text(`about ${id}`), ...extra };
}

function entry(code: string, stepId: string, extra: Partial<CatalogueEntryInput> = {}) {
  return { code, step: stepId, name: text(code), ...extra } satisfies CatalogueEntryInput;
}

function valid(): StaircaseInput {
  return {
    id: 'mini',
    name: { da: 'Mini-trappen', en: 'The mini staircase' },
    steps: [step('home', 1), step('support', 2), step('placed', 3, { isPlacement: true })],
    interventions: [
      entry('contact-person', 'support', { defaultDailyRate: 100 }),
      entry('foster-family', 'placed', { placementType: 'fosterFamily', followUpEveryDays: 30 }),
      entry('day-care', 'home'),
    ],
  };
}

/** Calls defineStaircase and returns the StaircaseError it must throw. */
function rejection(input: unknown): StaircaseError {
  try {
    defineStaircase(input as StaircaseInput);
  } catch (error) {
    expect(error).toBeInstanceOf(StaircaseError);
    return error as StaircaseError;
  }
  throw new Error('expected defineStaircase to throw');
}

const paths = (issues: readonly ValidationIssue[]) => issues.map((issue) => issue.path.join('.'));

describe('defineStaircase: a valid definition', () => {
  it('applies defaults', () => {
    const staircase = defineStaircase(valid());
    const home = staircase.steps.find((s) => s.id === 'home');
    expect(home?.isPlacement).toBe(false);
    expect(home?.maxStayMonths).toBe(6);
    const dayCare = staircase.interventions.find((e) => e.code === 'day-care');
    expect(dayCare).toMatchObject({ followUpEveryDays: 91, legalBasis: '', aftercare: false });
    expect(dayCare?.defaultDailyRate).toBeUndefined();
    expect(dayCare?.placementType).toBeUndefined();
  });

  it('keeps explicit values', () => {
    const staircase = defineStaircase(valid());
    expect(staircase.interventions.find((e) => e.code === 'foster-family')).toMatchObject({
      placementType: 'fosterFamily',
      followUpEveryDays: 30,
    });
    expect(staircase.interventions.find((e) => e.code === 'contact-person')?.defaultDailyRate).toBe(
      100,
    );
  });

  it('sorts steps by rank and keeps the catalogue in input order', () => {
    const input = valid();
    input.steps = [step('placed', 3, { isPlacement: true }), step('home', 1), step('support', 2)];
    const staircase = defineStaircase(input);
    expect(staircase.steps.map((s) => s.id)).toEqual(['home', 'support', 'placed']);
    expect(staircase.interventions.map((e) => e.code)).toEqual([
      'contact-person',
      'foster-family',
      'day-care',
    ]);
  });

  it('returns a deeply frozen staircase', () => {
    const staircase = defineStaircase(valid());
    expect(Object.isFrozen(staircase)).toBe(true);
    expect(Object.isFrozen(staircase.name)).toBe(true);
    expect(Object.isFrozen(staircase.steps)).toBe(true);
    expect(Object.isFrozen(staircase.steps[0])).toBe(true);
    expect(Object.isFrozen(staircase.steps[0]?.name)).toBe(true);
    expect(Object.isFrozen(staircase.interventions)).toBe(true);
    expect(Object.isFrozen(staircase.interventions[0])).toBe(true);
    expect(() => {
      (staircase.steps as StepInput[]).push(step('extra', 4));
    }).toThrow(TypeError);
  });

  it('neither freezes nor depends on the caller’s input', () => {
    const input = valid();
    const staircase = defineStaircase(input);
    expect(Object.isFrozen(input)).toBe(false);
    expect(Object.isFrozen(input.steps[0])).toBe(false);
    const first = input.steps[0];
    if (first) first.name = text('changed');
    expect(staircase.steps[0]?.name.en).toBe('home');
  });

  it('trims localized text', () => {
    const input = valid();
    input.name = { da: '  Mini  ', en: ' Mini ' };
    expect(defineStaircase(input).name).toEqual({ da: 'Mini', en: 'Mini' });
  });

  it('accepts a single step with an empty catalogue', () => {
    const staircase = defineStaircase({
      id: 'one',
      name: text('One'),
      steps: [step('only', 1)],
      interventions: [],
    });
    expect(staircase.steps).toHaveLength(1);
    expect(staircase.interventions).toEqual([]);
  });
});

describe('defineStaircase: every validation error', () => {
  it('rejects duplicate step ids', () => {
    const input = valid();
    input.steps.push(step('home', 4));
    const error = rejection(input);
    expect(error.issues).toContainEqual({
      path: ['steps', 3, 'id'],
      message: 'duplicate step id',
      value: 'home',
    });
  });

  it.each([
    ['a gap', [1, 2, 4]],
    ['not starting at 1', [2, 3, 4]],
    ['zero', [0, 1, 2]],
    ['negative', [-1, 1, 2]],
  ])('rejects ranks with %s', (_label, ranks) => {
    const input = valid();
    input.steps = ranks.map((rank, index) => step(`s${index}`, rank));
    input.interventions = [];
    const error = rejection(input);
    const bad = ranks
      .map((rank, index) => ({ rank, index }))
      .filter(({ rank }) => rank < 1 || rank > 3);
    expect(bad.length).toBeGreaterThan(0);
    for (const { index, rank } of bad) {
      expect(error.issues).toContainEqual({
        path: ['steps', index, 'rank'],
        message: 'ranks must be exactly 1..3, each used once',
        value: rank,
      });
    }
  });

  it('rejects a rank used twice, flagging both steps', () => {
    const input = valid();
    input.steps = [step('a', 1), step('b', 2), step('c', 2)];
    input.interventions = [];
    const error = rejection(input);
    expect(paths(error.issues)).toEqual(['steps.1.rank', 'steps.2.rank']);
  });

  it('rejects a fractional rank', () => {
    const input = valid();
    input.steps = [step('a', 1), step('b', 1.5)];
    input.interventions = [];
    const error = rejection(input);
    expect(paths(error.issues)).toContain('steps.1.rank');
  });

  it('rejects duplicate intervention codes', () => {
    const input = valid();
    input.interventions.push(entry('day-care', 'support'));
    const error = rejection(input);
    expect(error.issues).toEqual([
      {
        path: ['interventions', 3, 'code'],
        message: 'duplicate intervention code',
        value: 'day-care',
      },
    ]);
  });

  it('rejects an intervention on an unknown step', () => {
    const input = valid();
    input.interventions.push(entry('mystery', 'attic'));
    const error = rejection(input);
    expect(error.issues).toEqual([
      { path: ['interventions', 3, 'step'], message: 'unknown step id', value: 'attic' },
    ]);
  });

  it.each([0, -7, 1.5])('rejects a follow-up cadence of %s days', (days) => {
    const input = valid();
    input.interventions.push(entry('x', 'home', { followUpEveryDays: days }));
    expect(paths(rejection(input).issues)).toEqual(['interventions.3.followUpEveryDays']);
  });

  it.each([0, -100, Number.NaN, Number.POSITIVE_INFINITY])('rejects a daily rate of %s', (rate) => {
    const input = valid();
    input.interventions.push(entry('x', 'home', { defaultDailyRate: rate }));
    expect(paths(rejection(input).issues)).toEqual(['interventions.3.defaultDailyRate']);
  });

  it.each([0, -6])('rejects maxStayMonths of %s', (months) => {
    const input = valid();
    input.steps[0] = step('home', 1, { maxStayMonths: months });
    expect(paths(rejection(input).issues)).toEqual(['steps.0.maxStayMonths']);
  });

  it('rejects a placement type on a step that is not a placement', () => {
    const input = valid();
    input.interventions.push(entry('x', 'support', { placementType: 'residentialHome' }));
    expect(rejection(input).issues).toEqual([
      {
        path: ['interventions', 3, 'placementType'],
        message: 'a placement type requires a step marked isPlacement',
        value: 'residentialHome',
      },
    ]);
  });

  it('rejects an unknown placement type', () => {
    const input = valid();
    input.interventions.push(entry('x', 'placed', { placementType: 'castle' as 'fosterFamily' }));
    expect(paths(rejection(input).issues)).toEqual(['interventions.3.placementType']);
  });

  it('rejects missing or empty names and bad identifiers', () => {
    const input = valid();
    input.name = { da: '   ', en: 'ok' };
    input.id = 'Not An Id';
    input.steps[1] = { ...step('support', 2), description: { da: 'x' } as never };
    const error = rejection(input);
    expect(paths(error.issues)).toEqual(['id', 'name.da', 'steps.1.description.en']);
  });

  it('rejects an empty step list and input that is not an object', () => {
    const input = valid();
    input.steps = [];
    input.interventions = [];
    expect(paths(rejection(input).issues)).toEqual(['steps']);
    expect(rejection(null).issues.length).toBeGreaterThan(0);
    expect(rejection('staircase').issues.length).toBeGreaterThan(0);
    expect(rejection({}).issues.length).toBeGreaterThan(0);
  });

  it('reports ALL problems together in one StaircaseError, each with its path', () => {
    const input: StaircaseInput = {
      id: 'broken',
      name: text('Broken'),
      steps: [
        step('home', 1),
        step('home', 3),
        step('support', 3, { maxStayMonths: 0 }),
        step('placed', 7, { isPlacement: true }),
      ],
      interventions: [
        entry('a', 'home', { followUpEveryDays: 0 }),
        entry('a', 'support', { defaultDailyRate: -5 }),
        entry('b', 'nowhere'),
        entry('c', 'support', { placementType: 'fosterFamily' }),
      ],
    };
    const error = rejection(input);
    expect(new Set(paths(error.issues))).toEqual(
      new Set([
        'steps.1.id',
        'steps.1.rank',
        'steps.2.rank',
        'steps.2.maxStayMonths',
        'steps.3.rank',
        'interventions.0.followUpEveryDays',
        'interventions.1.code',
        'interventions.1.defaultDailyRate',
        'interventions.2.step',
        'interventions.3.placementType',
      ]),
    );
    expect(error.issues).toHaveLength(10);
    expect(error.name).toBe('StaircaseError');
    expect(error.message).toMatch(/^Invalid staircase: 10 problem\(s\)\n/);
    expect(error.message).toContain('interventions.2.step: unknown step id (got "nowhere")');
    expect(error.message).toContain(
      'steps.3.rank: ranks must be exactly 1..4, each used once (got 7)',
    );
  });
});

describe('defineStaircase: deriving a municipality’s own staircase', () => {
  it('accepts the default staircase (readonly, frozen) as a starting point', () => {
    const randers = defineStaircase({
      ...defaultStaircase,
      id: 'randers',
      name: { da: 'Randers-trappen', en: 'The Randers staircase' },
      interventions: [
        ...defaultStaircase.interventions,
        { code: 'family-house', step: 'home-based', name: text('Familiehuset') },
      ],
    });
    expect(randers.id).toBe('randers');
    expect(randers.steps).toEqual(defaultStaircase.steps);
    expect(randers.interventions.at(-1)).toMatchObject({
      code: 'family-house',
      followUpEveryDays: 91,
    });
    expect(defaultStaircase.interventions.some((e) => e.code === 'family-house')).toBe(false);
  });

  it('accepts input declared `as const`', () => {
    const input = {
      id: 'const',
      name: text('Const'),
      steps: [step('only', 1)],
      interventions: [{ code: 'x', step: 'only', name: text('x') }],
    } as const;
    expect(defineStaircase(input).interventions[0]?.code).toBe('x');
  });
});
