/**
 * The preview's spreadsheet: the add-on's real server code (src/gas/index.ts) over the
 * in-memory Apps Script of the tests. preview/server.mjs bundles this file and runs it in
 * its own node:vm context, so the fakes' globals (SpreadsheetApp...) never reach the
 * preview server's own scope, and several previews can run in one process.
 *
 * Everything crossing into or out of the context is JSON, which is also what
 * google.script.run does to arguments and results.
 */
import * as addOn from '../src/gas/index';
import { FakeAppsScript, type Cell } from '../test/fakes/appsScript';

export interface SheetWindow {
  name: string;
  lastRow: number;
  lastColumn: number;
  /** Row numbers of the window, and each row's cells as text. */
  first: number;
  rows: string[][];
  headers: string[];
  /** The selected rows, when the selection is on this sheet. */
  selection: { first: number; last: number } | null;
  /** Every sheet of the spreadsheet, in tab order, so the page can show the others (the roll-up). */
  sheets: string[];
  /** Per row of the window, whether it is bold and its background, as the roll-up sheet formats them. */
  styles: Array<{ bold: boolean; background: string | null }>;
  /** The sheet's embedded charts with the cells they plot, header row first. */
  charts: Array<{ type: string; title: string; rows: string[][]; seriesTypes: string[] }>;
}

const text = (cell: Cell): string => (typeof cell === 'boolean' ? (cell ? 'TRUE' : 'FALSE') : cell instanceof Date ? cell.toISOString().slice(0, 10) : String(cell));

/** What a cell shows: our own HYPERLINK formulas show their label, as Sheets draws them. */
const shown = (value: Cell, formula: string): string => /^=HYPERLINK\("[^"]*",\s*"([^"]*)"\)$/.exec(formula)?.[1] ?? text(value);

export function createBackend(rowsJson: string, sheetName: string) {
  const env = new FakeAppsScript().install(globalThis as unknown as Record<string, unknown>);
  const sheet = env.spreadsheet.addSheet(sheetName, JSON.parse(rowsJson) as Cell[][]);
  type AnySheet = typeof sheet;
  const endpoints = addOn as unknown as Record<string, (...args: unknown[]) => unknown>;

  return {
    /** google.script.run.NAME(...args): the result, or the message of what was thrown. */
    call(name: string, argsJson: string): string {
      // biome-ignore lint/suspicious/noPrototypeBuiltins: Object.hasOwn is ES2022; the tools' lib is ES2021.
      const endpoint = Object.prototype.hasOwnProperty.call(endpoints, name) ? endpoints[name] : undefined;
      if (typeof endpoint !== 'function') return JSON.stringify({ ok: false, message: `Script function not found: ${name}` });
      try {
        const value = endpoint(...(JSON.parse(argsJson) as unknown[]));
        return JSON.stringify({ ok: true, value: value === undefined ? null : value });
      } catch (error) {
        return JSON.stringify({ ok: false, message: error instanceof Error ? error.message : String(error) });
      }
    },

    /** Rows first..first+count-1 of the plan sheet, or of the sheet named, as text. */
    window(first: number, count: number, name?: string): string {
      const shownSheet: AnySheet = (name ? env.spreadsheet.getSheetByName(name) : null) ?? sheet;
      // Only the rows asked for: the page redraws after every call of a run.
      const lastRow = shownSheet.getLastRow();
      const lastColumn = shownSheet.getLastColumn();
      const read = (row: number, rows: number): string[][] => {
        if (rows <= 0 || lastColumn <= 0) return [];
        const range = shownSheet.getRange(row, 1, rows, lastColumn);
        const formulas = range.getFormulas();
        return range.getValues().map((line, r) => line.map((cell, c) => shown(cell, formulas[r][c])));
      };
      const rows = read(first, Math.min(count, lastRow - first + 1));
      const selected = env.spreadsheet.selectionOn(shownSheet);
      const result: SheetWindow = {
        name: shownSheet.getName(),
        lastRow,
        lastColumn,
        first,
        headers: read(1, Math.min(1, lastRow))[0] ?? [],
        rows,
        selection: selected ? { first: selected.getRow(), last: selected.getLastRow() } : null,
        sheets: env.spreadsheet.getSheets().map((each) => each.getName()),
        styles: rows.map((_, i) => ({
          bold: shownSheet.fontWeights.get(`${first + i},1`) === 'bold',
          background: shownSheet.backgrounds.get(`${first + i},1`) || null,
        })),
        charts: shownSheet.charts.map((chart) => {
          const series = (chart.options.series ?? {}) as Record<string, { type?: string }>;
          const plotted = chart.ranges.flatMap((a1) => shownSheet.getRange(a1).getValues().map((line) => line.map(text)));
          const width = plotted[0]?.length ?? 0;
          return {
            type: chart.type,
            title: String(chart.options.title ?? ''),
            rows: plotted,
            seriesTypes: Array.from({ length: Math.max(0, width - 1) }, (_, i) => series[i]?.type ?? String(chart.options.seriesType ?? 'bars')),
          };
        }),
      };
      return JSON.stringify(result);
    },

    /** Selects whole rows, as a user would in the sheet. */
    select(first: number, last: number): void {
      const width = Math.max(1, sheet.getLastColumn());
      sheet.setActiveSelection(`A${first}:${columnLetter(width)}${last}`);
    },

    /** Types a value into a cell, as a collaborator would. */
    setCell(a1: string, value: string): void {
      sheet.getRange(a1).setValue(value);
    },

    holdLock(): void {
      env.holdDocumentLock();
    },
    releaseLock(): void {
      env.releaseDocumentLock();
    },
  };
}

function columnLetter(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}
