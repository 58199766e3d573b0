import { type KpiResult, result } from './definitions';
import type { KpiInput } from './input';
import { checkedInput } from './input';
import { yearPeriod } from './period';

/**
 * Spend against budget on one account (or in total).
 *
 * @example
 * ```ts
 * const row: AccountSpend = { account: 'SO16', spend: 11_000_000, budget: 12_500_000, difference: -1_500_000, usedShare: 0.88 };
 * ```
 */
export interface AccountSpend {
  /** Account, or `null` for the total. */
  account: string | null;
  /** Sum of the year's spend rows. */
  spend: number;
  /** Sum of the year's budget rows; `null` when the account has none. */
  budget: number | null;
  /** `spend − budget` (positive = overspent); `null` without a budget. */
  difference: number | null;
  /** `spend / budget`; `null` without a budget or with a budget of 0. */
  usedShare: number | null;
}

/**
 * Spend per account against budget in a year.
 *
 * @example
 * ```ts
 * const s: SpendAgainstBudget = spendAgainstBudget(input, 2018).value;
 * s.total.difference; // 250_000
 * ```
 */
export interface SpendAgainstBudget {
  /** One row per account with spend or budget that year, accounts in alphabetical order. */
  accounts: AccountSpend[];
  /** All accounts together (budget: sum of the budgets given, `null` when none). */
  total: AccountSpend;
}

function row(account: string | null, spend: number, budget: number | null): AccountSpend {
  return {
    account,
    spend,
    budget,
    difference: budget === null ? null : spend - budget,
    usedShare: budget === null || budget === 0 ? null : spend / budget,
  };
}

/**
 * The year's spend per account against its budget: difference (spend − budget) and
 * share used (spend / budget). Spend and budget are per calendar year, so the period
 * is the year.
 *
 * @example
 * ```ts
 * spendAgainstBudget(input, 2018).value.accounts[0];
 * // { account: 'SO16', spend: 420000, budget: 400000, difference: 20000, usedShare: 1.05 }
 * ```
 */
export function spendAgainstBudget(input: KpiInput, year: number): KpiResult<SpendAgainstBudget> {
  const valid = checkedInput(input);
  const period = yearPeriod(year);
  const spend = new Map<string, number>();
  const budget = new Map<string, number>();
  for (const r of valid.spend ?? []) {
    if (r.year === year) spend.set(r.account, (spend.get(r.account) ?? 0) + r.amount);
  }
  for (const r of valid.budget ?? []) {
    if (r.year === year) budget.set(r.account, (budget.get(r.account) ?? 0) + r.amount);
  }
  const accounts = [...new Set([...spend.keys(), ...budget.keys()])]
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
    .map((account) => row(account, spend.get(account) ?? 0, budget.get(account) ?? null));
  let totalSpend = 0;
  let totalBudget: number | null = null;
  for (const a of accounts) {
    totalSpend += a.spend;
    if (a.budget !== null) totalBudget = (totalBudget ?? 0) + a.budget;
  }
  return result('spendAgainstBudget', period, {
    accounts,
    total: row(null, totalSpend, totalBudget),
  });
}
