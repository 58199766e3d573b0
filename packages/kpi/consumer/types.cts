import { type DisclosedCell, suppress, yearPeriod } from '@trappen/kpi';
import { type GenerateOptions, generateKpiInput } from '@trappen/kpi/testing';

const cell: DisclosedCell = suppress({ rows: ['a'], columns: ['x', 'y'], counts: [[12, 3]] }).total;
// @ts-expect-error a raw count is not a disclosed cell
const raw: DisclosedCell = { kind: 'value', value: 12 };
const options: GenerateOptions = { seed: 1, children: 12 };
const children: number = generateKpiInput(options).children.length;
// @ts-expect-error a year is a number
yearPeriod('2018');

export { cell, children, raw };
