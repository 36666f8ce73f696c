/**
 * The server side of the sidebar. The sidebar runs in the user's browser and reaches the
 * spreadsheet only through these functions (exported by index.ts for google.script.run),
 * so every argument is treated as untrusted input and every answer is plain data that
 * google.script.run can carry: no Dates, no class instances.
 *
 * A run is a series of classifySidebarChunk calls, one block of rows each, so no call comes
 * near Apps Script's 6-minute limit and the sidebar can show progress and stop between
 * calls. Each call reads its block with one getValues() and, when asked to write, goes
 * through the menu command's write-back (writeVerdicts), with its guarantees.
 */
import { cellText, CRITERIA, FIELDS, type Basis, type CriterionKey, type Field, type FieldOverrides, type Label, type TaughtBy, type Verdict } from '../core';
import { chunksOf, CHUNK_ROWS } from './sheetIO';
import { dataRowsWithin, classifyChunk, openPlanToClassify, type PlanToClassify } from './classifyRows';
import { withDocumentLock } from './lock';
import { blankRow, verdictCells } from './outputRow';
import { refuseOwnSheetOf } from './ownSheets';
import { readRunProgress, saveRunProgress, type RunProgress } from './runProgress';
import { cleanSettings, readSettings, saveSettings, type SheetSettings } from './settings';
import { UserError } from './userError';
import { foreignCells, refuseForeignCells, writeVerdicts } from './writeBack';

/** The most rows one call handles, whatever the sidebar asks: the size the menu command reads and writes at. */
export const MAX_CHUNK_ROWS = CHUNK_ROWS;

/** What the sidebar shows about a sheet before a run. */
export interface SidebarState {
  sheetName: string;
  /** The header of every column Goalpost reads, in sheet order: the choices of each mapping dropdown. */
  headers: string[];
  /** The column each field is read from, as Goalpost reads the sheet now (saved choices applied). */
  mapping: Partial<Record<Field, string>>;
  /** Whether each mapped field was set by the user, named by its header, or read from the column's contents. */
  how: Partial<Record<Field, 'explicit' | 'header' | 'content'>>;
  /** What showed each field, in words ("header; content: amounts", "names other rows"). */
  evidence: Partial<Record<Field, string>>;
  /** Where a header and its column's contents disagreed, and what was read. */
  notes: string[];
  /** The sheet row holding the column names, as read (found, or the user's choice). */
  headerRow: number;
  /** True when the header row is the user's choice rather than found. */
  headerRowChosen: boolean;
  /** The user's saved choices; "" means "no column holds this field". */
  saved: FieldOverrides;
  threshold: number;
  /** Sheet rows holding data: headerRow + 1 to lastRow. */
  lastRow: number;
  /** The data rows within the current selection, when this is the active sheet and its selection reaches any. */
  selection: { firstRow: number; numRows: number } | null;
  /** Why the saved mapping could not be applied (the mapping shown is then Goalpost's own reading). */
  problem: string | null;
  /** A writing run on this sheet, with these settings, that stopped before its last row. */
  resume: { firstRow: number; lastRow: number; next: number } | null;
}

/** One classified row as the sidebar lists it. */
export interface SidebarRow {
  /** The sheet row number. */
  row: number;
  /** The row's title (or description, when it has no title), as text. */
  title: string;
  label: Label;
  /** What decided it: the 3-of-5 criteria, the wording, or being other rows' parent. */
  basis: Basis;
  score: number;
  criteria: Record<CriterionKey, boolean>;
  evidence: Partial<Record<CriterionKey, string>>;
  theme: string | null;
  reason: string;
  /** The correction that decided it (basis `correction` or `similar-correction`). */
  taught?: TaughtBy;
}

export interface ChunkRequest {
  sheetName: string;
  /** The first sheet row of the block. */
  firstRow: number;
  numRows: number;
  settings: SheetSettings;
  /** Write the block's Goalpost columns (the same write-back as the menu command), or only preview. */
  write: boolean;
  /**
   * On the first block of a writing run: the last row the run will write. Every target
   * cell from firstRow to it is checked before anything is written, so a run that would
   * meet a cell that is not Goalpost's stops before its first write, not halfway.
   */
  checkThrough?: number;
  /** The first and last rows of the whole writing run, remembered in the document so a reopened sidebar continues it. */
  span?: { firstRow: number; lastRow: number };
}

export interface ChunkResult {
  sheetName: string;
  firstRow: number;
  /** Rows handled, blank rows included; the next block starts at firstRow + numRows. */
  numRows: number;
  written: boolean;
  /** The non-blank rows of the block. */
  rows: SidebarRow[];
}

/** The active sheet as the sidebar opens on it. */
export function sidebarState(): SidebarState {
  const sheet = SpreadsheetApp.getActiveSheet();
  return stateOf(sheet, sheet.getActiveRange());
}

/** Saves a sheet's mapping and threshold, and returns the sheet as Goalpost now reads it. */
export function saveSidebarSettings(sheetName: unknown, settings: unknown): SidebarState {
  const sheet = sheetNamed(sheetName);
  // A mapping saved on Goalpost's own sheet would be a mapping of no plan.
  refuseOwnSheetOf(sheet);
  saveSettings(sheet, settings);
  const active = SpreadsheetApp.getActiveSheet();
  return stateOf(sheet, active.getSheetId() === sheet.getSheetId() ? active.getActiveRange() : null);
}

function stateOf(sheet: GoogleAppsScript.Spreadsheet.Sheet, selected: GoogleAppsScript.Spreadsheet.Range | null): SidebarState {
  const settings = readSettings(sheet);
  let plan: PlanToClassify;
  let problem: string | null = null;
  try {
    plan = openPlanToClassify(sheet, settings);
  } catch (error) {
    if (!(error instanceof UserError) || !Object.keys(settings.mapping).length) throw error;
    // The saved mapping names a column the sheet no longer has: show Goalpost's own reading
    // so the user can choose again, and say what went wrong.
    plan = openPlanToClassify(sheet, { ...settings, mapping: {} });
    problem = error.message;
  }
  const { layout } = plan;
  const mapping: SidebarState['mapping'] = {};
  for (const field of FIELDS) {
    const at = layout.columns[field];
    if (at !== undefined) mapping[field] = layout.headers[at];
  }
  const selection = selected ? dataRowsWithin(plan, selected.getRow(), selected.getLastRow()) : null;
  const progress: RunProgress | null = problem ? null : readRunProgress(sheet, settings);
  return {
    sheetName: sheet.getName(),
    headers: layout.headers,
    mapping,
    how: { ...layout.how },
    evidence: { ...layout.evidence },
    notes: [...layout.notes],
    headerRow: plan.headerRowNumber,
    headerRowChosen: settings.headerRow !== undefined,
    saved: settings.mapping,
    threshold: settings.threshold,
    lastRow: plan.lastRow,
    selection: selection && selection.numRows > 0 ? selection : null,
    problem,
    resume: progress ? { firstRow: progress.firstRow, lastRow: progress.lastRow, next: progress.next } : null,
  };
}

/**
 * Classifies one block of rows with the given settings and, when asked, writes its
 * Goalpost columns. Blocks past the data or above row 2 are trimmed to the data rows.
 */
export function classifySidebarChunk(request: unknown): ChunkResult {
  const ask = chunkRequest(request);
  const sheet = sheetNamed(ask.sheetName);
  const work = () => {
    const plan = openPlanToClassify(sheet, ask.settings);
    const { firstRow, numRows } = dataRowsWithin(plan, ask.firstRow, ask.firstRow + ask.numRows - 1);
    if (numRows === 0) return { sheetName: sheet.getName(), firstRow: ask.firstRow, numRows: 0, written: false, rows: [] };
    if (ask.write && ask.checkThrough !== undefined && ask.checkThrough > firstRow) {
      const whole = dataRowsWithin(plan, firstRow, ask.checkThrough);
      refuseForeignCells(chunksOf(whole.firstRow, whole.numRows).flatMap((c) => foreignCells(plan.sheet, plan.out, c.row, c.numRows)));
    }
    const { rows, verdicts } = classifyChunk(plan, firstRow, numRows);
    if (ask.write) writeVerdicts(sheet, firstRow, verdicts.map((v) => (v ? verdictCells(v) : blankRow())), plan.out);
    if (ask.write && ask.span) saveRunProgress(sheet, { ...ask.span, next: firstRow + numRows, settings: ask.settings });
    const listed: SidebarRow[] = [];
    verdicts.forEach((verdict, i) => {
      if (verdict) listed.push(rowOf(firstRow + i, rows[i], plan, verdict));
    });
    return { sheetName: sheet.getName(), firstRow, numRows, written: ask.write, rows: listed };
  };
  // Only a write needs the lock: two runs writing at once could each check a block, then overwrite the other's output.
  return ask.write ? withDocumentLock(work) : work();
}

/** Makes one sheet row the active selection, so the user sees the row a result is about. */
export function selectSheetRow(sheetName: unknown, row: unknown): void {
  const sheet = sheetNamed(sheetName);
  if (typeof row !== 'number' || !Number.isInteger(row) || row < 1 || row > sheet.getMaxRows()) {
    throw new UserError(`Row ${String(row)} is not a row of "${sheet.getName()}".`);
  }
  sheet.getRange(row, 1, 1, Math.max(1, sheet.getLastColumn())).activate();
}

export function sheetNamed(name: unknown): GoogleAppsScript.Spreadsheet.Sheet {
  const sheet = typeof name === 'string' ? SpreadsheetApp.getActiveSpreadsheet().getSheetByName(name) : null;
  if (!sheet) throw new UserError(`There is no sheet named "${String(name)}" in this spreadsheet any more. Reopen Goalpost on the sheet to classify.`);
  return sheet;
}

const isRow = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value) && value >= 1;

function chunkRequest(raw: unknown): ChunkRequest {
  const ask = (typeof raw === 'object' && raw !== null ? raw : {}) as Partial<Record<keyof ChunkRequest, unknown>>;
  if (!isRow(ask.firstRow) || !isRow(ask.numRows)) throw new UserError('Goalpost was asked for rows it cannot read. Reopen the sidebar and run again.');
  return {
    sheetName: String(ask.sheetName),
    firstRow: ask.firstRow,
    numRows: Math.min(ask.numRows, MAX_CHUNK_ROWS),
    settings: cleanSettings(ask.settings),
    write: ask.write === true,
    checkThrough: isRow(ask.checkThrough) ? ask.checkThrough : undefined,
    span: spanOf(ask.span),
  };
}

function spanOf(raw: unknown): ChunkRequest['span'] {
  const span = (typeof raw === 'object' && raw !== null ? raw : {}) as { firstRow?: unknown; lastRow?: unknown };
  return isRow(span.firstRow) && isRow(span.lastRow) && span.lastRow >= span.firstRow ? { firstRow: span.firstRow, lastRow: span.lastRow } : undefined;
}

/** Long titles are cut: the list shows one line, and the payload of a 2,000-row block stays small. */
const TITLE_CHARS = 300;

export function rowOf(row: number, cells: ReturnType<typeof classifyChunk>['rows'][number], plan: PlanToClassify, verdict: Verdict): SidebarRow {
  const text = (field: Field) => {
    const at = plan.layout.columns[field];
    return at === undefined ? '' : cellText(cells[at]);
  };
  const title = text('title') || text('description');
  return {
    row,
    title: title.length > TITLE_CHARS ? `${title.slice(0, TITLE_CHARS - 1)}…` : title,
    label: verdict.label,
    basis: verdict.basis,
    score: verdict.score,
    criteria: Object.fromEntries(CRITERIA.map((key) => [key, verdict.criteria[key]])) as Record<CriterionKey, boolean>,
    evidence: Object.fromEntries(CRITERIA.filter((key) => verdict.evidence[key]).map((key) => [key, String(verdict.evidence[key])])),
    theme: verdict.theme,
    reason: verdict.reason,
    ...(verdict.taught ? { taught: { ...verdict.taught } } : {}),
  };
}
