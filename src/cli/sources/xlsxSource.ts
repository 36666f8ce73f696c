/**
 * Excel workbooks (.xlsx): the sheet that reads as the plan (see planSheet), or the one named
 * with --sheet. Cells arrive as Excel holds them (numbers, Dates, rich text, formula results, hyperlinks, error values)
 * and are turned into the plain values the engine reads, as Sheets' getValues() would give
 * them. Two things Excel keeps apart from the values are read too:
 * - merged cells: a value merged down a block (an account over its rows) belongs to every
 *   row the merge covers, so each row of the merge gets it in the merge's first column;
 * - number formats: a currency in a column's format (`$#,##0`, `#,##0 [$€-407]`) is the
 *   currency of its bare numbers (columnCurrencies).
 *
 * Excel writes a sheet's merges after its rows, and ExcelJS's streaming reader skips them,
 * so a workbook up to IN_MEMORY_BYTES is read whole (merges known before the first row);
 * a larger one is streamed so memory stays flat, and its merged cells hold their value on
 * their first row only, which the reading says.
 */
import { statSync } from 'node:fs';
import type ExcelJS from 'exceljs';
import { cellText, currencyOfNumberFormat, fieldOfHeader, findHeaderRow, type CellValue } from '../../core';
import { UsageError } from '../errors';
import type { RowSource, SourceRow } from './rowSource';

/**
 * Read whole up to this size. Measured on an 8-column plan with ExcelJS 4.4.0: 50,000 rows
 * (2 MB) read whole in 1.5 s at 290 MB peak RSS against 0.7 s and 130 MB streamed; 100,000
 * rows (4 MB) took 580 MB whole.
 */
export const IN_MEMORY_BYTES = 2 * 1024 * 1024;

/** Rows whose number formats are read for the columns' currencies: the header scan and the layout's sample. */
const FORMAT_ROWS = 300;

/** One Excel cell as the value a spreadsheet shows. */
export function excelValue(value: unknown): CellValue {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value instanceof Date) return value;
  if (typeof value === 'object') {
    const cell = value as { richText?: Array<{ text: string }>; result?: unknown; text?: unknown; error?: string; formula?: string };
    if (Array.isArray(cell.richText)) return cell.richText.map((run) => run.text).join('');
    if ('error' in cell && typeof cell.error === 'string') return cell.error;
    if ('result' in cell) return excelValue(cell.result);
    if ('formula' in cell) return '';
    if (typeof cell.text === 'string') return cell.text;
  }
  return String(value);
}

/** Per column, the one currency its numbers' formats show; a column whose formats disagree has none. */
class FormatCurrencies {
  private readonly seen = new Map<number, string | null>();
  private rows = 0;

  add(row: ExcelJS.Row): void {
    if (++this.rows > FORMAT_ROWS) return;
    row.eachCell((cell, column) => {
      if (typeof excelValue(cell.value) !== 'number') return;
      const currency = currencyOfNumberFormat(cell.numFmt);
      if (!currency) return;
      const index = column - 1;
      const before = this.seen.get(index);
      this.seen.set(index, before === undefined || before === currency ? currency : null);
    });
  }

  result(): Record<number, string> {
    const out: Record<number, string> = {};
    for (const [index, currency] of this.seen) if (currency) out[index] = currency;
    return out;
  }
}

function noSheet(label: string, sheetName: string | undefined, names: string[]): UsageError {
  return new UsageError(
    !names.length
      ? `${label} is a ZIP archive with no worksheets in it, so not an .xlsx workbook: export the plan as CSV or .xlsx`
      : `${label} has no sheet named "${sheetName}"; its sheets are ${names.map((s) => `"${s}"`).join(', ')}`,
  );
}

const unreadable = (label: string, error: unknown) => new UsageError(`${label} is a ZIP archive but not a readable .xlsx workbook (${(error as Error).message})`);

/** "B3" -> [3, 2]. */
function address(ref: string): [number, number] {
  const [, letters, digits] = /^\$?([A-Z]+)\$?(\d+)$/i.exec(ref.trim()) ?? [];
  let column = 0;
  for (const char of (letters ?? '').toUpperCase()) column = column * 26 + (char.charCodeAt(0) - 64);
  return [Number(digits), column];
}

/** Rows of a sheet read whole, each merge's value carried down its first column. */
function sheetRows(sheet: ExcelJS.Worksheet, formats: FormatCurrencies): SourceRow[] {
  const raw: CellValue[][] = [];
  const lastRow = sheet.rowCount;
  for (let number = 1; number <= lastRow; number++) {
    const row = sheet.getRow(number);
    formats.add(row);
    const values = (row.values as unknown[]).slice(1).map(excelValue);
    raw.push(values);
  }
  // ExcelJS gives every cell of a merge the merge's value; the user sees it once, and it
  // belongs to each row the merge covers, in its first column only.
  for (const range of (sheet.model as { merges?: string[] }).merges ?? []) {
    const [from, to = from] = range.split(':');
    const [r1, c1] = address(from);
    const [r2, c2] = address(to);
    for (let r = r1; r <= Math.min(r2, lastRow); r++) {
      const cells = raw[r - 1];
      if (!cells) continue;
      const value = raw[r1 - 1]?.[c1 - 1] ?? '';
      while (cells.length < c2) cells.push('');
      for (let c = c1; c <= c2; c++) cells[c - 1] = c === c1 ? value : '';
    }
  }
  return raw.map((cells, i) => ({ cells, line: i + 1 }));
}

/** The plan-like reading of one sheet: how many plan fields its header row names, and the rows below it. */
interface SheetReading {
  sheet: ExcelJS.Worksheet;
  rows: SourceRow[];
  formats: FormatCurrencies;
  named: string[];
  dataRows: number;
}

function readSheet(sheet: ExcelJS.Worksheet): SheetReading {
  const formats = new FormatCurrencies();
  const rows = sheetRows(sheet, formats);
  // Trailing blank rows Excel keeps in its used range are no part of the plan.
  while (rows.length && rows[rows.length - 1].cells.every((cell) => cell === '')) rows.pop();
  const cells = rows.map((row) => row.cells);
  const header = findHeaderRow(cells);
  const fields = header < 0 ? [] : cells[header].map((cell) => fieldOfHeader(cellText(cell))?.field).filter((field) => field !== undefined);
  const named = [...new Set(fields)];
  const dataRows = cells.slice(header + 1).filter((row) => row.some((cell) => cellText(cell) !== '')).length;
  return { sheet, rows, formats, named, dataRows };
}

/** A header that names the statements and at least one other plan field heads a plan table. */
function headsAPlan(reading: SheetReading): boolean {
  return reading.named.length >= 2 && (reading.named.includes('title') || reading.named.includes('description'));
}

/**
 * Without --sheet, the sheet read is the one that reads as a plan table: a header row naming
 * plan fields, and of those the one with most rows. A workbook's first sheet is often a cover
 * or notes page ("Confidential – do not forward"), whose lines would each become a verdict.
 * When no sheet has such a header, the first is read, as before.
 */
function planSheet(readings: SheetReading[]): { reading: SheetReading; why: string } {
  const plans = readings.filter(headsAPlan);
  if (!plans.length) return { reading: readings[0], why: 'no sheet has a header row naming plan fields, so the first was read' };
  const best = plans.reduce((a, b) => (b.dataRows > a.dataRows ? b : a));
  const fields = best.named.slice(0, 4).join(', ');
  const why = plans.length === 1 ? `its header row names plan fields (${fields})` : `its header row names plan fields (${fields}) and it has the most rows (${best.dataRows})`;
  return { reading: best, why };
}

async function readWhole(path: string, sheetName: string | undefined, label: string): Promise<{ rows: SourceRow[]; currencies: Record<number, string>; note?: string }> {
  const { default: excel } = await import('exceljs');
  const book = new excel.Workbook();
  try {
    await book.xlsx.readFile(path);
  } catch (error) {
    throw unreadable(label, error);
  }
  if (sheetName !== undefined) {
    const sheet = book.worksheets.find((s) => s.name === sheetName);
    if (!sheet) throw noSheet(label, sheetName, book.worksheets.map((s) => s.name));
    const { rows, formats } = readSheet(sheet);
    return { rows, currencies: formats.result() };
  }
  if (!book.worksheets.length) throw noSheet(label, sheetName, []);
  const readings = book.worksheets.map(readSheet);
  if (readings.length === 1) return { rows: readings[0].rows, currencies: readings[0].formats.result() };
  const { reading, why } = planSheet(readings);
  const others = book.worksheets.filter((s) => s !== reading.sheet).map((s) => `"${s.name}"`);
  const note = `read the sheet "${reading.sheet.name}": ${why}; the workbook also has ${others.join(', ')} (choose one with --sheet NAME)`;
  return { rows: reading.rows, currencies: reading.formats.result(), note };
}

/** A workbook read whole is read once per run, however many times the plan is opened (the parent pre-pass opens it again). */
const wholeBooks = new Map<string, ReturnType<typeof readWhole>>();

export async function openXlsx(path: string, sheetName: string | undefined, label = path): Promise<RowSource> {
  const totalBytes = statSync(path).size;
  if (totalBytes <= IN_MEMORY_BYTES) {
    const key = `${path}\u0000${sheetName ?? ''}`;
    let loading = wholeBooks.get(key);
    if (!loading) wholeBooks.set(key, (loading = readWhole(path, sheetName, label)));
    const { rows, currencies, note } = await loading;
    async function* all(): AsyncGenerator<SourceRow[]> {
      yield rows;
    }
    return { batches: all(), totalBytes, bytesRead: () => totalBytes, format: 'xlsx', columnCurrencies: () => currencies, note };
  }
  return streamXlsx(path, sheetName, totalBytes, label);
}

async function streamXlsx(path: string, sheetName: string | undefined, totalBytes: number, label: string): Promise<RowSource> {
  // Loaded only for workbooks: ExcelJS takes longer to load than a small CSV takes to classify.
  const { default: excel } = await import('exceljs');
  const reader = new excel.stream.xlsx.WorkbookReader(path, {
    entries: 'emit',
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    styles: 'cache',
    worksheets: 'emit',
  });
  const seen: string[] = [];
  const formats = new FormatCurrencies();

  async function* rows(): AsyncGenerator<SourceRow[]> {
    let found = false;
    try {
      for await (const worksheet of reader as AsyncIterable<AsyncIterable<ExcelJS.Row> & { name?: string; id?: number }>) {
        const name = worksheet.name ?? `Sheet${worksheet.id ?? seen.length + 1}`;
        seen.push(name);
        if (found || (sheetName !== undefined && name !== sheetName)) {
          // Sheets are stored one after another; a skipped sheet must still be read through.
          for await (const _ of worksheet) void _;
          continue;
        }
        found = true;
        let next = 1;
        for await (const row of worksheet) {
          // The reader leaves out empty rows: blank rows keep their numbers.
          for (; next < row.number; next++) yield [{ cells: [], line: next }];
          formats.add(row);
          const values = row.values as unknown[];
          yield [{ cells: values.slice(1).map(excelValue), line: row.number }];
          next = row.number + 1;
        }
      }
    } catch (error) {
      throw unreadable(label, error);
    }
    if (!found) throw noSheet(label, sheetName, seen);
  }
  return {
    batches: rows(),
    totalBytes,
    bytesRead: () => totalBytes,
    format: 'xlsx',
    columnCurrencies: () => formats.result(),
    note: `the workbook is over ${IN_MEMORY_BYTES / 1024 / 1024} MB, so it is read as a stream: a merged cell's value is read on its first row only`,
  };
}
