/**
 * Reads a plan file as the engine needs it: the layout from the first rows (header row
 * found, or the one --header-row names; columns mapped once per file), then the data rows
 * one at a time, numbered from 1 below the header. Lines above the header (a title,
 * "Prepared by") are not plan rows and are not read as such. A row with more fields than the plan has columns is malformed (an
 * unquoted delimiter shifted its cells): the run stops on it, or skips and reports it.
 */
import { cellText, detectLayout, isBlank, parentKey, PlanError, type CellValue, type FieldOverrides, type PlanLayout } from '../core';
import { plural } from '../core/planSummary';
import { LAYOUT_SAMPLE_ROWS } from '../core/limits';
import { fieldOfHeader, isListHeader } from '../core/fields';
import { UsageError } from './errors';
import type { BadRow, PlanFile, RowSource, SourceRow } from './sources/rowSource';

/** Rows read before the layout is decided: the header plus enough content to infer unnamed columns. */
const SAMPLE_ROWS = LAYOUT_SAMPLE_ROWS + 1;

export interface DataRow {
  /** 1-based data row number (the header row is not counted). */
  row: number;
  cells: CellValue[];
  line: number;
}

export interface PlanReadOptions {
  map?: FieldOverrides;
  /** The file's line (CSV) or sheet row (xlsx) holding the header, 1-based; 0 for none. */
  headerRow?: number;
  sheet?: string;
  skipBadRows?: boolean;
  onBadRow?: (bad: BadRow) => void;
}

export interface PlanRows {
  layout: PlanLayout;
  /** The plan's column headers as the file has them (a longer data row is malformed). */
  headers: string[];
  /** The line or sheet row the header row stands on; null when the plan has none. */
  headerLine: number | null;
  source: RowSource;
  /** The data rows in order, a batch at a time. */
  rows: AsyncGenerator<DataRow[]>;
}

export async function readPlan(file: PlanFile, options: PlanReadOptions): Promise<PlanRows> {
  const onBadRow = options.onBadRow ?? (() => undefined);
  const source = await file.open({ sheet: options.sheet, skipBadRows: options.skipBadRows, onBadRow });
  const iterator = source.batches[Symbol.asyncIterator]();
  const sample: SourceRow[] = [];
  // Rows of the sample's last batch that are past the sample.
  let ahead: SourceRow[] = [];
  // An error found while reading ahead is raised when the run reaches it, so lines are
  // reported in order and the rows before it are still classified.
  let pending: unknown = null;
  try {
    while (sample.length < SAMPLE_ROWS) {
      const next = await iterator.next();
      if (next.done) break;
      const room = SAMPLE_ROWS - sample.length;
      for (let i = 0; i < Math.min(room, next.value.length); i++) sample.push(next.value[i]);
      if (next.value.length > room) ahead = next.value.slice(room);
    }
  } catch (error) {
    pending = error;
  }
  if (pending && !sample.length) throw pending;
  if (!sample.some((row) => row.cells.some((cell) => cellText(cell) !== '' || typeof cell !== 'string'))) {
    throw new UsageError(`${file.label} holds no rows to classify`);
  }
  // A list of statements saved as CSV by hand leaves commas unquoted ("Rollout to 2,000 seats"):
  // where nearly every line is one field, the few that split are one statement again.
  const list = file.kind === 'csv' && isListOfLines(sample.map((row) => row.cells));
  if (list) for (const row of sample) row.cells = asOneCell(row.cells);
  let headerIndex: number | undefined;
  if (options.headerRow !== undefined) {
    headerIndex = options.headerRow === 0 ? -1 : sample.findIndex((row) => row.line === options.headerRow);
    if (headerIndex < 0 && options.headerRow !== 0) {
      throw new UsageError(`--header-row ${options.headerRow}: ${file.label} has no such line among its first ${sample.length} rows`);
    }
  }
  let layout: PlanLayout;
  try {
    layout = detectLayout(sample.map((row) => row.cells), { overrides: options.map, headerIndex, formatCurrencies: source.columnCurrencies?.() });
  } catch (error) {
    if (error instanceof PlanError) throw new UsageError(`${file.label}: ${error.message} (use --map title=HEADER, or --header-row N)`);
    throw error;
  }
  const header = layout.hasHeaderRow ? sample[layout.headerIndex] : null;
  if (header && sample.length === layout.headerIndex + 1 && !pending) {
    throw new UsageError(`${file.label} has a header row but no rows below it to classify`);
  }
  const width = header ? header.cells.length : layout.headers.length;
  // The user's header row as it was: a blank header cell stays blank in the output. A
  // two-row header is written as one, each column under both its labels ("Responsible / Name").
  const headers =
    header && !layout.twoRowHeader
      ? layout.headers.slice(0, width).map((text, i) => (isBlank(header.cells[i]) ? '' : typeof header.cells[i] === 'string' ? String(header.cells[i]) : text))
      : layout.headers.slice(0, width);

  let row = 0;
  const take = (read: CellValue[], line: number): DataRow | null => {
    row++;
    const cells = list ? asOneCell(read) : read;
    if (cells.length > width && cells.slice(width).some((cell) => cellText(cell) !== '')) {
      const reason = `has ${cells.length} fields but the plan has ${plural(width, 'column')} (an unquoted delimiter?)`;
      if (!options.skipBadRows) {
        throw new UsageError(`Malformed row at line ${line}: it ${reason}. Fix the line, or run with --skip-bad-rows to skip such rows`);
      }
      onBadRow({ line, reason: `row ${reason}` });
      return null;
    }
    return { row, cells, line };
  };
  // A batch's data rows; a malformed row stops it, after the rows before it.
  const dataRows = (read: readonly SourceRow[]): { rows: DataRow[]; stop: unknown } => {
    const rows: DataRow[] = [];
    for (const { cells, line } of read) {
      let data: DataRow | null;
      try {
        data = take(cells, line);
      } catch (error) {
        return { rows, stop: error };
      }
      if (data) rows.push(data);
    }
    return { rows, stop: null };
  };
  async function* rows(): AsyncGenerator<DataRow[]> {
    let batch = dataRows([...sample.slice(layout.headerIndex + 1), ...ahead]);
    for (;;) {
      if (batch.rows.length) yield batch.rows;
      if (batch.stop) throw batch.stop;
      if (pending) throw pending;
      const next = await iterator.next();
      if (next.done) return;
      batch = dataRows(next.value);
    }
  }
  return { layout, headers, headerLine: header?.line ?? null, source, rows: rows() };
}

/**
 * True for a list of statements: headed by one label that names statements ("Statement",
 * "Goals", "Description"), with most lines one field, so the others split on a comma of their
 * own. A title line above a table is no list: its table's lines are wide.
 */
function isListOfLines(rows: ReadonlyArray<readonly CellValue[]>): boolean {
  const filled = rows.filter((cells) => cells.some((cell) => cellText(cell) !== ''));
  if (filled.length < 2) return false;
  const widths = filled.map((cells) => cells.length - [...cells].reverse().findIndex((cell) => cellText(cell) !== ''));
  const label = cellText(filled[0][0]);
  const field = fieldOfHeader(label)?.field;
  const names = isListHeader(label) || field === 'title' || field === 'description';
  return widths[0] === 1 && names && widths.filter((width) => width === 1).length >= filled.length / 2;
}

/** A line split on its own commas, joined back as the one statement it is. */
function asOneCell(cells: CellValue[]): CellValue[] {
  if (cells.length <= 1) return cells;
  const last = cells.length - [...cells].reverse().findIndex((cell) => cellText(cell) !== '');
  return [cells.slice(0, Math.min(last, cells.length)).map((cell) => (cell === null || cell === undefined ? '' : String(cell))).join(',')];
}

/**
 * What the plan's rows name as their parent, read in a first pass over the file: a row
 * named as a parent reads as a goal, and a parent may be named by rows below it.
 */
export async function readParentKeys(file: PlanFile, layout: PlanLayout, options: PlanReadOptions): Promise<Set<string>> {
  const column = layout.columns.parent;
  if (column === undefined) return new Set();
  const keys = new Set<string>();
  let skip = layout.headerIndex + 1;
  const source = await file.open({ sheet: options.sheet, skipBadRows: options.skipBadRows, onBadRow: () => undefined });
  for await (const batch of source.batches) {
    for (const { cells } of batch) {
      if (skip > 0) skip--;
      else {
        const key = parentKey(cells[column]);
        if (key) keys.add(key);
      }
    }
  }
  return keys;
}
