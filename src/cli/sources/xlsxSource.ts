/**
 * Excel workbooks (.xlsx) read as a stream of rows with ExcelJS's streaming reader: the
 * first sheet, or the one named with --sheet. Cells arrive as Excel holds them (numbers,
 * Dates, rich text, formula results, hyperlinks, error values) and are turned into the
 * plain values the engine reads, as Sheets' getValues() would give them.
 */
import { statSync } from 'node:fs';
import type ExcelJS from 'exceljs';
import type { CellValue } from '../../core';
import { UsageError } from '../errors';
import type { RowSource, SourceRow } from './rowSource';

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

export async function openXlsx(path: string, sheetName: string | undefined, label = path): Promise<RowSource> {
  const totalBytes = statSync(path).size;
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

  async function* rows(): AsyncGenerator<SourceRow> {
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
          for (; next < row.number; next++) yield { cells: [], line: next };
          const values = row.values as unknown[];
          yield { cells: values.slice(1).map(excelValue), line: row.number };
          next = row.number + 1;
        }
      }
    } catch (error) {
      throw new UsageError(`${label} is a ZIP archive but not a readable .xlsx workbook (${(error as Error).message})`);
    }
    if (!found) {
      throw new UsageError(
        !seen.length
          ? `${label} is a ZIP archive with no worksheets in it, so not an .xlsx workbook: export the plan as CSV or .xlsx`
          : `${label} has no sheet named "${sheetName}"; its sheets are ${seen.map((s) => `"${s}"`).join(', ')}`,
      );
    }
  }
  return { rows: rows(), totalBytes, bytesRead: () => totalBytes, format: 'xlsx' };
}
