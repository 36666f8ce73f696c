/**
 * Examples a user teaches with outside the sidebar: a two-column range of a formula
 * (`=CLASSIFY(A2:F50, A1:F1, Examples!A:B)`) or a file (`goalpost classify --examples FILE`),
 * statement then label, an optional third column for a note. A first row of column names
 * (a short first cell, no label in the second) is a header row. A row with a statement and no label yet is not an example;
 * a label Goalpost cannot read stops with a message naming the row, since guessing what the
 * user meant would teach the wrong thing.
 */
import { cellText, clip } from '../text';
import type { CellValue } from '../types';
import type { Correction } from './correction';
import { readTaughtLabel, TAUGHT_LABELS } from './labels';

export class ExamplesError extends Error {}

/** The examples of a range or file's rows; `source` names it in the reasons ("row 3 of “examples.csv”"). */
export function readExamples(rows: readonly (readonly CellValue[])[], source?: string): Correction[] {
  const used = rows.filter((row) => row.some((cell) => cellText(cell) !== ''));
  if (!used.length) return [];
  const width = Math.max(...used.map((row) => row.length));
  if (width < 2) {
    throw new ExamplesError(
      `examples need two columns, the statement and its label (${TAUGHT_LABELS.join(', ')}), but ${source ? `“${source}”` : 'the range'} has one`,
    );
  }
  const first = rows.findIndex((row) => row.some((cell) => cellText(cell) !== ''));
  // A header is column names: no label in the second cell and a short first one ("Statement"); a long
  // first cell is a statement with a mistyped label, which must be reported, not skipped.
  const top = cellText(rows[first][0]);
  const named = readTaughtLabel(rows[first][1] ?? '') === null && cellText(rows[first][1]) !== '' && top.length <= 40 && top.split(/\s+/).length <= 4;
  const header = named ? first : -1;
  const examples: Correction[] = [];
  rows.forEach((row, i) => {
    if (i <= header) return;
    const statement = cellText(row[0]);
    const written = cellText(row[1]);
    if (!statement || !written) return;
    const number = header >= 0 ? i - header : i + 1;
    const label = readTaughtLabel(written);
    if (!label) {
      throw new ExamplesError(`examples row ${number}: “${clip(written, 30)}” is not a label; write ${TAUGHT_LABELS.join(', ')}`);
    }
    const note = cellText(row[2]);
    examples.push({ statement, label, row: number, ...(source ? { source } : {}), ...(note ? { note } : {}) });
  });
  return examples;
}
