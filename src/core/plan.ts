/**
 * A plan is a table of rows, perhaps under a header row. This module finds its layout once
 * per file or range — which row is the header, which column holds which field — so that the
 * per-row work is a lookup. Headers are matched through the synonym table; columns whose
 * header names nothing (or a sheet with no header row at all) are read by their contents.
 * An explicit mapping always wins.
 */
import { classify } from './classify';
import { fieldOfHeader, headerKey, isListHeader } from './fields';
import type { PlanItem } from './link';
import { parseMoney } from './money';
import { parsePerson } from './people';
import { cellText, isBlank, isSheetsError, normalize } from './text';
import { parseTimeFrame } from './timeframe';
import { FIELDS, type CellValue, type ClassifyOptions, type Field, type PlanRecord, type Verdict } from './types';

/** An explicit mapping: field -> header text (or column letter). */
export type FieldOverrides = Partial<Record<Field, string>>;

export interface PlanLayout {
  hasHeaderRow: boolean;
  /** Header texts, or `Column A`, `Column B`... when the plan has no header row. */
  headers: string[];
  /** field -> 0-based column index. */
  columns: Partial<Record<Field, number>>;
  how: Partial<Record<Field, 'explicit' | 'header' | 'content'>>;
  /** A list of bare statements in one text column. */
  bareText: boolean;
}

/** Input Goalpost cannot use; the message says what was found and how to fix it. */
export class PlanError extends Error {
  override name = 'PlanError';
}

const SAMPLE_ROWS = 200;

export function isBlankRow(row: readonly CellValue[]): boolean {
  return row.every(isBlank);
}

/** `A`, `B` ... `Z`, `AA`: the column letters users see in Sheets. */
export function columnLetter(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

function letterIndex(text: string): number | null {
  if (!/^[A-Za-z]{1,3}$/.test(text)) return null;
  let index = 0;
  for (const char of text.toUpperCase()) index = index * 26 + (char.charCodeAt(0) - 64);
  return index - 1;
}

function width(rows: readonly CellValue[][]): number {
  let max = 0;
  for (let i = 0; i < Math.min(rows.length, SAMPLE_ROWS + 1); i++) max = Math.max(max, rows[i]?.length ?? 0);
  return max;
}

/** Maps header cells to fields: whole-header synonyms first, then telling words; one column a field. */
function mapHeaders(headers: string[]): Pick<PlanLayout, 'columns' | 'how'> {
  const columns: Partial<Record<Field, number>> = {};
  const how: PlanLayout['how'] = {};
  const matches = headers.map((header) => fieldOfHeader(header));
  for (const pass of ['exact', 'partial'] as const) {
    matches.forEach((match, index) => {
      if (!match || match.match !== pass || columns[match.field] !== undefined) return;
      if (Object.values(columns).includes(index)) return;
      columns[match.field] = index;
      how[match.field] = 'header';
    });
  }
  return { columns, how };
}

function looksLikeHeaderRow(first: readonly CellValue[], rest: readonly CellValue[][]): boolean {
  const cells = first.filter((cell) => !isBlank(cell));
  if (!cells.length) return false;
  if (cells.some((cell) => typeof cell !== 'string')) return false;
  if (first.length === 1 || (rest.length > 0 && width(rest as CellValue[][]) <= 1)) return isListHeader(String(cells[0]));
  // Values a header never holds: money, dates, long sentences.
  if (cells.some((cell) => parseMoney(cell).kind === 'amount' || String(cell).length > 80)) return false;
  const named = cells.filter((cell) => fieldOfHeader(String(cell))).length;
  return named >= 2 || named >= Math.ceil(cells.length / 2);
}

interface ColumnProfile {
  index: number;
  filled: number;
  money: number;
  date: number;
  person: number;
  idLike: number;
  distinct: number;
  averageLength: number;
}

function profile(rows: readonly CellValue[][], index: number): ColumnProfile {
  const seen = new Set<string>();
  const result: ColumnProfile = { index, filled: 0, money: 0, date: 0, person: 0, idLike: 0, distinct: 0, averageLength: 0 };
  let length = 0;
  for (const row of rows.slice(0, SAMPLE_ROWS)) {
    const cell = row[index];
    if (isBlank(cell)) continue;
    result.filled++;
    const text = cell instanceof Date ? cell.toISOString() : cellText(cell);
    seen.add(text.toLowerCase());
    length += text.length;
    const isDateCell = cell instanceof Date || (typeof cell === 'string' && parseTimeFrame(cell) !== null && !/^\d+$/.test(cell.trim()));
    if (isDateCell) result.date++;
    else if (parseMoney(cell).kind !== 'none') result.money++;
    if (parsePerson(cell).kind === 'person') result.person++;
    if (/^[A-Za-z]{0,6}[-_ ]?\d{1,8}[A-Za-z0-9-]*$/.test(text) && text.length <= 16) result.idLike++;
  }
  result.distinct = seen.size;
  result.averageLength = result.filled ? length / result.filled : 0;
  return result;
}

/**
 * Reads unmapped columns by their contents. With a header row that already maps the
 * statement text, only columns whose contents are unmistakable (money, dates, people) are
 * taken, so a "Type" or "Status" column never becomes the organization.
 */
function inferFromContents(rows: readonly CellValue[][], columnCount: number, layout: Pick<PlanLayout, 'columns' | 'how'>, textMapped: boolean): void {
  const taken = new Set(Object.values(layout.columns));
  const free = (field: Field) => layout.columns[field] === undefined;
  const assign = (field: Field, index: number) => {
    layout.columns[field] = index;
    layout.how[field] = 'content';
    taken.add(index);
  };
  const profiles: ColumnProfile[] = [];
  for (let index = 0; index < columnCount; index++) if (!taken.has(index)) profiles.push(profile(rows, index));
  const share = (count: number, p: ColumnProfile) => (p.filled ? count / p.filled : 0);

  for (const p of profiles) {
    if (taken.has(p.index) || !p.filled) continue;
    if (share(p.date, p) >= 0.6) {
      const field = (['start', 'end', 'timeframe'] as const).find(free);
      if (field) assign(field, p.index);
    } else if (share(p.money, p) >= 0.6 && free('budget')) {
      assign('budget', p.index);
    } else if (share(p.person, p) >= 0.5) {
      const field = (['leader', 'manager', 'owner', 'sponsor'] as const).find(free);
      if (field) assign(field, p.index);
    }
  }
  // One date column alone is a deadline or a period, not a start.
  if (layout.how.start === 'content' && layout.columns.end === undefined && layout.columns.timeframe === undefined) {
    layout.columns.timeframe = layout.columns.start;
    layout.how.timeframe = 'content';
    delete layout.columns.start;
    delete layout.how.start;
  }
  if (textMapped) return;

  const rest = profiles.filter((p) => !taken.has(p.index) && p.filled);
  const idColumn = rest.find((p) => share(p.idLike, p) >= 0.9 && p.distinct === p.filled && p.averageLength <= 16);
  if (idColumn && free('id')) assign('id', idColumn.index);
  const text = rest.filter((p) => !taken.has(p.index) && p.averageLength > 0);
  // Statements are the columns whose values are long and mostly different from each other.
  const statements = text.filter((p) => p.distinct >= p.filled * 0.8 && p.averageLength >= 12).sort((a, b) => a.index - b.index);
  if (statements.length && free('title')) {
    const [first, second] = statements;
    assign('title', first.index);
    if (second && free('description') && second.averageLength > first.averageLength) assign('description', second.index);
  }
  // Short values repeated down the column: the account, then the owning organization.
  const groups = text.filter((p) => !taken.has(p.index) && p.distinct < p.filled * 0.7 && p.averageLength <= 40);
  for (const p of groups) {
    const field = (['account', 'organization'] as const).find(free);
    if (field) assign(field, p.index);
  }
}

function applyOverrides(overrides: FieldOverrides, headers: string[], layout: Pick<PlanLayout, 'columns' | 'how'>): void {
  for (const [field, name] of Object.entries(overrides) as Array<[Field, string | undefined]>) {
    if (!(FIELDS as readonly string[]).includes(field)) {
      throw new PlanError(`Unknown field "${field}" in the column mapping; fields are: ${FIELDS.join(', ')}`);
    }
    if (name === undefined || name === '') {
      delete layout.columns[field];
      delete layout.how[field];
      continue;
    }
    const key = headerKey(name);
    let index = headers.findIndex((header) => headerKey(header) === key);
    if (index < 0) index = letterIndex(name.trim()) ?? -1;
    if (index < 0 || index >= headers.length) {
      throw new PlanError(`No column "${name}" for ${field}; the columns are: ${headers.map((h) => `"${h}"`).join(', ')}`);
    }
    for (const other of Object.keys(layout.columns) as Field[]) {
      if (layout.columns[other] === index && other !== field) {
        delete layout.columns[other];
        delete layout.how[other];
      }
    }
    layout.columns[field] = index;
    layout.how[field] = 'explicit';
  }
}

/**
 * Finds the layout of a plan. `rows[0]` may be a header row: it is detected unless
 * `hasHeaderRow` says. Throws PlanError when no column can be read as statements.
 */
export function detectLayout(
  rows: readonly CellValue[][],
  options: { overrides?: FieldOverrides; hasHeaderRow?: boolean } = {},
): PlanLayout {
  const columnCount = width(rows as CellValue[][]);
  if (!rows.length || columnCount === 0) throw new PlanError('The plan is empty: there are no rows to classify');
  const first = rows[0] ?? [];
  const hasHeaderRow = options.hasHeaderRow ?? looksLikeHeaderRow(first, rows.slice(1));
  const headers = Array.from({ length: columnCount }, (_, index) => {
    const text = hasHeaderRow ? cellText(first[index]) : '';
    return text || `Column ${columnLetter(index)}`;
  });
  const data = hasHeaderRow ? rows.slice(1) : rows;

  const layout = hasHeaderRow ? mapHeaders(headers) : { columns: {}, how: {} };
  if (columnCount === 1 && layout.columns.title === undefined && layout.columns.description === undefined) {
    // A one-column plan is a list of statements, whatever its header says.
    for (const field of Object.keys(layout.columns) as Field[]) delete layout.columns[field];
    layout.columns.title = 0;
    layout.how.title = hasHeaderRow ? 'header' : 'content';
  }
  applyOverrides(options.overrides ?? {}, headers, layout);
  const textMapped = layout.columns.title !== undefined || layout.columns.description !== undefined;
  inferFromContents(data, columnCount, layout, textMapped);
  applyOverrides(options.overrides ?? {}, headers, layout);

  if (layout.columns.title === undefined && layout.columns.description === undefined) {
    const found = hasHeaderRow ? `headers ${headers.slice(0, 12).map((h) => `"${h}"`).join(', ')}` : `${columnCount} columns and no header row`;
    throw new PlanError(
      `No column holds goal or initiative text (found ${found}). Name it with a mapping such as title=<header>`,
    );
  }
  const mappedCount = Object.keys(layout.columns).length;
  return { hasHeaderRow, headers, columns: layout.columns, how: layout.how, bareText: mappedCount === 1 };
}

/** The record of one data row under a layout. */
export function recordOf(row: readonly CellValue[], layout: PlanLayout): PlanRecord {
  const record: PlanRecord = {};
  for (const field of Object.keys(layout.columns) as Field[]) {
    const index = layout.columns[field] as number;
    record[field] = row[index];
  }
  return record;
}

/** The set of fields a layout maps, which classify needs to tell "no column" from "blank cell". */
export function mappedFields(layout: PlanLayout): ReadonlySet<Field> {
  return new Set(Object.keys(layout.columns) as Field[]);
}

/** How a parent reference is compared: the normalised text of the cell ('' for none). */
export function parentKey(value: CellValue): string {
  return normalize(cellText(value));
}

/** What the plan's rows name as their parent (see isParentRow). */
export function parentKeys(layout: PlanLayout, rows: readonly CellValue[][]): Set<string> {
  const keys = new Set<string>();
  const column = layout.columns.parent;
  if (column === undefined) return keys;
  for (const row of rows) {
    const key = parentKey(row[column]);
    if (key) keys.add(key);
  }
  return keys;
}

/**
 * The classifier of one data row of a plan, with the per-plan work (the mapped-field set)
 * done once; null for a blank row. `parents` are the keys the whole plan names as parents:
 * a row named as one reads as a goal, so when rows are judged a chunk at a time the keys
 * must come from the whole plan, or a verdict would depend on the chunk a row fell in.
 * The engine reads an error value (#N/A, #REF!) as a blank cell; since such a cell is
 * usually a broken lookup the user will want to fix, the reason names it.
 */
export function rowClassifier(
  layout: PlanLayout,
  options: ClassifyOptions = {},
  parents: ReadonlySet<string> = new Set(),
): (row: readonly CellValue[]) => Verdict | null {
  const mapped = mappedFields(layout);
  const columns = Object.values(layout.columns) as number[];
  return (row) => {
    if (isBlankRow(row)) return null;
    const record = recordOf(row, layout);
    const verdict = classify(record, options, { mapped, isParent: isParentRow(record, parents) });
    const errors = columns.filter((i) => isSheetsError(row[i]));
    if (!errors.length || errors.every((i) => verdict.reason.includes(String(row[i]).trim()))) return verdict;
    const cells = errors.map((i) => `${layout.headers[i]} shows ${String(row[i]).trim()}`).join(', ');
    return { ...verdict, reason: `${verdict.reason} (read as blank: ${cells})` };
  };
}

/**
 * Classifies the data rows of a plan (header row excluded). Blank rows give null, so callers
 * can keep row numbers. The parent keys default to those of the rows given.
 */
export function classifyRows(
  rows: readonly CellValue[][],
  layout: PlanLayout,
  options: ClassifyOptions = {},
  parents: ReadonlySet<string> = parentKeys(layout, rows),
): Array<Verdict | null> {
  return rows.map(rowClassifier(layout, options, parents));
}

/** True when a row's id or title is what other rows name as their parent. */
export function isParentRow(record: PlanRecord, parents: ReadonlySet<string>): boolean {
  if (!parents.size) return false;
  const id = normalize(cellText(record.id));
  const title = normalize(cellText(record.title));
  return (id !== '' && parents.has(id)) || (title !== '' && parents.has(title));
}

/** The classified non-blank rows of a plan as roll-up items, numbered from 1 (header not counted). */
export function planItems(rows: readonly CellValue[][], layout: PlanLayout, options: ClassifyOptions = {}): PlanItem[] {
  const verdicts = classifyRows(rows, layout, options);
  const items: PlanItem[] = [];
  verdicts.forEach((verdict, index) => {
    if (verdict) items.push({ row: index + 1, record: recordOf(rows[index], layout), verdict });
  });
  return items;
}
