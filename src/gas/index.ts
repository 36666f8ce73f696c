/**
 * The public surface of the add-on. build.mjs turns every export of this file, and
 * nothing else, into a top-level Apps Script function carrying the JSDoc below, so:
 * - each export is `export function` with JSDoc (the build refuses anything else);
 * - every export is callable by any user through google.script.run: keep this list short;
 * - the logic lives in the modules imported here.
 */
// Modules are imported whole and called by their name (menu.onOpen, rollupMenu.buildRollupFromMenu),
// so a public function and the function it calls may share a name without an import renamed onto it.
import * as classifying from './classifyRows';
import { classifyForFunction, type SheetsArgument } from './customFunctions';
import * as menu from './menu';
import * as rollupFunctions from './rollupFunctions';
import * as rollupMenu from './rollupMenu';
import type { RollupSheetSummary } from './rollupSheet';
import * as corrections from './sidebarCorrections';
import type { SheetSettings } from './settings';
import * as sidebar from './sidebarApi';

/**
 * Builds the Goalpost menu when the spreadsheet opens.
 * @param {Object} e The open event.
 */
export function onOpen(e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  menu.onOpen(e);
}

/**
 * Builds the Goalpost menu right after the add-on is installed.
 * @param {Object} e The install event.
 */
export function onInstall(e?: GoogleAppsScript.Events.AddonOnInstall): void {
  menu.onInstall(e);
}

/** Menu: opens the Goalpost sidebar. */
export function openSidebar(): void {
  menu.openSidebar();
}

/** Menu: classifies the selected rows into Goalpost's own columns. */
export function classifySelectedRows(): void {
  classifying.classifySelectedRows();
}

/** Menu: builds the goal roll-up sheet. */
export function buildRollupFromMenu(): void {
  rollupMenu.buildRollupFromMenu();
}

/** Menu: explains the method and the functions. */
export function showHelp(): void {
  menu.showHelp();
}

/**
 * Classifies account-plan rows as Initiative, Goal or Unclear.
 *
 * @param {string|Array<Array<string>>} input A statement, one plan row, or a range of rows (one result per row).
 * @param {Array<Array<string>>} headers Optional. The header row of the input's columns.
 * @param {Array<Array<string>>} examples Optional. Two columns, a statement and its label (Goal, Initiative, Not a plan row), that teach it.
 * @return Initiative, Goal or Unclear for each row; blank for a blank row.
 * @customfunction
 */
export function CLASSIFY(input: SheetsArgument, headers?: SheetsArgument, examples?: SheetsArgument) {
  return classifyForFunction('CLASSIFY', input, headers, examples);
}

/**
 * Counts how many of the five initiative criteria a row meets.
 *
 * @param {string|Array<Array<string>>} input A statement, one plan row, or a range of rows (one result per row).
 * @param {Array<Array<string>>} headers Optional. The header row of the input's columns.
 * @param {Array<Array<string>>} examples Optional. Two columns, a statement and its label (Goal, Initiative, Not a plan row), that teach it.
 * @return The number of criteria met, 0-5, for each row.
 * @customfunction
 */
export function INITIATIVE_SCORE(input: SheetsArgument, headers?: SheetsArgument, examples?: SheetsArgument) {
  return classifyForFunction('INITIATIVE_SCORE', input, headers, examples);
}

/**
 * Shows which initiative criteria a row meets: program, organization, leadership, budget, timeframe.
 *
 * @param {string|Array<Array<string>>} input A statement, one plan row, or a range of rows (one result row per row).
 * @param {Array<Array<string>>} headers Optional. The header row of the input's columns.
 * @param {Array<Array<string>>} examples Optional. Two columns, a statement and its label (Goal, Initiative, Not a plan row), that teach it.
 * @return Five TRUE/FALSE cells per row: program, organization, leadership, budget, timeframe.
 * @customfunction
 */
export function INITIATIVE_CRITERIA(input: SheetsArgument, headers?: SheetsArgument, examples?: SheetsArgument) {
  return classifyForFunction('INITIATIVE_CRITERIA', input, headers, examples);
}

/**
 * Names the theme of a goal: Growth, Differentiation or Risk mitigation.
 *
 * @param {string|Array<Array<string>>} input A statement, one plan row, or a range of rows (one result per row).
 * @param {Array<Array<string>>} headers Optional. The header row of the input's columns.
 * @param {Array<Array<string>>} examples Optional. Two columns, a statement and its label (Goal, Initiative, Not a plan row), that teach it.
 * @return Growth, Differentiation, Risk mitigation, or blank when no theme is evident.
 * @customfunction
 */
export function GOAL_THEME(input: SheetsArgument, headers?: SheetsArgument, examples?: SheetsArgument) {
  return classifyForFunction('GOAL_THEME', input, headers, examples);
}

/**
 * Explains in one line why a row is an Initiative, a Goal or Unclear.
 *
 * @param {string|Array<Array<string>>} input A statement, one plan row, or a range of rows (one result per row).
 * @param {Array<Array<string>>} headers Optional. The header row of the input's columns.
 * @param {Array<Array<string>>} examples Optional. Two columns, a statement and its label (Goal, Initiative, Not a plan row), that teach it.
 * @return The reason for each row's label.
 * @customfunction
 */
export function CLASSIFY_REASON(input: SheetsArgument, headers?: SheetsArgument, examples?: SheetsArgument) {
  return classifyForFunction('CLASSIFY_REASON', input, headers, examples);
}

/**
 * Shows the path of parent links from a row up to the goal it serves: Initiative → Objective → Goal.
 *
 * @param {string|Array<Array<string>>} input The row to explain: its id or title, the row itself, or several rows (one chain per row).
 * @param {Array<Array<string>>} range The whole plan, without its header row.
 * @param {Array<Array<string>>} headers The plan's header row.
 * @return The why-chain for each row, e.g. "Deploy SIEM → Close audit findings → Pass SOC 2 audit".
 * @customfunction
 */
export function WHY_CHAIN(input: SheetsArgument, range: SheetsArgument, headers: SheetsArgument) {
  return rollupFunctions.whyChain(input, range, headers);
}

/**
 * Rolls the plan's initiatives up under the goals they serve, with budgets per currency and dates.
 *
 * @param {Array<Array<string>>} range The whole plan, without its header row.
 * @param {Array<Array<string>>} headers The plan's header row.
 * @param {Array<Array<string>>} examples Optional. Two columns, a statement and its label (Goal, Initiative, Not a plan row), that teach it.
 * @return The roll-up table, header row first: one line per goal, then one per initiative.
 * @customfunction
 */
export function GOAL_ROLLUP(range: SheetsArgument, headers: SheetsArgument, examples?: SheetsArgument) {
  return rollupFunctions.goalRollup(range, headers, examples);
}

/**
 * Sidebar: builds Goalpost's roll-up sheet from the active sheet, in place unless you changed it or the name is your sheet's.
 * @return {Object} What was built: the sheet's name, the counts of goals, initiatives and flags, and why it is a new sheet if it is.
 */
export function buildRollupSheet(): RollupSheetSummary {
  return rollupMenu.buildRollupSheet();
}

/**
 * Sidebar: the active sheet's column mapping (detected, with the saved choices applied), threshold and selection.
 * @return {Object} The sheet's name, headers, mapping, threshold, last row and selected data rows.
 */
export function sidebarState(): sidebar.SidebarState {
  return sidebar.sidebarState();
}

/**
 * Sidebar: saves a sheet's column mapping and threshold.
 * @param {string} sheetName The sheet the settings belong to.
 * @param {Object} settings The mapping (field → header, "" for no column) and the threshold, 1-5.
 * @return {Object} The sheet as Goalpost reads it with the new settings.
 */
export function saveSidebarSettings(sheetName: string, settings: SheetSettings): sidebar.SidebarState {
  return sidebar.saveSidebarSettings(sheetName, settings);
}

/**
 * Sidebar: classifies one block of rows (at most 2,000) and, when asked, writes its Goalpost columns.
 * @param {Object} request The sheet, the first row and number of rows, the settings, and whether to write.
 * @return {Object} The rows handled and the verdict on each non-blank row, with its evidence.
 */
export function classifySidebarChunk(request: sidebar.ChunkRequest): sidebar.ChunkResult {
  return sidebar.classifySidebarChunk(request);
}

/**
 * Sidebar: selects a row of a sheet, so the user sees the row a result is about.
 * @param {string} sheetName The sheet.
 * @param {number} row The sheet row number.
 */
export function selectSheetRow(sheetName: string, row: number): void {
  sidebar.selectSheetRow(sheetName, row);
}

/**
 * Sidebar: sets a result to Goal, Initiative or Not a plan row, kept in the hidden "Goalpost corrections" sheet.
 * @param {Object} request The sheet, the row, the label and an optional note, and the run's settings.
 * @return {Object} The row as Goalpost now judges it.
 */
export function correctSidebarRow(request: corrections.CorrectionRequest): sidebar.SidebarRow {
  return corrections.correctSidebarRow(request);
}

/**
 * Sidebar: removes the user's correction of a row, so Goalpost's own verdict comes back.
 * @param {Object} request The sheet, the row and the run's settings.
 * @return {Object} The row as Goalpost now judges it.
 */
export function removeSidebarCorrection(request: corrections.CorrectionRequest): sidebar.SidebarRow {
  return corrections.removeSidebarCorrection(request);
}
