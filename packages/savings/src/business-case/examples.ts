import type { BusinessCase } from './schema';

/**
 * Herning's business case for the full-scale Sweden model from 1 January 2016
 *: 11 extra caseworkers (420,000 DKK each a year) and project
 * management on SO20; educational psychologists, a health visitor, competence
 * development and the expected saving on placements on SO16.
 *
 * @example
 * ```ts
 * evaluateBusinessCase(herningBusinessCase).byYear[0].byBudgetArea; // { SO20: 4820000, SO16: -1655000 }
 * ```
 */
export const herningBusinessCase: BusinessCase = {
  name: 'Herning: the Sweden model at full scale from 2016',
  firstYear: 2016,
  lastYear: 2019,
  lines: [
    {
      label: '11 caseworkers',
      budgetArea: 'SO20',
      kind: 'investment',
      type: 'fte',
      fte: 11,
      annualCost: 420_000,
    },
    {
      label: 'Project management',
      budgetArea: 'SO20',
      kind: 'investment',
      type: 'amounts',
      amounts: { 2016: 200_000, 2017: 200_000 },
    },
    {
      label: '2 educational psychologists',
      budgetArea: 'SO16',
      kind: 'investment',
      type: 'fte',
      fte: 2,
      annualCost: 500_000,
    },
    {
      label: '1 health visitor',
      budgetArea: 'SO16',
      kind: 'investment',
      type: 'fte',
      fte: 1,
      annualCost: 445_000,
    },
    {
      label: 'Competence development, courses',
      budgetArea: 'SO16',
      kind: 'investment',
      type: 'amounts',
      amounts: { 2016: 400_000, 2017: 400_000, 2018: 200_000 },
    },
    {
      label: 'Expected saving on placements',
      budgetArea: 'SO16',
      kind: 'saving',
      type: 'amounts',
      amounts: { 2016: 3_500_000, 2017: 7_500_000, 2018: 12_500_000, 2019: 12_500_000 },
    },
  ],
};

/**
 * Aarhus, "Closer to the family", model A: 3 extra caseworkers
 * (a team of 6 covering 144 cases), 1.4 mio DKK a year over the 3-year pilot from
 * April 2016 (4.2 mio in total), funded by converting measures budget (account 5) to
 * administration (account 6). Savings: none in 2016, 0.9 mio in 2017, rising linearly
 * to 2.6 mio in 2019 (2018 is interpolated: 1.75 mio).
 *
 * @example
 * ```ts
 * evaluateBusinessCase(aarhusModelABusinessCase).totals.investment; // 4200000
 * ```
 */
export const aarhusModelABusinessCase: BusinessCase = {
  name: 'Aarhus "Closer to the family": model A',
  firstYear: 2016,
  lastYear: 2019,
  lines: [
    {
      label: '3 caseworkers (team of 6, 144 cases)',
      budgetArea: 'account 6',
      kind: 'investment',
      type: 'recurring',
      annualAmount: 1_400_000,
      from: '2016-04',
      to: '2019-03',
    },
    {
      label: 'Expected saving on measures',
      budgetArea: 'account 5',
      kind: 'saving',
      type: 'ramp',
      from: { year: 2017, amount: 900_000 },
      to: { year: 2019, amount: 2_600_000 },
    },
  ],
};

/**
 * Aarhus, "Closer to the family", model B: 5 extra caseworkers and a
 * department head (a team of 10 covering 240 cases), 2.8 mio DKK a year over the
 * 3-year pilot from April 2016 (8.4 mio in total). Savings: none in 2016, 1.5 mio in
 * 2017, rising linearly to 4.5 mio in 2019 (2018 interpolated: 3.0 mio).
 *
 * @example
 * ```ts
 * evaluateBusinessCase(aarhusModelBBusinessCase).totals.investment; // 8400000
 * ```
 */
export const aarhusModelBBusinessCase: BusinessCase = {
  name: 'Aarhus "Closer to the family": model B',
  firstYear: 2016,
  lastYear: 2019,
  lines: [
    {
      label: '5 caseworkers and a department head (team of 10, 240 cases)',
      budgetArea: 'account 6',
      kind: 'investment',
      type: 'recurring',
      annualAmount: 2_800_000,
      from: '2016-04',
      to: '2019-03',
    },
    {
      label: 'Expected saving on measures',
      budgetArea: 'account 5',
      kind: 'saving',
      type: 'ramp',
      from: { year: 2017, amount: 1_500_000 },
      to: { year: 2019, amount: 4_500_000 },
    },
  ],
};
