import { describe, expect, it } from 'vitest';
import { describeHostileInput, type ExportCase } from '../../../test-support/hostile-input';
import * as api from './index';

type Api = typeof api;
const staircase = api.defaultStaircase;
const history = () => [
  { code: 'residential-institution', start: '2023-01-01', end: '2023-06-30' },
  { code: 'foster-family', start: '2023-07-01' },
];
const miniStaircase = () => ({
  id: 'mini',
  name: { da: 'Mini', en: 'Mini' },
  steps: [
    {
      id: 'home',
      rank: 1,
      maxStayMonths: 6,
      name: { da: 'Hjemme', en: 'Home' },
      description: { da: 'Hjemme', en: 'Home' },
    },
  ],
  interventions: [
    {
      code: 'contact-person',
      step: 'home',
      name: { da: 'Kontaktperson', en: 'Contact person' },
      defaultDailyRate: 100,
    },
  ],
});

/** How to call every export; the type fails to compile when an export has no entry. */
const cases = {
  addDays: { args: () => ['2024-02-28', 1] },
  addMonths: { args: () => ['2024-08-31', 6] },
  daysBetween: { args: () => ['2024-01-01', '2025-01-01'] },
  fromDayNumber: { args: () => [19_723] },
  toDayNumber: { args: () => ['2024-03-01'] },
  parseDayNumber: { args: () => ['2024-03-01'] },
  isIsoDate: { args: () => ['2024-02-29'] },
  defineStaircase: { args: () => [miniStaircase()] },
  resolveHistory: { args: () => [staircase, history()], trusted: [0], openEnded: ['endDay'] },
  stepOf: { args: () => [staircase, history(), '2023-03-01'], trusted: [0] },
  timeline: { args: () => [staircase, history()], trusted: [0] },
  movement: { args: () => [staircase, history(), '2023-03-01', '2024-01-01'], trusted: [0] },
  overdueReassessments: {
    args: () => [staircase, history(), [{ date: '2023-05-01' }], '2024-08-01'],
    trusted: [0],
  },
  indexStaircase: { args: () => [staircase], trusted: [0] },
  seededRandom: {
    args: () => [
      7,
      1,
      6,
      0.5,
      [
        ['a', 1],
        ['b', 2],
      ],
    ],
    call: (fn, [seed, min, max, p, weights]) => {
      const random = (fn as typeof api.seededRandom)(seed as number);
      return [
        random.next(),
        random.int(min as number, max as number),
        random.chance(p as number),
        random.pick(weights as [string, number][]),
        random.weighted(weights as [string, number][]),
        random.uuid(),
      ];
    },
  },
  neutralizeFormula: { args: () => ['=HYPERLINK("http://x")'] },
  toCsv: {
    args: () => [
      [
        ['line', '2025', '2026'],
        ['=1+1', -1655, 2.5],
        ['Familiebehandling', null, 1_234_567],
      ],
      { separator: ';' },
    ],
    // The file echoes the text cells it is given; the cells it writes itself are checked.
    call: (fn, args) => (fn(...(args as never[])) as string).split(/;|\r\n/),
  },
  // Echoes: they print or pass on the values they are given, NaN included, by design.
  formatIssues: { value: 'prints given values as written (errors.test.ts: NaN stays NaN)' },
  fromZodIssues: { value: 'passes zod issues through unchanged (errors.test.ts)' },
  StaircaseError: { value: 'an error class' },
  ValidationError: { value: 'an error class' },
  defaultStaircase: { value: 'a frozen constant' },
  PLACEMENT_TYPES: { value: 'a frozen constant' },
  placementTypeInfo: { value: 'a frozen constant' },
  CatalogueEntrySchema: { value: 'a zod schema (rejects NaN and Infinity)' },
  InterventionRecordSchema: { value: 'a zod schema' },
  IsoDateSchema: { value: 'a zod schema' },
  LocalizedTextSchema: { value: 'a zod schema' },
  PlacementTypeSchema: { value: 'a zod schema' },
  StaircaseDefinitionSchema: { value: 'a zod schema' },
  StepSchema: { value: 'a zod schema' },
} satisfies Record<keyof Api, ExportCase>;

describeHostileInput(
  '@trappen/staircase',
  api,
  cases,
  (error) => error instanceof api.StaircaseError,
);

describe('the schemas', () => {
  it('the schemas reject NaN, Infinity and impossible dates', () => {
    expect(
      api.StepSchema.safeParse({ ...miniStaircase().steps[0], rank: Number.NaN }).success,
    ).toBe(false);
    expect(
      api.CatalogueEntrySchema.safeParse({
        ...miniStaircase().interventions[0],
        defaultDailyRate: Number.POSITIVE_INFINITY,
      }).success,
    ).toBe(false);
    expect(api.IsoDateSchema.safeParse('2024-02-30').success).toBe(false);
  });
});
