import {
  defaultStaircase,
  defineStaircase,
  type InterventionRecord,
  type Movement,
  movement,
  type Staircase,
  type Step,
  stepOf,
  type TimelinePeriod,
  timeline,
} from '@trappen/staircase';

const history: InterventionRecord[] = [
  { code: 'foster-family', start: '2024-01-01', end: '2024-06-30' },
  { code: 'contact-person', start: '2024-05-01' },
];
const periods: TimelinePeriod[] = timeline(defaultStaircase, history);
const first: string | null | undefined = periods[0]?.to;
const step: Step | null = stepOf(defaultStaircase, history, '2024-07-01');
const rank: number | undefined = step?.rank;
const moved: Movement = movement(defaultStaircase, history, '2024-02-01', '2024-08-01');
const custom: Staircase = defineStaircase({
  ...defaultStaircase,
  id: 'custom',
  interventions: [...defaultStaircase.interventions],
});
// The types are real, not `any`:
// @ts-expect-error a start date must be a string
timeline(defaultStaircase, [{ code: 'foster-family', start: 20240101 }]);
// @ts-expect-error a period's step is a string, not a number
const wrong: number = periods[0]!.step;

export { custom, first, moved, rank, wrong };
