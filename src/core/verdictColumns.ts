/**
 * The columns Goalpost writes beside a plan, in the sheet and in CSV output alike, so a
 * value means the same thing wherever a user meets it.
 */
import { CRITERIA, type Verdict } from './types';

export const VERDICT_HEADERS = [
  'Goalpost: Label',
  'Goalpost: Score',
  'Goalpost: Program',
  'Goalpost: Organization',
  'Goalpost: Leadership',
  'Goalpost: Budget',
  'Goalpost: Timeframe',
  'Goalpost: Theme',
  'Goalpost: Reason',
] as const;

export type VerdictCell = string | number | boolean;

/** A verdict as one row of the Goalpost columns. */
export function verdictCells(verdict: Verdict): VerdictCell[] {
  // Pushed, not spread from a map (see visitFeatures in model/features.ts).
  const cells: VerdictCell[] = [verdict.label, verdict.score];
  for (const key of CRITERIA) cells.push(verdict.criteria[key]);
  cells.push(verdict.theme ?? '', verdict.reason);
  return cells;
}
