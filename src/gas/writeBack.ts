/**
 * Writing verdicts into Goalpost's own columns. Goalpost never overwrites a cell that is
 * not its own output: a target cell must be blank, or sit under a Goalpost header and hold
 * a value Goalpost could have written, and hold no formula. Anything else stops the write
 * before a single cell changes.
 */
import type { CellValue } from '../core';
import { AT, couldBeOutput, VERDICT_HEADERS, type VerdictCell } from './outputRow';
import { asLiteral, columnRuns, ensureColumns } from './sheetIO';
import { UserError } from './userError';

/** Where Goalpost's columns are (1-based, in VERDICT_HEADERS order) and which of them are new. */
export interface OutputColumns {
  headerRow: number;
  columns: number[];
  /** Positions (in VERDICT_HEADERS) of columns that have no header yet. */
  missing: number[];
}

const normalized = (text: CellValue) => (typeof text === 'string' ? text.trim().toLowerCase() : '');
const OWN = VERDICT_HEADERS.map((h) => h.toLowerCase());

export function isOutputHeader(text: CellValue): boolean {
  return OWN.includes(normalized(text));
}

/**
 * Finds Goalpost's columns by header text, wherever the user moved them; those that don't
 * exist yet go right of the last used column, where every cell is blank.
 */
export function locateOutputColumns(headers: CellValue[], lastColumn: number, headerRow = 1): OutputColumns {
  const texts = headers.map(normalized);
  let next = lastColumn;
  const missing: number[] = [];
  const columns = OWN.map((own, position) => {
    const at = texts.indexOf(own);
    if (at >= 0) return at + 1;
    missing.push(position);
    return ++next;
  });
  return { headerRow, columns, missing };
}

/** Writes the header cells of new output columns (one setValues per adjacent run). */
export function writeOutputHeaders(sheet: GoogleAppsScript.Spreadsheet.Sheet, out: OutputColumns): void {
  if (!out.missing.length) return;
  ensureColumns(sheet, Math.max(...out.columns));
  for (const run of columnRuns(out.missing.map((p) => out.columns[p]))) {
    const texts = run.positions.map((i) => VERDICT_HEADERS[out.missing[i]]);
    sheet.getRange(out.headerRow, run.column, 1, texts.length).setValues([texts]);
  }
  out.missing = [];
}

/**
 * The A1 addresses of target cells in rows firstRow..firstRow+numRows-1 that are not
 * Goalpost's to overwrite. Reads the output columns' span once for values and once for
 * formulas.
 */
export function foreignCells(sheet: GoogleAppsScript.Spreadsheet.Sheet, out: OutputColumns, firstRow: number, numRows: number): string[] {
  const first = Math.min(...out.columns);
  const span = Math.min(Math.max(...out.columns), sheet.getMaxColumns()) - first + 1;
  if (span < 1) return [];
  const range = sheet.getRange(firstRow, first, numRows, span);
  const values = range.getValues() as CellValue[][];
  const formulas = range.getFormulas();
  const isOwn = new Set(out.columns.filter((_, p) => !out.missing.includes(p)));
  const found: string[] = [];
  out.columns.forEach((column, position) => {
    const c = column - first;
    if (c >= span) return;
    for (let r = 0; r < numRows; r++) {
      const value = values[r][c];
      const ok = formulas[r][c] === '' && (value === '' || (isOwn.has(column) && couldBeOutput(position, value)));
      if (!ok) found.push(a1(firstRow + r, column));
    }
  });
  return found;
}

/** Stops with a message naming the cells, when there are any. */
export function refuseForeignCells(cells: string[]): void {
  if (!cells.length) return;
  const shown = cells.slice(0, 8).join(', ') + (cells.length > 8 ? ` and ${cells.length - 8} more` : '');
  throw new UserError(
    `Goalpost did not write anything: the cells it would use hold content that isn't Goalpost's (${shown}). ` +
      `Move or clear that content, or rename the column header if it is yours, and run Goalpost again.`,
  );
}

/**
 * The write-back core, shared by the menu and the sidebar: checks then writes one block
 * of output rows starting at firstRow. Checking right before writing matters because
 * collaborators can type into the sheet while a long run is going.
 */
export function writeVerdicts(sheet: GoogleAppsScript.Spreadsheet.Sheet, firstRow: number, rows: VerdictCell[][], out: OutputColumns): void {
  if (!rows.length) return;
  refuseForeignCells(foreignCells(sheet, out, firstRow, rows.length));
  writeOutputHeaders(sheet, out);
  const runs = columnRuns(out.columns);
  const labelRun = runs.find((run) => run.positions.includes(AT.label))!;
  if (runs.length > 1) {
    // The user moved Goalpost's columns apart, so a row takes several writes and a run can
    // stop between two of them. The label is what says a row is done: it is cleared first
    // and written last, so no row ever shows a label beside another verdict's cells.
    sheet.getRange(firstRow, out.columns[AT.label], rows.length, 1).setValues(rows.map(() => ['']));
  }
  for (const run of [...runs.filter((run) => run !== labelRun), labelRun]) {
    const block = rows.map((row) => run.positions.map((p) => asLiteral(row[p])));
    sheet.getRange(firstRow, run.column, rows.length, run.positions.length).setValues(block);
  }
}

function a1(row: number, column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return `${letters}${row}`;
}
