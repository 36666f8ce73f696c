/**
 * The user's corrections, kept in the spreadsheet itself: a hidden "Goalpost corrections"
 * sheet, one row per correction (statement, label, the plan sheet and row, the row's id or
 * title, a note, when). Unhidden, the user can read and edit it; a row whose label no longer
 * reads as one is left out, never guessed. Only the authorized paths (sidebar, menu) read or
 * write it: custom functions cannot open another sheet, and take examples as a range instead.
 */
import { cellText, correctionIndex, readTaughtLabel, statementKey, type CellValue, type Correction, type CorrectionIndex, type TaughtLabel } from '../core';
import { CORRECTION_HEADERS, CORRECTIONS_SHEET_NAME } from './ownSheets';
import { asLiteral } from './sheetIO';

export { CORRECTION_HEADERS, CORRECTIONS_SHEET_NAME };
const AT = { statement: 0, label: 1, sheet: 2, row: 3, ref: 4, note: 5, when: 6 } as const;

export interface CorrectionEntry {
  statement: string;
  label: TaughtLabel;
  sheet: string;
  row: number;
  /** The row's id, or its title when it has none: how a user finds it again if rows move. */
  ref: string;
  note: string;
}

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

function table(sheet: GoogleAppsScript.Spreadsheet.Sheet): CellValue[][] {
  const last = sheet.getLastRow();
  if (last < 2) return [];
  return sheet.getRange(2, 1, last - 1, CORRECTION_HEADERS.length).getValues() as CellValue[][];
}

/** Every correction of the spreadsheet, in the order made (one read); none when there is no corrections sheet. */
export function readCorrections(spreadsheet: Spreadsheet): Array<Correction & { sheetName: string }> {
  const sheet = spreadsheet.getSheetByName(CORRECTIONS_SHEET_NAME);
  if (!sheet) return [];
  const out: Array<Correction & { sheetName: string }> = [];
  for (const line of table(sheet)) {
    const statement = cellText(line[AT.statement]);
    const label = readTaughtLabel(line[AT.label]);
    if (!statement || !label) continue;
    const row = Number(line[AT.row]);
    const note = cellText(line[AT.note]);
    out.push({ statement, label, row: Number.isInteger(row) && row > 0 ? row : null, sheetName: cellText(line[AT.sheet]), ...(note ? { note } : {}) });
  }
  return out;
}

/** The corrections as a plan on `sheetName` consults them: those made on other sheets name their sheet. */
export function correctionsFor(spreadsheet: Spreadsheet, sheetName: string): CorrectionIndex | undefined {
  const all = readCorrections(spreadsheet);
  if (!all.length) return undefined;
  return correctionIndex(all.map(({ sheetName: made, ...correction }) => (made && made !== sheetName ? { ...correction, source: made } : correction)));
}

function correctionsSheet(spreadsheet: Spreadsheet): GoogleAppsScript.Spreadsheet.Sheet {
  const existing = spreadsheet.getSheetByName(CORRECTIONS_SHEET_NAME);
  if (existing) return existing;
  const active = spreadsheet.getActiveSheet();
  const sheet = spreadsheet.insertSheet(CORRECTIONS_SHEET_NAME);
  sheet.getRange(1, 1, 1, CORRECTION_HEADERS.length).setValues([[...CORRECTION_HEADERS]]);
  sheet.hideSheet();
  // insertSheet makes the new sheet active; the user stays on the plan.
  active.activate();
  return sheet;
}

const sameRow = (line: readonly CellValue[], sheet: string, statement: string) =>
  cellText(line[AT.sheet]) === sheet && statementKey(cellText(line[AT.statement])) === statementKey(statement);

/** Records a correction, replacing an earlier one of the same statement on the same sheet. */
export function saveCorrection(spreadsheet: Spreadsheet, entry: CorrectionEntry): void {
  const sheet = correctionsSheet(spreadsheet);
  const lines = table(sheet);
  const at = lines.findIndex((line) => sameRow(line, entry.sheet, entry.statement));
  const values: CellValue[] = [];
  values[AT.statement] = entry.statement;
  values[AT.label] = entry.label;
  values[AT.sheet] = entry.sheet;
  values[AT.row] = entry.row;
  values[AT.ref] = entry.ref;
  values[AT.note] = entry.note;
  values[AT.when] = new Date();
  // Text quoted from the user's cells is stored as text, never as a formula.
  sheet.getRange(at >= 0 ? at + 2 : lines.length + 2, 1, 1, values.length).setValues([values.map(asLiteral) as Array<string | number | Date>]);
}

/** Removes the corrections of a statement on a sheet; false when there was none. One read, one write. */
export function removeCorrection(spreadsheet: Spreadsheet, sheetName: string, statement: string): boolean {
  const sheet = spreadsheet.getSheetByName(CORRECTIONS_SHEET_NAME);
  if (!sheet) return false;
  const lines = table(sheet);
  const kept = lines.filter((line) => !sameRow(line, sheetName, statement));
  if (kept.length === lines.length) return false;
  const blank = () => CORRECTION_HEADERS.map(() => '');
  const rewritten = [...kept, ...Array.from({ length: lines.length - kept.length }, blank)].map((line) => line.map((value) => asLiteral(value ?? '')));
  sheet.getRange(2, 1, rewritten.length, CORRECTION_HEADERS.length).setValues(rewritten as Array<Array<string | number | Date>>);
  return true;
}
