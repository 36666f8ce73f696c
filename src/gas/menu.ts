/**
 * The add-on menu and the two simple menu items (sidebar, help). onOpen can run in
 * AuthMode.NONE, before the user has authorized the add-on in this file: there only the
 * menu may be built, so nothing here reads properties or the sheet until an item is
 * chosen.
 */

/** The menu, in the order users see it; the function names are globals of the add-on. */
export const MENU_ITEMS = [
  { caption: 'Open Goalpost', functionName: 'openSidebar' },
  { caption: 'Classify selected rows', functionName: 'classifySelectedRows' },
  { caption: 'Build goal roll-up', functionName: 'buildRollupFromMenu' },
  { caption: 'Help', functionName: 'showHelp' },
] as const;

export function onOpen(_event?: GoogleAppsScript.Events.SheetsOnOpen): void {
  const menu = SpreadsheetApp.getUi().createAddonMenu();
  for (const item of MENU_ITEMS) menu.addItem(item.caption, item.functionName);
  menu.addToUi();
}

export function onInstall(event?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(event as GoogleAppsScript.Events.SheetsOnOpen | undefined);
}

export function openSidebar(): void {
  const ui = SpreadsheetApp.getUi();
  let page: GoogleAppsScript.HTML.HtmlOutput;
  try {
    page = HtmlService.createHtmlOutputFromFile('Sidebar');
  } catch {
    // build.mjs skips Sidebar.html until src/sidebar exists.
    ui.alert('Goalpost', 'The Goalpost sidebar is not built into this version yet. Use "Classify selected rows" or the CLASSIFY functions.', ui.ButtonSet.OK);
    return;
  }
  ui.showSidebar(page.setTitle('Goalpost'));
}

export const HELP_TEXT = [
  'Goalpost sorts account-plan rows into customer goals and initiatives, and says why.',
  '',
  'An initiative is a project already in execution. It usually shows at least 3 of 5 signs: a defined program, an owning organization, a named leader, an allocated budget, and a time-frame.',
  'A goal is a measurable end result set by senior management (growth, differentiation or risk mitigation) that several initiatives serve. Ask "why?" of an initiative until you reach it.',
  'A row with too little to go on is Unclear.',
  '',
  'Classify selected rows: writes Label, Score, the five criteria, Theme and Reason into "Goalpost:" columns right of your data. It only ever writes into those columns.',
  '',
  'Functions (a cell, a row or a whole range, plus an optional header row):',
  '=CLASSIFY(A2:F200, A1:F1)  Initiative, Goal or Unclear',
  '=INITIATIVE_SCORE(...)  criteria met, 0-5',
  '=INITIATIVE_CRITERIA(...)  five TRUE/FALSE: program, organization, leadership, budget, timeframe',
  '=GOAL_THEME(...)  Growth, Differentiation or Risk mitigation',
  '=CLASSIFY_REASON(...)  the one-line reason',
  '',
  'Nothing leaves this spreadsheet.',
].join('\n');

export function showHelp(): void {
  const ui = SpreadsheetApp.getUi();
  // An alert renders plain text only, so nothing here can be taken for markup.
  ui.alert('Goalpost help', HELP_TEXT, ui.ButtonSet.OK);
}

