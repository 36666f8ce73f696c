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
  return [verdict.label, verdict.score, ...CRITERIA.map((key) => verdict.criteria[key]), verdict.theme ?? '', verdict.reason];
}
