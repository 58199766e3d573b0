import { type Cell, suppressCount, yearPeriod } from '@trappen/kpi';
import { type GenerateOptions, generateKpiInput } from '@trappen/kpi/testing';

const cell: Cell = suppressCount(12);
const options: GenerateOptions = { seed: 1, children: 12 };
const children: number = generateKpiInput(options).children.length;
// @ts-expect-error a year is a number
yearPeriod('2018');

export { cell, children };
