/** "Build goal roll-up" from the menu: builds the sheet, shows it, and says what it found. */
import { buildRollupSheet, ROLLUP_SHEET_NAME, type RollupSheetSummary } from './rollupSheet';
import { UserError } from './userError';

export { buildRollupSheet, type RollupSheetSummary };

export function buildRollupFromMenu(): void {
  const ui = SpreadsheetApp.getUi();
  try {
    const summary = buildRollupSheet();
    const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
    spreadsheet.getSheetByName(ROLLUP_SHEET_NAME)?.activate();
    spreadsheet.toast(`${summary.text}. ${summary.flags[0] ?? ''}`.trim(), 'Goalpost roll-up');
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    ui.alert('Goalpost', error.message, ui.ButtonSet.OK);
  }
}
