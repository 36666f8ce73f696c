/**
 * Text helpers shared by the parsers: turning any cell value into text safely and
 * normalising text for matching. Cells can hold anything Sheets can (numbers, Dates,
 * booleans, error strings, 50,000-character notes), so nothing here may throw.
 */
import type { CellValue } from './types';

/** Longest text the engine reads from one cell; beyond this, words add nothing but time. */
export const MAX_CELL_TEXT = 4000;

const SHEETS_ERROR = /^#(?:N\/A|REF!|VALUE!|DIV\/0!|NAME\?|NUM!|NULL!|ERROR!|SPILL!|CALC!|GETTING_DATA)$/i;

/** True for the error values Sheets shows in a cell (`#N/A`, `#REF!`, ...). */
export function isSheetsError(value: CellValue): boolean {
  return typeof value === 'string' && value.length <= 14 && value.includes('#') && SHEETS_ERROR.test(value.trim());
}

/** True for an empty cell: Sheets gives `''`, CSV readers may give null or whitespace. */
export function isBlank(value: CellValue): boolean {
  if (value === null || value === undefined) return true;
  if (typeof value === 'string') return value.trim() === '';
  if (typeof value === 'number') return Number.isNaN(value);
  if (value instanceof Date) return Number.isNaN(value.getTime());
  return false;
}

// Control characters other than tab and newline come from pasted or exported text and
// would break the one-line reason; they are replaced by spaces.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u200B\u2028\u2029\uFEFF]/g;

/** The text of a cell as a user reads it, trimmed and bounded. Error values and non-text give ''. */
export function cellText(value: CellValue): string {
  if (value === null || value === undefined || typeof value === 'boolean') return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value !== 'string' || isSheetsError(value)) return '';
  const bounded = value.length > MAX_CELL_TEXT ? value.slice(0, MAX_CELL_TEXT) : value;
  return bounded.replace(CONTROL, ' ').trim();
}

const NORMAL = /^[a-z0-9#%$€£¥]+(?: [a-z0-9#%$€£¥]+)*$/;

/** Lower-case, accents and punctuation removed, spaces folded: the form headers and titles are matched in. */
export function normalize(text: string): string {
  // Unicode decomposition is the costly step and plain ASCII (most ids and titles) needs none.
  const folded = /[^\x00-\x7f]/.test(text) ? text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '') : text;
  const lower = folded.toLowerCase();
  // Most titles and ids are already in this form once lowercased; the steps below would give them back unchanged.
  if (NORMAL.test(lower)) return lower;
  return lower
    .replace(/ß/g, 'ss')
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9#%$€£¥]+/g, ' ')
    .trim();
}

/** Shortens text for a one-line reason, on a word boundary. */
export function clip(text: string, max = 60): string {
  // Only the head of a long text can show, so only the head is folded.
  const head = text.length > max * 2 ? text.slice(0, max * 2) : text;
  const oneLine = /\s\s|[\t\n\r\f\v\u00a0]/.test(head) ? head.replace(/\s+/g, ' ').trim() : head.trim();
  if (oneLine.length <= max) return oneLine;
  const cut = oneLine.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return (space > max / 2 ? cut.slice(0, space) : cut) + '…';
}
