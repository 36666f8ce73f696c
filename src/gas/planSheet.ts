/**
 * A sheet's plan as Goalpost reads it: the header row, the columns it reads (every used
 * column except Goalpost's own output), their layout under the sheet's saved mapping, and
 * the data rows read in chunks. Shared by the menu, the sidebar and the roll-up.
 */
import { detectLayout, PlanError, type CellValue, type PlanLayout } from '../core';
import { asCalendarDays } from './sheetDates';
import { chunksOf, readBlock } from './sheetIO';
import type { SheetSettings } from './settings';
import { UserError } from './userError';
import { isOutputHeader } from './writeBack';

/** Rows the core sees when reading the layout: the header row plus enough content to infer unnamed columns. */
export const SAMPLE_ROWS = 200;

export interface PlanSheet {
  sheet: GoogleAppsScript.Spreadsheet.Sheet;
  lastRow: number;
  lastColumn: number;
  /** 0-based positions of the columns Goalpost reads. */
  inputColumns: number[];
  layout: PlanLayout;
  /** The header row as read (all columns, Goalpost's included). */
  headerRow: CellValue[];
  timeZone: string;
}

export function openPlanSheet(sheet: GoogleAppsScript.Spreadsheet.Sheet, settings: SheetSettings): PlanSheet {
  const lastRow = sheet.getLastRow();
  const lastColumn = sheet.getLastColumn();
  if (lastRow < 2) throw new UserError('This sheet has no rows to classify: Goalpost reads a header row and the rows below it.');
  const timeZone = sheet.getParent().getSpreadsheetTimeZone();
  const sample = asCalendarDays(readBlock(sheet, 1, 1, Math.min(lastRow, 1 + SAMPLE_ROWS), lastColumn), timeZone);
  const inputColumns = sample[0].map((_, i) => i).filter((i) => !isOutputHeader(sample[0][i]));
  if (!inputColumns.length) throw new UserError('This sheet holds only Goalpost columns; there is no plan to read.');
  let layout: PlanLayout;
  try {
    layout = detectLayout(sample.map((row) => inputColumns.map((i) => row[i])), { overrides: settings.mapping });
  } catch (error) {
    if (error instanceof PlanError) throw new UserError(error.message);
    throw error;
  }
  if (!layout.hasHeaderRow) {
    throw new UserError(
      'Goalpost needs column names in row 1, to read your columns and to label its own. Insert a header row above the data and run again.',
    );
  }
  return { sheet, lastRow, lastColumn, inputColumns, layout, headerRow: sample[0], timeZone };
}

/** The plan's cells of rows firstRow.. (1-based sheet rows), input columns only, one getValues() per chunk. */
export function readPlanRows(plan: PlanSheet, firstRow: number, numRows: number): CellValue[][] {
  const rows: CellValue[][] = [];
  for (const chunk of chunksOf(firstRow, numRows)) {
    const block = asCalendarDays(readBlock(plan.sheet, chunk.row, 1, chunk.numRows, plan.lastColumn), plan.timeZone);
    for (const row of block) rows.push(plan.inputColumns.map((i) => row[i]));
  }
  return rows;
}
