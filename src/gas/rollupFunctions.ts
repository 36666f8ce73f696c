/**
 * =GOAL_ROLLUP(range, headers) and =WHY_CHAIN(input, range, headers). Like the other custom
 * functions they run without authorization inside Sheets' 30-second limit: the plan is
 * classified in one pass and nothing but the sheet's saved settings is read.
 */
import {
  buildRollup,
  cellText,
  isBlankRow,
  planItems,
  recordOf,
  referenceFinder,
  resolveLinks,
  rollupTable,
  ROLLUP_COLUMN,
  whyChainText,
  type CellValue,
  type LinkItem,
  type PlanLayout,
} from '../core';
import { examplesOf, headerRowOf, layOut, type SheetsArgument } from './customFunctions';
import { readSettingsQuietly } from './settings';
import { asCalendarDays, asSheetDate, spreadsheetTimeZone } from './sheetDates';
import { fitCell } from './sheetIO';

interface PlanArgument {
  rows: CellValue[][];
  layout: PlanLayout;
  threshold: number;
}

/** The plan a function is given: its rows (dates as the days the user sees) and their layout. */
function planOf(name: string, range: SheetsArgument, headers: SheetsArgument): PlanArgument {
  if (!Array.isArray(range) || headers === undefined) {
    throw new Error(`${name} needs the plan's rows and its header row, e.g. =${name}(A2:H200, A1:H1).`);
  }
  const rows = asCalendarDays(range, spreadsheetTimeZone());
  const settings = readSettingsQuietly();
  const layout = layOut(rows, headerRowOf(name, headers, rows[0]?.length ?? 0), settings.mapping);
  return { rows, layout, threshold: settings.threshold };
}

export function goalRollup(range: SheetsArgument, headers: SheetsArgument, examples?: SheetsArgument): Array<Array<string | number | Date>> {
  const { rows, layout, threshold } = planOf('GOAL_ROLLUP', range, headers);
  const table = rollupTable(buildRollup(planItems(rows, layout, { threshold, corrections: examplesOf('GOAL_ROLLUP', examples) })));
  return table.map((line, index) =>
    index === 0 ? line : line.map((cell, column) => (column === ROLLUP_COLUMN.Start || column === ROLLUP_COLUMN.End ? asSheetDate(cell) : fitCell(cell))),
  );
}

export function whyChain(input: SheetsArgument, range: SheetsArgument, headers: SheetsArgument): string | string[][] {
  const { rows, layout } = planOf('WHY_CHAIN', range, headers);
  const items: LinkItem[] = [];
  rows.forEach((row, index) => {
    if (!isBlankRow(row)) items.push({ row: index + 1, record: recordOf(row, layout) });
  });
  const links = resolveLinks(items);
  const byRow = new Map(items.map((item) => [item.row, item]));
  const find = referenceFinder(items);
  const chainFor = (cells: CellValue[]): string => {
    if (isBlankRow(cells)) return '';
    // A whole plan row is found by its id or title; a single cell is an id or a title.
    const record = cells.length === layout.headers.length && cells.length > 1 ? recordOf(cells, layout) : null;
    const references = record ? [cellText(record.id), cellText(record.title)] : [cellText(cells[0])];
    const item = references.filter(Boolean).map((reference) => find(reference)?.item).find(Boolean);
    if (!item) return `“${references.find(Boolean) ?? ''}” is not a row of this plan`;
    return whyChainText(item.row, links, byRow);
  };

  // Sheets shows an error instead of a text result longer than a cell holds.
  if (!Array.isArray(input)) return fitCell(chainFor([input]));
  return input.map((line) => [fitCell(chainFor(line))]);
}
