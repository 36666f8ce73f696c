/**
 * Classifying plan rows in place: the work behind the "Classify selected rows" menu item,
 * and the blocks the sidebar classifies one call at a time (openPlanToClassify, classifyChunk, dataRowsWithin).
 */
import { classifyRows, countsText, parentKey, type CellValue, type ClassifyOptions, type Label, type Verdict } from '../core';
import { correctionsFor } from './corrections';
import { withDocumentLock } from './lock';
import { blankRow, verdictCells } from './outputRow';
import { readSettings, type SheetSettings } from './settings';
import { openPlanSheet, readPlanRows, type PlanSheet } from './planSheet';
import { chunksOf, readBlock } from './sheetIO';
import { UserError } from './userError';
import { foreignCells, locateOutputColumns, refuseForeignCells, writeVerdicts, type OutputColumns } from './writeBack';

/** Scripts are stopped after 6 minutes; stopping between chunks before that leaves every written row whole. */
const TIME_BUDGET_MS = 4.5 * 60 * 1000;

/** What a sheet's plan looks like to Goalpost: the columns it reads, how they map, where it writes. */
export interface PlanToClassify extends PlanSheet {
  /** What rows of the whole sheet name as their parent, so a selection is classified as the whole plan would be. */
  parents: ReadonlySet<string>;
  out: OutputColumns;
  options: ClassifyOptions;
}

export interface ClassifyResult {
  sheetName: string;
  firstRow: number;
  /** Rows written, from firstRow on; fewer than asked when the time budget ran out. */
  numRows: number;
  /** Rows asked for but not reached, starting at firstRow + numRows. */
  remaining: number;
  counts: Record<Label, number>;
}

export function openPlanToClassify(sheet: GoogleAppsScript.Spreadsheet.Sheet, settings: SheetSettings): PlanToClassify {
  const plan = openPlanSheet(sheet, settings);
  return {
    ...plan,
    parents: parentsOf(sheet, plan),
    out: locateOutputColumns(plan.headerRow, plan.lastColumn, plan.headerRowNumber),
    // The user's corrections (one read of the hidden sheet) apply to every row the run judges.
    options: { threshold: settings.threshold, corrections: correctionsFor(sheet.getParent(), sheet.getName()) },
  };
}

/** One read of the parent column, from below the header row to the last, when the plan has one. */
function parentsOf(sheet: GoogleAppsScript.Spreadsheet.Sheet, plan: PlanSheet): ReadonlySet<string> {
  const at = plan.layout.columns.parent;
  if (at === undefined || plan.lastRow <= plan.headerRowNumber) return new Set();
  const keys = new Set<string>();
  for (const [cell] of readBlock(sheet, plan.headerRowNumber + 1, plan.inputColumns[at] + 1, plan.lastRow - plan.headerRowNumber, 1)) {
    const key = parentKey(cell);
    if (key) keys.add(key);
  }
  return keys;
}

/**
 * Checks every target cell of the rows first, so a refusal changes nothing, then reads,
 * classifies and writes chunk by chunk, stopping between chunks when time runs short.
 */
function classifyPlanRows(plan: PlanToClassify, firstRow: number, numRows: number): ClassifyResult {
  const { sheet, out } = plan;
  const started = Date.now();
  const chunks = chunksOf(firstRow, numRows);
  refuseForeignCells(chunks.flatMap((chunk) => foreignCells(sheet, out, chunk.row, chunk.numRows)));

  const counts: Record<Label, number> = { Initiative: 0, Goal: 0, Unclear: 0 };
  let written = 0;
  for (const chunk of chunks) {
    if (written > 0 && Date.now() - started > TIME_BUDGET_MS) break;
    const { verdicts } = classifyChunk(plan, chunk.row, chunk.numRows);
    writeVerdicts(sheet, chunk.row, verdicts.map((verdict) => (verdict ? verdictCells(verdict) : blankRow())), out);
    for (const verdict of verdicts) if (verdict) counts[verdict.label]++;
    written += chunk.numRows;
  }
  return { sheetName: sheet.getName(), firstRow, numRows: written, remaining: numRows - written, counts };
}

/** One read of a block of rows: the plan's input cells of each row and its verdict (null for a blank row). */
export function classifyChunk(plan: PlanToClassify, row: number, numRows: number): { rows: CellValue[][]; verdicts: Array<Verdict | null> } {
  const rows = readPlanRows(plan, row, numRows);
  return { rows, verdicts: classifyRows(rows, plan.layout, plan.options, plan.parents) };
}

/** The data rows (below the header row, up to the last used row) within rows first..last. */
export function dataRowsWithin(plan: PlanToClassify, first: number, last: number): { firstRow: number; numRows: number } {
  const firstRow = Math.max(first, plan.headerRowNumber + 1);
  return { firstRow, numRows: Math.max(0, Math.min(last, plan.lastRow) - firstRow + 1) };
}

/** The menu command: classifies the rows of the current selection and reports in the sheet. */
export function classifySelectedRows(): void {
  const ui = SpreadsheetApp.getUi();
  try {
    const result = withDocumentLock(() => {
      const sheet = SpreadsheetApp.getActiveSheet();
      const selection = sheet.getActiveRange();
      const plan = openPlanToClassify(sheet, readSettings(sheet));
      const first = selection ? selection.getRow() : 2;
      const last = selection ? selection.getLastRow() : plan.lastRow;
      const { firstRow, numRows } = dataRowsWithin(plan, first, last);
      if (numRows === 0) throw new UserError('Select the plan rows to classify (any cells in those rows), below the header row.');
      return classifyPlanRows(plan, firstRow, numRows);
    });
    SpreadsheetApp.getActiveSpreadsheet().toast(summary(result), 'Goalpost');
    if (result.remaining > 0) {
      const next = result.firstRow + result.numRows;
      ui.alert(
        'Goalpost',
        `Goalpost stopped after row ${next - 1} to stay inside Apps Script's time limit. Select rows ${next} to ${next + result.remaining - 1} and run it again.`,
        ui.ButtonSet.OK,
      );
    }
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    ui.alert('Goalpost', error.message, ui.ButtonSet.OK);
  }
}

export function summary(result: ClassifyResult): string {
  return `Classified ${countsText(result.counts)}.`;
}
