/**
 * A correction: a statement and the label a user gave it, and where it was given, so a
 * verdict it decides can name it ("like row 12 you corrected"). Corrections come from the
 * sidebar (the hidden corrections sheet), from an examples range of a formula, or from
 * `goalpost classify --examples FILE`; the engine treats them all the same.
 */
import { fold } from '../model/words';
import type { TaughtLabel } from './labels';

export interface Correction {
  statement: string;
  label: TaughtLabel;
  /** The row the user corrected (a sheet row, or the data row of an examples range or file); null when unknown. */
  row: number | null;
  /** The sheet or file the row is on, when it is not the plan being classified: the reason names it. */
  source?: string;
  /** The user's note, if any. */
  note?: string;
}

/** How a verdict names what taught it. `similarity` (0-1) is set for a row like the corrected one, not for the row itself. */
export interface TaughtBy {
  label: TaughtLabel;
  row: number | null;
  source?: string;
  statement: string;
  similarity?: number;
}

/**
 * The form two statements are the same in: case, accents, punctuation and spacing do not
 * count, so a correction survives a retyped dash or a trailing space. Any script's letters
 * count (normalize() of text.ts keeps only Latin ones).
 */
export function statementKey(text: string): string {
  return fold(text)
    .replace(/[^\p{L}\p{N}%$€£¥]+/gu, ' ')
    .trim();
}

/** "row 12", "row 12 of “Plan B”", or "a row" when the row is not known. */
export function whereText(taught: Pick<TaughtBy, 'row' | 'source'>): string {
  const row = taught.row === null ? 'a row' : `row ${taught.row}`;
  return taught.source ? `${row} of “${taught.source}”` : row;
}
