/**
 * Which sheet is Goalpost's roll-up, and whether it is still as Goalpost wrote it. A sheet
 * is Goalpost's only when it carries Goalpost's developer metadata (visible to this
 * project only) naming that sheet's id and a fingerprint of what Goalpost wrote: a sheet
 * the user named "Goalpost roll-up" is not Goalpost's, and neither is a copy of the
 * roll-up, which carries the metadata under another sheet id. Before a rebuild the
 * fingerprint is taken again; if the user changed the sheet (a cell, its size, its
 * charts), it becomes theirs, kept as they left it, and the roll-up goes to a new sheet.
 *
 * The mark is set before the first write, as pending, with the block the run will fill:
 * a run stopped midway (a service failure, the 6-minute limit) leaves a sheet that is still
 * Goalpost's, rebuilt by the next run unless something lies outside that block. What was
 * typed inside the half-written block of such a sheet cannot be told from Goalpost's output.
 */
import { ROLLUP_SHEET_NAME } from './ownSheets';
import { fingerprintOf } from './sheetFingerprint';

const KEY = 'goalpost.rollup';
const VERSION = 1;

/** What Goalpost wrote into its roll-up sheet, as the metadata remembers it. */
interface Written {
  version: number;
  sheetId: number;
  rows: number;
  columns: number;
  charts: number;
  /** The sheet's name as Goalpost left it: renaming a generated sheet is how users keep one. */
  name: string;
  fingerprint: string;
  /** Set before writing, cleared once the write is done: rows and columns are then the block the run fills. */
  pending?: boolean;
}

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

function parse(value: string | null): Written | null {
  try {
    const written = JSON.parse(value ?? '') as Written;
    return written && written.version === VERSION && typeof written.fingerprint === 'string' && typeof written.name === 'string' ? written : null;
  } catch {
    return null;
  }
}

/** Goalpost's roll-up sheet and what it wrote there, if the spreadsheet has one. */
function ownRollup(spreadsheet: Spreadsheet): { sheet: Sheet; written: Written; metadata: GoogleAppsScript.Spreadsheet.DeveloperMetadata } | null {
  for (const metadata of spreadsheet.createDeveloperMetadataFinder().withKey(KEY).find()) {
    const sheet = metadata.getLocation().getSheet();
    const written = parse(metadata.getValue());
    if (sheet && written && written.sheetId === sheet.getSheetId()) return { sheet, written, metadata };
  }
  return null;
}

function unchanged(sheet: Sheet, written: Written): boolean {
  if (sheet.getName() !== written.name) return false;
  if (written.pending) return sheet.getLastRow() <= written.rows && sheet.getLastColumn() <= written.columns && sheet.getCharts().length <= written.charts;
  return (
    sheet.getLastRow() === written.rows &&
    sheet.getLastColumn() === written.columns &&
    sheet.getCharts().length === written.charts &&
    fingerprintOf(sheet, written.rows, written.columns) === written.fingerprint
  );
}

/** "Goalpost roll-up", else the first of "Goalpost roll-up (2)", "(3)"… that no sheet has (Sheets compares names without case). */
function freeName(spreadsheet: Spreadsheet): string {
  const taken = new Set(spreadsheet.getSheets().map((sheet) => sheet.getName().toLowerCase()));
  if (!taken.has(ROLLUP_SHEET_NAME.toLowerCase())) return ROLLUP_SHEET_NAME;
  let n = 2;
  while (taken.has(`${ROLLUP_SHEET_NAME} (${n})`.toLowerCase())) n++;
  return `${ROLLUP_SHEET_NAME} (${n})`;
}

export interface RollupTarget {
  sheet: Sheet;
  /** True when the sheet was made for this run. */
  created: boolean;
  /** Why the roll-up is not where the user may expect it, for the user to read; null when it is. */
  notice: string | null;
}

/**
 * The sheet to write the roll-up into: Goalpost's own, when the user has not changed it;
 * otherwise a new sheet under a free name, and the notice saying why.
 */
export function rollupTarget(spreadsheet: Spreadsheet): RollupTarget {
  const own = ownRollup(spreadsheet);
  if (own && unchanged(own.sheet, own.written)) return { sheet: own.sheet, created: false, notice: null };
  let reason: string | null = null;
  if (own) {
    // The user's edits make it theirs: Goalpost forgets it, so no later run rewrites it either.
    own.metadata.remove();
    const did = own.sheet.getName() === own.written.name ? 'changed' : 'renamed';
    reason = `You ${did} “${own.sheet.getName()}” since Goalpost built it, so it is kept as you left it`;
  }
  const name = freeName(spreadsheet);
  if (!reason && name !== ROLLUP_SHEET_NAME) {
    reason = `“${ROLLUP_SHEET_NAME}” is not a sheet Goalpost built (or was built before Goalpost marked its sheets), so it is left as it is`;
  }
  const sheet = spreadsheet.insertSheet(name);
  return { sheet, created: true, notice: reason && `${reason}; the new roll-up is in “${name}”.` };
}

function saveMark(sheet: Sheet, written: Written): void {
  const value = JSON.stringify(written);
  const existing = sheet.createDeveloperMetadataFinder().withKey(KEY).find();
  if (existing.length) existing[0].setValue(value);
  else sheet.addDeveloperMetadata(KEY, value, SpreadsheetApp.DeveloperMetadataVisibility.PROJECT);
}

/** Marks `sheet` as Goalpost's roll-up about to be written over `extent` (with at most its one chart). */
export function markRollupPending(sheet: Sheet, extent: { rows: number; columns: number }): void {
  saveMark(sheet, { version: VERSION, sheetId: sheet.getSheetId(), ...extent, charts: 1, name: sheet.getName(), fingerprint: '', pending: true });
}

/** Marks `sheet` as Goalpost's roll-up, remembering what it holds now that Goalpost has written it. */
export function recordRollup(sheet: Sheet): void {
  const rows = sheet.getLastRow();
  const columns = sheet.getLastColumn();
  saveMark(sheet, { version: VERSION, sheetId: sheet.getSheetId(), rows, columns, charts: sheet.getCharts().length, name: sheet.getName(), fingerprint: fingerprintOf(sheet, rows, columns) });
}
