/**
 * A sheet's plan as Goalpost reads it: the header row, the columns it reads (every used
 * column except Goalpost's own output), their layout under the sheet's saved mapping, and
 * the data rows read in chunks. Shared by the menu, the sidebar and the roll-up.
 */
import { detectLayout, findHeaderRow, HEADER_SCAN_ROWS, PlanError, type CellValue, type PlanLayout } from '../core';
import { LAYOUT_SAMPLE_ROWS } from '../core/limits';
import { refuseOwnSheet } from './ownSheets';
import { asCalendarDays } from './sheetDates';
import { chunksOf, readBlock } from './sheetIO';
import type { SheetSettings } from './settings';
import { UserError } from './userError';
import { isOutputHeader } from './writeBack';

/** Rows the core sees when reading the layout: the header row plus enough content to infer unnamed columns. */
const SAMPLE_ROWS = LAYOUT_SAMPLE_ROWS;

export interface PlanSheet {
  sheet: GoogleAppsScript.Spreadsheet.Sheet;
  lastRow: number;
  lastColumn: number;
  /** 0-based positions of the columns Goalpost reads. */
  inputColumns: number[];
  layout: PlanLayout;
  /** The header row as read (all columns, Goalpost's included). */
  headerRow: CellValue[];
  /** The sheet row (1-based) the header stands on: rows above it (a title, "Prepared by") are not plan rows. */
  headerRowNumber: number;
  timeZone: string;
}

export function openPlanSheet(sheet: GoogleAppsScript.Spreadsheet.Sheet, settings: SheetSettings): PlanSheet {
  const lastRow = sheet.getLastRow();
  const lastColumn = sheet.getLastColumn();
  if (lastRow < 2) throw new UserError('This sheet has no rows to classify: Goalpost reads a header row and the rows below it.');
  const timeZone = sheet.getParent().getSpreadsheetTimeZone();
  const sample = asCalendarDays(readBlock(sheet, 1, 1, Math.min(lastRow, HEADER_SCAN_ROWS + SAMPLE_ROWS), lastColumn), timeZone);
  refuseOwnSheet(sheet, sample);
  // Goalpost's own columns are left out before the header is looked for: their verdicts are no plan data.
  const outputColumns = new Set<number>();
  for (const row of sample.slice(0, HEADER_SCAN_ROWS)) row.forEach((cell, i) => isOutputHeader(cell) && outputColumns.add(i));
  const named = Object.values(settings.mapping).filter((name): name is string => !!name);
  const planCells = sample.map((row) => row.filter((_, i) => !outputColumns.has(i)));
  const headerIndex = settings.headerRow !== undefined ? settings.headerRow - 1 : findHeaderRow(planCells, named);
  if (headerIndex < 0 || headerIndex >= sample.length - 1) {
    throw new UserError(
      settings.headerRow !== undefined
        ? `Row ${settings.headerRow}, which you chose as the header row, has no rows below it. Choose another header row in the sidebar.`
        : 'Goalpost needs column names in row 1 (or in a row above the data), to read your columns and to label its own. Insert a header row above the data and run again.',
    );
  }
  const headerRow = sample[headerIndex];
  const inputColumns = headerRow.map((_, i) => i).filter((i) => !isOutputHeader(headerRow[i]));
  if (!inputColumns.length) throw new UserError('This sheet holds only Goalpost columns; there is no plan to read.');
  let layout: PlanLayout;
  try {
    layout = detectLayout(sample.map((row) => inputColumns.map((i) => row[i])), { overrides: settings.mapping, headerIndex });
  } catch (error) {
    if (error instanceof PlanError) throw new UserError(error.message);
    throw error;
  }
  return { sheet, lastRow, lastColumn, inputColumns, layout, headerRow, headerRowNumber: headerIndex + 1, timeZone };
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
