/**
 * Per-sheet settings: the column mapping (field → header text) and the initiative
 * threshold. They live in document properties so every editor of the spreadsheet gets the
 * same verdicts, keyed by sheet id because a sheet keeps its id when it is renamed.
 */
import { DEFAULT_THRESHOLD, FIELDS, type Field, type FieldOverrides } from '../core';

export interface SheetSettings {
  mapping: FieldOverrides;
  threshold: number;
  /** The sheet row holding the column names, as the user chose it; unset: Goalpost finds it. */
  headerRow?: number;
}

export function defaultSettings(): SheetSettings {
  return { mapping: {}, threshold: DEFAULT_THRESHOLD };
}

export function settingsKey(sheetId: number): string {
  return `goalpost.sheet.${sheetId}`;
}

/**
 * Keeps what is valid and drops the rest: the stored JSON may come from an older version
 * or from another editor's hand, and a bad setting must not stop classification.
 */
export function cleanSettings(raw: unknown): SheetSettings {
  const settings = defaultSettings();
  if (typeof raw !== 'object' || raw === null) return settings;
  const { mapping, threshold, headerRow } = raw as { mapping?: unknown; threshold?: unknown; headerRow?: unknown };
  if (typeof headerRow === 'number' && Number.isInteger(headerRow) && headerRow >= 1 && headerRow <= 1000) settings.headerRow = headerRow;
  if (typeof threshold === 'number' && Number.isInteger(threshold) && threshold >= 1 && threshold <= 5) {
    settings.threshold = threshold;
  }
  if (typeof mapping === 'object' && mapping !== null) {
    for (const [field, header] of Object.entries(mapping)) {
      // '' is kept: it is the user saying "no column holds this field" (the sidebar's "(none)").
      if ((FIELDS as readonly string[]).includes(field) && typeof header === 'string') {
        settings.mapping[field as Field] = header.trim();
      }
    }
  }
  return settings;
}

export function readSettings(sheet: GoogleAppsScript.Spreadsheet.Sheet): SheetSettings {
  const stored = PropertiesService.getDocumentProperties().getProperty(settingsKey(sheet.getSheetId()));
  if (!stored) return defaultSettings();
  try {
    return cleanSettings(JSON.parse(stored));
  } catch {
    return defaultSettings();
  }
}

export function saveSettings(sheet: GoogleAppsScript.Spreadsheet.Sheet, settings: unknown): SheetSettings {
  const clean = cleanSettings(settings);
  PropertiesService.getDocumentProperties().setProperty(settingsKey(sheet.getSheetId()), JSON.stringify(clean));
  return clean;
}

/**
 * The settings of the sheet a custom function sits on, or the defaults. Custom functions
 * run without authorization, and in some contexts (a formula recalculated while the file
 * is opened by the Sheets API, a copy being made) the properties store is not available;
 * classification must still answer.
 */
export function readSettingsQuietly(): SheetSettings {
  try {
    return readSettings(SpreadsheetApp.getActiveSheet());
  } catch {
    return defaultSettings();
  }
}
