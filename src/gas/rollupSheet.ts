/**
 * The "Goalpost roll-up" sheet: flags at the top, then the roll-up table (one block per
 * account, then goal), a link from each line back to its source row, number and date
 * formats, a frozen header, and a chart of initiatives and budget per goal. It is Goalpost's
 * own sheet: created on the first run and rewritten in place on the next while the user
 * has not changed it (rollupOwnership.ts); no other sheet is touched. Text from the plan is written as text, never as a formula.
 */
import { buildRollup, planItems, ROLLUP_COLUMN, ROLLUP_TABLE_HEADERS, rollupLines, summaryText, type PlanSummary, type Rollup, type RollupLine } from '../core';
import { withDocumentLock } from './lock';
import { markRollupPending, recordRollup, rollupTarget } from './rollupOwnership';
import { ROLLUP_SHEET_NAME, rollupTitle } from './ownSheets';
import { correctionsFor } from './corrections';
import { openPlanSheet, readPlanRows } from './planSheet';
import { asSheetDate } from './sheetDates';
import { readSettings } from './settings';
import { asLiteral, CHUNK_ROWS, chunksOf } from './sheetIO';

export { ROLLUP_SHEET_NAME };

export interface RollupSheetSummary {
  sheetName: string;
  goals: number;
  initiatives: number;
  /** The counts and their sentence, as the sheet's second line says them. */
  summary: PlanSummary;
  text: string;
  flags: string[];
  /** Why the roll-up went to a new sheet (the name was the user's, or the user changed Goalpost's sheet); null when it did not. */
  notice: string | null;
}

const WIDTH = ROLLUP_TABLE_HEADERS.length;
const HEADER_BACKGROUND = '#e8f0fe';
const GOAL_BACKGROUND = '#f1f3f4';

function pad(cells: Array<string | number | Date>): Array<string | number | Date> {
  return [...cells, ...Array<string>(WIDTH - cells.length).fill('')];
}

/** The cells of one table line as they go into the sheet. */
function sheetCells(line: RollupLine, source: GoogleAppsScript.Spreadsheet.Sheet, headerRow: number): Array<string | number | Date> {
  return line.cells.map((cell, column) => {
    if (column === ROLLUP_COLUMN.Start || column === ROLLUP_COLUMN.End) return asSheetDate(cell);
    if (column === ROLLUP_COLUMN.Row) {
      // Our own formula, made of numbers only: the link back to the source row.
      const sheetRow = Number(cell) + headerRow;
      return `=HYPERLINK("#gid=${source.getSheetId()}&range=A${sheetRow}", "Row ${sheetRow}")`;
    }
    return asLiteral(cell);
  });
}

function ensureRows(sheet: GoogleAppsScript.Spreadsheet.Sheet, lastRow: number): void {
  const max = sheet.getMaxRows();
  if (lastRow > max) sheet.insertRowsAfter(max, lastRow - max);
}

/** The lines above the table: title, counts, what to look at, and a blank line. */
function topLines(rollup: Rollup, sourceName: string): Array<Array<string | number | Date>> {
  return [
    pad([asLiteral(rollupTitle(sourceName))]),
    pad([asLiteral(summaryText(rollup.summary))]),
    pad(['Look at:']),
    ...(rollup.flags.length ? rollup.flags : ['Nothing to flag.']).map((flag) => pad([asLiteral(`• ${flag}`)])),
    ...rollup.problems.map((problem) => pad([asLiteral(`• ${problem}`)])),
    pad([]),
  ];
}

/** The chart's data block: a header line, then one line per goal, right of the table. */
const CHART_COLUMN = WIDTH + 2;
const chartWidth = (rollup: Rollup) => (rollup.goals.some((goal) => goal.budget.length) ? 3 : 2);

/** The rows and columns the roll-up sheet will fill, known before a cell is written. */
export function rollupExtent(rollup: Rollup, sourceName: string): { rows: number; columns: number } {
  const headerRow = topLines(rollup, sourceName).length + 1;
  const rows = headerRow + rollupLines(rollup).length;
  if (!rollup.goals.length) return { rows, columns: WIDTH };
  return { rows: Math.max(rows, headerRow + rollup.goals.length), columns: CHART_COLUMN + chartWidth(rollup) - 1 };
}

/** Rewrites the roll-up sheet from `rollup`; returns the row of the table's header. */
export function writeRollupSheet(target: GoogleAppsScript.Spreadsheet.Sheet, source: GoogleAppsScript.Spreadsheet.Sheet, rollup: Rollup, planHeaderRow = 1): number {
  target.clear();
  for (const chart of target.getCharts()) target.removeChart(chart);
  target.setFrozenRows(0);

  const top = topLines(rollup, source.getName());
  const headerRow = top.length + 1;
  const lines = rollupLines(rollup);
  ensureRows(target, headerRow + lines.length + 1);
  target.getRange(1, 1, top.length, WIDTH).setValues(top);
  target.getRange(1, 1).setFontWeight('bold');
  target.getRange(headerRow, 1, 1, WIDTH).setValues([[...ROLLUP_TABLE_HEADERS]]);
  target.getRange(headerRow, 1, 1, WIDTH).setFontWeight('bold').setBackground(HEADER_BACKGROUND);
  target.setFrozenRows(headerRow);

  for (const chunk of chunksOf(headerRow + 1, lines.length, CHUNK_ROWS)) {
    const part = lines.slice(chunk.row - headerRow - 1, chunk.row - headerRow - 1 + chunk.numRows);
    const range = target.getRange(chunk.row, 1, chunk.numRows, WIDTH);
    range.setValues(part.map((line) => sheetCells(line, source, planHeaderRow)));
    range.setFontWeights(part.map((line) => Array<GoogleAppsScript.Spreadsheet.FontWeight>(WIDTH).fill(line.kind === 'goal' ? 'bold' : 'normal')));
    range.setBackgrounds(part.map((line) => Array<string | null>(WIDTH).fill(line.kind === 'goal' ? GOAL_BACKGROUND : null)));
  }
  if (lines.length) {
    const body = (column: number) => target.getRange(headerRow + 1, column + 1, lines.length, 1);
    body(ROLLUP_COLUMN.Budget).setNumberFormat('#,##0.##');
    body(ROLLUP_COLUMN.Similarity).setNumberFormat('0.00');
    body(ROLLUP_COLUMN.Start).setNumberFormat('yyyy-mm-dd');
    body(ROLLUP_COLUMN.End).setNumberFormat('yyyy-mm-dd');
  }
  if (rollup.goals.length) insertChart(target, rollup, headerRow);
  return headerRow;
}

/**
 * The chart reads a small block beside the table: goal, initiatives, and the budget in the
 * plan's most used currency (budgets in different currencies never share an axis).
 */
function insertChart(target: GoogleAppsScript.Spreadsheet.Sheet, rollup: Rollup, headerRow: number): void {
  const usage = new Map<string | null, number>();
  for (const goal of rollup.goals) for (const total of goal.budget) usage.set(total.currency, (usage.get(total.currency) ?? 0) + 1);
  const currency = [...usage].sort((a, b) => b[1] - a[1])[0]?.[0];
  // chartWidth() counts the budget column the same way: some goal has a budget.
  const label = currency === undefined ? null : `Budget (${currency ?? 'no currency'})`;
  const rows: Array<Array<string | number>> = [label ? ['Goal', 'Initiatives', label] : ['Goal', 'Initiatives']];
  for (const goal of rollup.goals) {
    const budget = goal.budget.find((total) => total.currency === currency)?.amount ?? 0;
    rows.push(label ? [asLiteral(goal.name), goal.initiativeCount, budget] : [asLiteral(goal.name), goal.initiativeCount]);
  }
  const column = CHART_COLUMN;
  ensureRows(target, headerRow + rows.length);
  const data = target.getRange(headerRow, column, rows.length, rows[0].length);
  data.setValues(rows);
  const builder = target
    .newChart()
    .setChartType(Charts.ChartType.COMBO)
    .addRange(data)
    .setOption('title', 'Initiatives and budget per goal')
    .setOption('seriesType', 'bars')
    .setOption('series', label ? { 0: { targetAxisIndex: 0 }, 1: { type: 'line', targetAxisIndex: 1 } } : { 0: { targetAxisIndex: 0 } })
    .setPosition(headerRow, column + rows[0].length + 1, 0, 0);
  target.insertChart(builder.build());
}

/** Builds the roll-up of the active sheet's plan into the roll-up sheet; the lock keeps runs apart. */
export function buildRollupSheet(): RollupSheetSummary {
  return withDocumentLock(() => {
    const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
    const source = spreadsheet.getActiveSheet();
    const settings = readSettings(source);
    const plan = openPlanSheet(source, settings);
    const rows = readPlanRows(plan, plan.headerRowNumber + 1, plan.lastRow - plan.headerRowNumber);
    const rollup = buildRollup(planItems(rows, plan.layout, { threshold: settings.threshold, corrections: correctionsFor(spreadsheet, source.getName()) }));
    const { sheet: target, created, notice } = rollupTarget(spreadsheet);
    // insertSheet makes the new sheet the active one; the plan stays active, so the
    // sidebar's next Run is on the plan (the menu item shows the roll-up itself).
    if (created) source.activate();
    // Marked before the first write: a run that stops midway leaves a sheet that is still
    // Goalpost's. Its block covers the old roll-up too, which a stopped run may not have cleared.
    const extent = rollupExtent(rollup, source.getName());
    markRollupPending(target, { rows: Math.max(extent.rows, target.getLastRow()), columns: Math.max(extent.columns, target.getLastColumn()) });
    writeRollupSheet(target, source, rollup, plan.headerRowNumber);
    recordRollup(target);
    return {
      sheetName: target.getName(),
      notice,
      goals: rollup.summary.goals,
      initiatives: rollup.summary.initiatives,
      summary: rollup.summary,
      text: summaryText(rollup.summary),
      flags: rollup.flags,
    };
  });
}
