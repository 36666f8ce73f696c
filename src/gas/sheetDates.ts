/**
 * Sheets hands a script a date cell as the instant its midnight falls in the
 * spreadsheet's time zone. The engine reads a Date by its local calendar fields, and in
 * Apps Script "local" is the script's zone (appsscript.json), which an add-on cannot match
 * to every user's spreadsheet: east of that zone every date would move a day back. So
 * dates are re-made as local midnight of the day the user sees in the sheet.
 */
import type { CellValue } from '../core';

/** The spreadsheet's time zone, or null where it can't be read (the dates are then left as they are). */
export function spreadsheetTimeZone(): string | null {
  try {
    return SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetTimeZone();
  } catch {
    return null;
  }
}

/** The rows with every Date replaced by the calendar day it shows in `timeZone`; rows without dates are returned as they are. */
export function asCalendarDays(rows: CellValue[][], timeZone: string | null): CellValue[][] {
  const day = calendarDay(timeZone);
  if (!day) return rows;
  return rows.map((row) => (row.some((cell) => cell instanceof Date) ? row.map((cell) => (cell instanceof Date ? day(cell) : cell)) : row));
}

function calendarDay(timeZone: string | null): ((date: Date) => Date) | null {
  if (!timeZone) return null;
  let format: Intl.DateTimeFormat;
  try {
    format = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: 'numeric', day: 'numeric' });
  } catch {
    return null; // a zone this runtime doesn't know
  }
  // Plans repeat the same few dates down a column; formatting is the costly part.
  const seen = new Map<number, Date>();
  return (date) => {
    const time = date.getTime();
    if (Number.isNaN(time)) return date;
    let local = seen.get(time);
    if (!local) {
      const parts = format.formatToParts(date);
      const part = (type: string) => Number(parts.find((p) => p.type === type)?.value);
      local = new Date(part('year'), part('month') - 1, part('day'));
      seen.set(time, local);
    }
    return new Date(local.getTime());
  };
}

/** ISO dates become Sheets dates, so the spilled table sorts and formats as dates. */
export function asSheetDate(value: string | number): string | number | Date {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
  const [year, month, day] = value.split('-').map(Number);
  return new Date(year, month - 1, day);
}
