/**
 * The Goalpost columns as the adapters use them. Their order and values come from the
 * core (VERDICT_HEADERS, verdictCells) so a cell means the same in a Goalpost column, in a
 * formula's result and in the CLI's CSV; this file adds what only a sheet needs.
 */
import { VERDICT_HEADERS, type VerdictCell } from '../core/verdictColumns';

export { VERDICT_HEADERS, verdictCells, type VerdictCell } from '../core/verdictColumns';

const at = (header: (typeof VERDICT_HEADERS)[number]) => VERDICT_HEADERS.indexOf(header);

/** Where each part of a verdict sits in a row of verdict cells. */
export const AT = {
  label: at('Goalpost: Label'),
  score: at('Goalpost: Score'),
  criteria: at('Goalpost: Program'),
  theme: at('Goalpost: Theme'),
  reason: at('Goalpost: Reason'),
} as const;

/** A blank input row gives a blank result: nothing to say, and nothing to clutter the sheet. */
export function blankRow(): VerdictCell[] {
  return VERDICT_HEADERS.map(() => '');
}

const LABELS: readonly unknown[] = ['Initiative', 'Goal', 'Unclear'];
const THEMES: readonly unknown[] = ['Growth', 'Differentiation', 'Risk mitigation'];

/**
 * Whether `value` could have been written by Goalpost into verdict column `index`. One
 * that could not (a note typed into the Label column) marks the cell as the user's.
 */
export function couldBeOutput(index: number, value: unknown): boolean {
  if (value === '') return true;
  if (index === AT.label) return LABELS.includes(value);
  if (index === AT.score) return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 5;
  if (index === AT.theme) return THEMES.includes(value);
  if (index === AT.reason) return typeof value === 'string';
  return typeof value === 'boolean';
}
