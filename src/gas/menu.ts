/**
 * The add-on menu and the two simple menu items (sidebar, help). onOpen can run in
 * AuthMode.NONE, before the user has authorized the add-on in this file: there only the
 * menu may be built, so nothing here reads properties or the sheet until an item is
 * chosen.
 */
import { HELP_TITLE, helpDialogHtml } from './help';

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

export function showHelp(): void {
  const page = HtmlService.createHtmlOutput(helpDialogHtml()).setWidth(520).setHeight(560);
  SpreadsheetApp.getUi().showModalDialog(page, HELP_TITLE);
}
