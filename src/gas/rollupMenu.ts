/** "Build goal roll-up" from the menu: builds the sheet, shows it, and says what it found. */
import { buildRollupSheet, type RollupSheetSummary } from './rollupSheet';
import { UserError } from './userError';

export { buildRollupSheet, type RollupSheetSummary };

export function buildRollupFromMenu(): void {
  const ui = SpreadsheetApp.getUi();
  try {
    const summary = buildRollupSheet();
    const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
    spreadsheet.getSheetByName(summary.sheetName)?.activate();
    // A toast can go unseen; where the roll-up went matters when it is not where it was.
    if (summary.notice) ui.alert('Goalpost roll-up', `${summary.notice}\n\n${summary.text}.`, ui.ButtonSet.OK);
    else spreadsheet.toast(`${summary.text}. ${summary.flags[0] ?? ''}`.trim(), 'Goalpost roll-up');
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    ui.alert('Goalpost', error.message, ui.ButtonSet.OK);
  }
}
