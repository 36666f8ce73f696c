/**
 * The custom functions behind CLASSIFY, INITIATIVE_SCORE, INITIATIVE_CRITERIA, GOAL_THEME
 * and CLASSIFY_REASON. They share one path: shape the argument Sheets passes (a single
 * value, a row, or a range), map its columns, classify every row, then pick the output cells
 * the function reports.
 *
 * Custom functions run without authorization and with a 30-second limit, so the whole
 * range is classified in one call, and the only service touched is a read of the sheet's
 * saved settings, which falls back to the defaults when unavailable.
 */
import { correctionIndex, detectLayout, ExamplesError, PlanError, readExamples, type CellValue, type ClassifyOptions, type CorrectionIndex, type FieldOverrides, type PlanLayout } from '../core';
import { classifyRowsToCells, classifyStatementToCells } from './verdictCells';
import { AT, blankRow, type VerdictCell } from './outputRow';
import { isOwnHeaderRow } from './ownSheets';
import { readSettingsQuietly } from './settings';
import { asCalendarDays, spreadsheetTimeZone } from './sheetDates';

/** What Sheets passes: one cell's value, or a 2-D array for a range. */
export type SheetsArgument = CellValue | CellValue[][];

const PICKS = {
  CLASSIFY: (row: VerdictCell[]) => [row[AT.label]],
  INITIATIVE_SCORE: (row: VerdictCell[]) => [row[AT.score]],
  INITIATIVE_CRITERIA: (row: VerdictCell[]) => row.slice(AT.criteria, AT.criteria + 5),
  GOAL_THEME: (row: VerdictCell[]) => [row[AT.theme]],
  CLASSIFY_REASON: (row: VerdictCell[]) => [row[AT.reason]],
};
export type CustomFunctionName = keyof typeof PICKS;

/**
 * Runs custom function `name`. A single value gives a single value (one row of five for
 * INITIATIVE_CRITERIA); a range gives one result row per input row, a header row inside
 * the range included (its result is blank).
 */
export function classifyForFunction(name: CustomFunctionName, input: SheetsArgument, headers?: SheetsArgument, examples?: SheetsArgument): VerdictCell | VerdictCell[][] {
  const pick = PICKS[name];
  if (input === undefined) {
    throw new Error(`${name} needs a cell or a range to classify, e.g. =${name}(A2:F200, A1:F1).`);
  }
  const settings = readSettingsQuietly();
  // Only CLASSIFY_REASON shows the reason: the others leave it unworded.
  const options: ClassifyOptions = { threshold: settings.threshold, corrections: examplesOf(name, examples), explain: name === 'CLASSIFY_REASON' };
  // =CLASSIFY(A2, , Examples!A:B): a skipped headers argument arrives blank.
  if (headers === '' || headers === null) headers = undefined;

  if (!Array.isArray(input) && headers === undefined) {
    const cells = pick(classifyStatementToCells(input, options));
    return cells.length === 1 ? cells[0] : [cells];
  }
  const rows = asCalendarDays(Array.isArray(input) ? input : [[input]], spreadsheetTimeZone());
  if (!rows.length || !rows[0].length) return '';
  const headerRow = headers === undefined ? null : headerRowOf(name, headers, rows[0].length);
  const layout = layOut(rows, headerRow, settings.mapping);
  const headerInside = !headerRow && layout.hasHeaderRow;
  const results = classifyRowsToCells(headerInside ? rows.slice(1) : rows, layout, options).map(pick);
  return headerInside ? [pick(blankRow()), ...results] : results;
}

/**
 * The examples range (statement, label) as corrections. Custom functions cannot read the
 * corrections sheet (no authorization), so a formula user teaches through this argument;
 * the sheet's own first two columns make such a range.
 */
export function examplesOf(name: string, examples: SheetsArgument | undefined): CorrectionIndex | undefined {
  if (examples === undefined || examples === null || examples === '') return undefined;
  if (!Array.isArray(examples)) throw new Error(`${name}: examples must be a range of two columns, statement and label, e.g. Examples!A2:B40.`);
  try {
    const corrections = readExamples(examples);
    return corrections.length ? correctionIndex(corrections) : undefined;
  } catch (error) {
    if (error instanceof ExamplesError) throw new Error(`${name}: ${error.message}.`);
    throw error;
  }
}

/** Sheets passes a one-row range as [[...]] and a single cell as a bare value. */
export function headerRowOf(name: string, headers: SheetsArgument, width: number): CellValue[] {
  const rows = Array.isArray(headers) ? headers : [[headers]];
  if (rows.length !== 1) {
    throw new Error(`${name}: headers must be one row (e.g. A1:F1), but it has ${rows.length} rows.`);
  }
  if (rows[0].length !== width) {
    throw new Error(
      `${name}: headers has ${rows[0].length} column${rows[0].length === 1 ? '' : 's'} but the input has ${width}; ` +
        `give the header cells of the same columns, e.g. =${name}(A2:F200, A1:F1).`,
    );
  }
  return rows[0];
}

/**
 * Maps the columns: explicit headers first, else the saved mapping when the range holds
 * its header texts, else what the core reads from the content. A single row is never
 * taken for a header row: it is the one row the user asked about.
 */
export function layOut(rows: CellValue[][], headerRow: CellValue[] | null, mapping: FieldOverrides): PlanLayout {
  const sample = headerRow ? [headerRow, ...rows] : rows;
  if (sample.length > 1 && isOwnHeaderRow(sample[0])) {
    throw new Error("This range is Goalpost's own output (the roll-up table or Goalpost's columns), not a plan: give the plan's rows and header row, e.g. =CLASSIFY(A2:F200, A1:F1) on the plan's sheet.");
  }
  const hasHeaderRow = headerRow ? true : rows.length === 1 ? false : undefined;
  const detect = (overrides?: FieldOverrides) => detectLayout(sample, { overrides, hasHeaderRow });
  try {
    if (Object.keys(mapping).length) {
      try {
        return detect(mapping);
      } catch (error) {
        if (!(error instanceof PlanError)) throw error;
        // The saved mapping names headers this range doesn't have: read it on its own.
      }
    }
    return detect();
  } catch (error) {
    if (error instanceof PlanError) throw new Error(error.message);
    throw error;
  }
}
