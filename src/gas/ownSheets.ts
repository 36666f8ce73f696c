/**
 * Goalpost's own sheets are not plans. The roll-up sheet holds headers a plan could have
 * (Account, Goal, Initiative, Budget…), so without this check Run would classify it and
 * write nine Goalpost columns into it. It is known by its name, or, renamed, by its title
 * line and its table header; the refusal names the plan it was built from, to open instead.
 */
import { cellText, ROLLUP_TABLE_HEADERS, type CellValue } from '../core';
import { UserError } from './userError';
import { isOutputHeader } from './writeBack';

export const ROLLUP_SHEET_NAME = 'Goalpost roll-up';
/** The hidden sheet of the user's corrections (see corrections.ts). */
export const CORRECTIONS_SHEET_NAME = 'Goalpost corrections';
export const CORRECTION_HEADERS = ['Statement', 'Label', 'Sheet', 'Row', 'Id or title', 'Note', 'When'] as const;
const OWN_SHEETS: readonly string[] = [ROLLUP_SHEET_NAME, CORRECTIONS_SHEET_NAME];
/** The names a roll-up gets beside a sheet that holds its name (rollupOwnership.ts): not plans to suggest either. */
const isOwnSheetName = (name: string) => OWN_SHEETS.includes(name) || /^Goalpost roll-up \(\d+\)$/.test(name);

const TITLE_START = 'Goal roll-up of “';

/** The roll-up sheet's first line, naming the plan it was built from. */
export function rollupTitle(sourceName: string): string {
  return `${TITLE_START}${sourceName}”`;
}

/** How many rows from the top the roll-up's table header can sit (title, counts, flags). */
const HEADER_SEARCH_ROWS = 40;

const isRollupHeader = (row: readonly CellValue[]) => ROLLUP_TABLE_HEADERS.every((header, i) => cellText(row[i] ?? '') === header);
const isCorrectionsHeader = (row: readonly CellValue[]) => CORRECTION_HEADERS.every((header, i) => cellText(row[i] ?? '') === header);

/** A header row that is Goalpost's output, not a plan's: the roll-up table's, the corrections sheet's, or only Goalpost's own columns. */
export function isOwnHeaderRow(row: readonly CellValue[]): boolean {
  const used = row.filter((cell) => cellText(cell) !== '');
  return isRollupHeader(row) || isCorrectionsHeader(row) || (used.length > 0 && used.every(isOutputHeader));
}

function isRollupTable(rows: readonly CellValue[][]): boolean {
  const starts = cellText(rows[0]?.[0] ?? '').startsWith(TITLE_START);
  return starts && rows.slice(0, HEADER_SEARCH_ROWS).some(isRollupHeader);
}

/** The plan a roll-up sheet says it was built from, if that sheet still exists. */
function sourceOf(sheet: GoogleAppsScript.Spreadsheet.Sheet, title: CellValue): string | null {
  const text = cellText(title);
  if (!text.startsWith(TITLE_START) || !text.endsWith('”')) return null;
  const name = text.slice(TITLE_START.length, -1);
  return sheet.getParent().getSheetByName(name) ? name : null;
}

/** Which sheet to open instead: the roll-up's source, or the sheets that are not Goalpost's. */
function whereToGo(sheet: GoogleAppsScript.Spreadsheet.Sheet, title: CellValue): string {
  const source = sourceOf(sheet, title);
  if (source) return `Open “${source}”, the plan it was built from, and run there.`;
  const others = sheet
    .getParent()
    .getSheets()
    .map((s) => s.getName())
    .filter((name) => name !== sheet.getName() && !isOwnSheetName(name));
  if (!others.length) return 'Open the sheet that holds your plan and run there.';
  return `Open the sheet that holds your plan (${others.slice(0, 5).map((name) => `“${name}”`).join(', ')}${others.length > 5 ? ', …' : ''}) and run there.`;
}

/**
 * Refuses a sheet that is Goalpost's own output: the roll-up sheet (by name, or by its
 * contents if renamed), or a sheet whose only columns are Goalpost's. `top` is the sheet's
 * first rows as read, row 1 first.
 */
export function refuseOwnSheet(sheet: GoogleAppsScript.Spreadsheet.Sheet, top: readonly CellValue[][]): void {
  const title = top[0]?.[0] ?? '';
  if (sheet.getName() === CORRECTIONS_SHEET_NAME || isCorrectionsHeader(top[0] ?? [])) {
    throw new UserError(`“${sheet.getName()}” is where Goalpost keeps your corrections, not a plan, and Goalpost does not classify or write into it. ${whereToGo(sheet, title)}`);
  }
  if (sheet.getName() === ROLLUP_SHEET_NAME || isRollupTable(top)) {
    throw new UserError(`“${sheet.getName()}” is Goalpost's own roll-up sheet, not a plan, and Goalpost does not classify or write into it. ${whereToGo(sheet, title)}`);
  }
  if (isOwnHeaderRow(top[0] ?? [])) {
    throw new UserError(`“${sheet.getName()}” holds only Goalpost's own columns; there is no plan in it to read. ${whereToGo(sheet, title)}`);
  }
}

/** The same refusal for a sheet not yet read (saving sidebar settings reads nothing else). */
export function refuseOwnSheetOf(sheet: GoogleAppsScript.Spreadsheet.Sheet): void {
  const rows = Math.min(Math.max(sheet.getLastRow(), 1), HEADER_SEARCH_ROWS);
  refuseOwnSheet(sheet, sheet.getRange(1, 1, rows, Math.max(sheet.getLastColumn(), 1)).getValues());
}
