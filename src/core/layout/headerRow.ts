/**
 * Which row of a sheet or file is its header. People put a title, a "Prepared by" line or
 * blank lines above the header, so the first rows are searched for the one that reads like
 * a header: short distinct labels (at least half as many as the data has cells) above rows
 * that hold data. A row whose labels are known header words is taken first; one of plain
 * labels ("a, b, c") is a header when the rows below it plainly hold values.
 */
import { fieldOfHeader, headerKey, isListHeader } from '../fields';
import { parseMoney } from '../money';
import { cellText, isBlank, isSheetsError } from '../text';
import type { CellValue } from '../types';

/** How far down a header row is looked for. */
export const HEADER_SCAN_ROWS = 15;

const ISO_OR_SLASH_DATE = /^\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}$/;

/** A header cell showing an error (#REF!) is a label gone wrong, not a value: it counts as blank. */
const isEmpty = (cell: CellValue) => isBlank(cell) || isSheetsError(cell);

function filledCells(row: readonly CellValue[] | undefined): number {
  let count = 0;
  for (const cell of row ?? []) if (!isEmpty(cell)) count++;
  return count;
}

function words(text: string): number {
  return text ? text.split(/\s+/).length : 0;
}

/** A value no header holds: a number, an amount, a date, a sentence. */
function isValueLike(cell: CellValue): boolean {
  if (typeof cell !== 'string') return !isBlank(cell);
  const text = cell.trim();
  if (!text) return false;
  if (/^[-+]?[\d.,\s]+%?$/.test(text) || ISO_OR_SLASH_DATE.test(text)) return true;
  // A sentence ends with a full stop; an abbreviated label ("No.", "Réf.", "Est. cost") does too.
  if (text.length > 60 || words(text) > 8 || /[!?]$/.test(text) || (/\.$/.test(text) && words(text) > 2)) return true;
  return /\d/.test(text) && parseMoney(text).kind === 'amount';
}

export function isLabelRow(row: readonly CellValue[]): boolean {
  return !row.some((cell) => !isEmpty(cell) && isValueLike(cell));
}

/** Plain labels are told from data by being distinct; a row of known header words may repeat one. */
function isDistinct(row: readonly CellValue[]): boolean {
  const cells = row.filter((cell) => !isEmpty(cell));
  return new Set(cells.map((cell) => headerKey(cellText(cell)))).size >= cells.length * 0.8;
}

/** Columns where the rows below hold values unlike the label above them (numbers, dates, longer text). */
function dataBelow(header: readonly CellValue[], below: ReadonlyArray<readonly CellValue[]>): number {
  let columns = 0;
  header.forEach((label, index) => {
    if (isEmpty(label)) return;
    const labelWords = words(cellText(label));
    const key = headerKey(cellText(label));
    const cells = below.map((row) => row[index]).filter((cell) => !isBlank(cell));
    if (!cells.length || cells.some((cell) => headerKey(cellText(cell)) === key)) return;
    const valueLike = cells.filter((cell) => isValueLike(cell) || words(cellText(cell)) >= labelWords + 3).length;
    if (valueLike >= cells.length / 2) columns++;
  });
  return columns;
}

/** The first line of a one-column list is its header when it reads like a label, not a statement. */
function isListLabel(text: string): boolean {
  if (isListHeader(text) || fieldOfHeader(text)) return true;
  if (/\d/.test(text) || text.length > 32) return false;
  return /^\p{L}[\p{L}'’-]*:?$/u.test(text) || /^[\p{L}'’ -]+:$/u.test(text);
}

/**
 * The 0-based index of the header row among `rows`, or -1 when the rows have none.
 * `names` are header texts the user named (an explicit mapping): a row holding them all is
 * the header, whatever it looks like.
 */
export function findHeaderRow(rows: ReadonlyArray<readonly CellValue[]>, names: readonly string[] = []): number {
  const scan = Math.min(rows.length, HEADER_SCAN_ROWS);
  const wanted = names.map(headerKey).filter(Boolean);
  if (wanted.length) {
    for (let i = 0; i < scan; i++) {
      const keys = new Set((rows[i] ?? []).map((cell) => headerKey(cellText(cell))));
      if (wanted.every((name) => keys.has(name))) return i;
    }
  }
  let width = 0;
  for (let i = 0; i < Math.min(rows.length, 200); i++) width = Math.max(width, filledCells(rows[i]));
  if (width <= 1) {
    const first = rows.findIndex((row) => filledCells(row) > 0);
    if (first < 0 || first >= scan || first === rows.length - 1) return -1;
    const text = cellText((rows[first] ?? []).find((cell) => !isBlank(cell)));
    return typeof (rows[first] ?? []).find((cell) => !isBlank(cell)) === 'string' && isListLabel(text) ? first : -1;
  }
  let weak = -1;
  // Plain labels head a table only above its data: once a row as wide as the data has passed, it was data.
  let dataAbove = false;
  for (let i = 0; i < scan; i++) {
    const row = rows[i] ?? [];
    const filled = filledCells(row);
    const wasDataAbove = dataAbove;
    if (filled >= Math.max(2, width / 2)) dataAbove = true;
    const below = rows.slice(i + 1, i + 11).filter((next) => filledCells(next) > 0);
    if (filled < 2) continue;
    const dataWidth = below.length ? Math.max(...below.map(filledCells)) : 0;
    if (filled < dataWidth / 2 || !isLabelRow(row)) continue;
    const named = row.filter((cell) => !isEmpty(cell) && fieldOfHeader(cellText(cell))).length;
    // A header with nothing below it is still a header (and the plan has no rows).
    if (named >= 2 || (below.length && named >= Math.ceil(filled / 2))) return i;
    if (weak < 0 && !wasDataAbove && below.length && isDistinct(row) && dataBelow(row, below.slice(0, 5)) >= 1) weak = i;
  }
  return weak;
}

// Lines people add below or inside a table that are not plan rows: sources, notes, totals.
const NOTE_LINE =
  /^\s*(?:\*+|(?:source|sources|quelle|quellen|fuente|fuentes|bron|note|notes|nb|n\.b\.|hinweis|hinweise|anmerkung|remarque|nota|prepared by|erstellt von|pr[ée]par[ée] par|preparado por|last updated|updated|stand|as of|confidential|vertraulich|confidentiel|confidencial)\s*[:：])/i;
const TOTAL_LINE = /^\s*(?:total|totals|grand total|sum|summe|gesamt|gesamtsumme|total g[ée]n[ée]ral|totaux|totale)\s*:?\s*$/i;

/** True for a cell that says the line is a total ("Total", "Summe:"). */
export function isTotalLine(text: string): boolean {
  return TOTAL_LINE.test(text);
}

/** True for a line in a table of several columns that is a note or a total, not a plan row. */
export function isNoteRow(row: readonly CellValue[], columnCount: number): boolean {
  if (columnCount < 2) return false;
  let first: CellValue = null;
  let filled = 0;
  for (const cell of row) {
    if (isBlank(cell)) continue;
    if (filled++ === 0) first = cell;
  }
  if (typeof first !== 'string') return false;
  if (TOTAL_LINE.test(first)) return true;
  return filled === 1 && NOTE_LINE.test(first);
}
