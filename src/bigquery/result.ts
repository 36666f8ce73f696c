/**
 * The flat result of goalpost_classify, one STRUCT per row. Its fields and their BigQuery
 * types are listed once, here: the library fills them and the SQL generator declares the
 * STRUCT from the same list, so the two cannot drift apart.
 */
import { CRITERIA, type Verdict } from '../core';

export type ResultType = 'STRING' | 'INT64' | 'BOOL' | 'FLOAT64';

/**
 * DESIGN.md's ten fields first, in its order; then the allocated budget the engine read (the
 * amount and its ISO currency), which the SQL roll-up sums per currency.
 */
export const RESULT_COLUMNS: ReadonlyArray<{ name: string; type: ResultType }> = [
  { name: 'label', type: 'STRING' },
  { name: 'basis', type: 'STRING' },
  { name: 'score', type: 'INT64' },
  ...CRITERIA.map((name) => ({ name, type: 'BOOL' as const })),
  { name: 'theme', type: 'STRING' },
  { name: 'reason', type: 'STRING' },
  { name: 'budgetAmount', type: 'FLOAT64' },
  { name: 'budgetCurrency', type: 'STRING' },
];

export type FlatResult = Record<string, string | number | boolean | null>;

/** The verdict as BigQuery's STRUCT receives it. */
export function flatResult(verdict: Verdict): FlatResult {
  // `basis` is read where the engine gives it; an engine without it leaves the field NULL.
  const basis = (verdict as Verdict & { basis?: string }).basis;
  const result: FlatResult = {
    label: verdict.label,
    basis: typeof basis === 'string' ? basis : null,
    score: verdict.score,
  };
  for (const key of CRITERIA) result[key] = verdict.criteria[key];
  result.theme = verdict.theme;
  result.reason = verdict.reason;
  result.budgetAmount = verdict.facts.budget?.amount ?? null;
  result.budgetCurrency = verdict.facts.budget?.currency ?? null;
  return result;
}
