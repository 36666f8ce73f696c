/**
 * Where a writing run of the sidebar stopped, kept in the document's properties (per sheet,
 * by its id), so the sidebar reopened after a closed window, a lost connection or Cancel
 * continues from that row instead of writing the whole sheet again. Cleared when the run
 * reaches its last row. A run with other settings than the ones saved does not continue:
 * its rows above would have been judged differently.
 */
import { cleanSettings, type SheetSettings } from './settings';

export interface RunProgress {
  firstRow: number;
  lastRow: number;
  /** The next sheet row to classify. */
  next: number;
  settings: SheetSettings;
}

const key = (sheet: GoogleAppsScript.Spreadsheet.Sheet) => `goalpost.run.${sheet.getSheetId()}`;
const isRow = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value) && value >= 1;

export function saveRunProgress(sheet: GoogleAppsScript.Spreadsheet.Sheet, progress: RunProgress): void {
  const properties = PropertiesService.getDocumentProperties();
  if (progress.next > progress.lastRow) properties.deleteProperty(key(sheet));
  else properties.setProperty(key(sheet), JSON.stringify(progress));
}

/** The unfinished run of a sheet under these settings, or null. */
export function readRunProgress(sheet: GoogleAppsScript.Spreadsheet.Sheet, settings: SheetSettings): RunProgress | null {
  const stored = PropertiesService.getDocumentProperties().getProperty(key(sheet));
  if (!stored) return null;
  try {
    const raw = JSON.parse(stored) as Partial<RunProgress>;
    if (!isRow(raw.firstRow) || !isRow(raw.lastRow) || !isRow(raw.next) || raw.next <= raw.firstRow || raw.next > raw.lastRow) return null;
    const same = JSON.stringify(cleanSettings(raw.settings)) === JSON.stringify(cleanSettings(settings));
    return same ? { firstRow: raw.firstRow, lastRow: raw.lastRow, next: raw.next, settings: cleanSettings(raw.settings) } : null;
  } catch {
    return null;
  }
}
