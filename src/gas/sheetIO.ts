/**
 * Batched sheet access. Every Range call is a round trip to the Sheets backend costing
 * milliseconds, so Goalpost reads and writes whole blocks: one getValues() per chunk of
 * rows and one setValues() per chunk per run of adjacent columns, never a call per cell.
 */
import type { CellValue } from '../core';
import { CHUNK_ROWS } from '../core/limits';

/** Rows per read/write (core/limits): big enough to amortise the round trip, small enough to stay far below Apps Script's per-call payload limits. */
export { CHUNK_ROWS };

export interface Chunk {
  row: number;
  numRows: number;
}

export function chunksOf(firstRow: number, numRows: number, size = CHUNK_ROWS): Chunk[] {
  const chunks: Chunk[] = [];
  for (let row = firstRow; row < firstRow + numRows; row += size) {
    chunks.push({ row, numRows: Math.min(size, firstRow + numRows - row) });
  }
  return chunks;
}

/** Adjacent columns, each with the positions (in the caller's list) of the columns it holds. */
export interface ColumnRun {
  column: number;
  positions: number[];
}

/** Groups 1-based columns into runs of adjacent ones, so each run is written with one setValues(). */
export function columnRuns(columns: readonly number[]): ColumnRun[] {
  const order = columns.map((column, position) => ({ column, position })).sort((a, b) => a.column - b.column);
  const runs: ColumnRun[] = [];
  for (const { column, position } of order) {
    // Not runs.at(-1): the bundle targets ES2020, what Apps Script runs without surprises.
    const last = runs[runs.length - 1] as ColumnRun | undefined;
    if (last && last.column + last.positions.length === column) last.positions.push(position);
    else runs.push({ column, positions: [position] });
  }
  return runs;
}

export function readBlock(sheet: GoogleAppsScript.Spreadsheet.Sheet, row: number, column: number, numRows: number, numColumns: number): CellValue[][] {
  return sheet.getRange(row, column, numRows, numColumns).getValues() as CellValue[][];
}

/** Sheets refuses ranges past the sheet's last column, so output columns beyond it are added first. */
export function ensureColumns(sheet: GoogleAppsScript.Spreadsheet.Sheet, lastColumn: number): void {
  const max = sheet.getMaxColumns();
  if (lastColumn > max) sheet.insertColumnsAfter(max, lastColumn - max);
}

/** Sheets holds at most 50,000 characters in a cell, and refuses a whole write that holds a longer one. */
export const MAX_CELL_CHARS = 50_000;

/**
 * Goalpost's own text can outgrow a cell (the flag naming every goal without initiatives,
 * a why-chain of long titles), which would fail the whole write or formula: it is cut to
 * fit, ending in an ellipsis, with room left for asLiteral's apostrophe.
 */
export function fitCell<T>(value: T): T | string {
  if (typeof value !== 'string' || value.length < MAX_CELL_CHARS) return value;
  return `${value.slice(0, MAX_CELL_CHARS - 2).replace(/[\uD800-\uDBFF]$/, '')}…`;
}

/**
 * setValues() reads a string the way Sheets reads typing: a leading '=' makes a formula,
 * '+', '-' or '@' may too. Text quoted from a user's cell must never run, so such strings
 * are written behind an apostrophe, which Sheets stores as plain text and does not show.
 */
export function asLiteral<T>(value: T): T | string {
  const fitted = fitCell(value);
  return typeof fitted === 'string' && /^[=+\-@']/.test(fitted) ? `'${fitted}` : fitted;
}
