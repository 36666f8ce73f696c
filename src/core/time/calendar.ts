/**
 * Calendar arithmetic on day numbers (days since 1970-01-01), after Howard Hinnant's
 * civil-from-days algorithms: exact for the proleptic Gregorian calendar, no Date needed,
 * so no result depends on the machine's time zone or daylight saving.
 */

export function dayNumber(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * ((m + 9) % 12) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export function civil(day: number): [number, number, number] {
  const z = day + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return [yoe + era * 400 + (m <= 2 ? 1 : 0), m, d];
}

export function daysInMonth(y: number, m: number): number {
  if (m === 2) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

export function iso(day: number): string {
  const [y, m, d] = civil(day);
  return `${String(y).padStart(4, '0')}-${m < 10 ? '0' : ''}${m}-${d < 10 ? '0' : ''}${d}`;
}

export function addMonths(day: number, months: number): number {
  const [y, m, d] = civil(day);
  const total = y * 12 + (m - 1) + months;
  const ny = Math.floor(total / 12);
  const nm = total - ny * 12 + 1;
  return dayNumber(ny, nm, Math.min(d, daysInMonth(ny, nm)));
}

/**
 * A JS Date's day, by its local calendar fields: Apps Script gives a date cell as local
 * midnight in the script's time zone, and reading it in UTC would move it a day back east
 * of Greenwich.
 */
export function localDay(date: Date): number | null {
  const time = date.getTime();
  if (Number.isNaN(time)) return null;
  return dayNumber(date.getFullYear(), date.getMonth() + 1, date.getDate());
}

// Sheets counts days from 1899-12-30 (Lotus 1-2-3's leap-year bug folded in).
export const SHEETS_EPOCH = dayNumber(1899, 12, 30);
export const SERIAL_MIN = 20000; // 1954-10-03
export const SERIAL_MAX = 80000; // 2119-01-11
// Four-digit numbers read as years.
export const YEAR_MIN = 1900;
export const YEAR_MAX = 2199;
// The days an ISO date can name.
export const FIRST_DAY = dayNumber(1, 1, 1);
export const LAST_DAY = dayNumber(9999, 12, 31);

/** Two-digit years: 20xx below 70, 19xx from 70. */
export const fullYear = (yy: number) => (yy < 70 ? 2000 + yy : 1900 + yy);

/** "FY27" and "FY2027" name the same year. */
export function fiscalNumber(digits: string): number {
  const n = Number(digits);
  return digits.length === 2 ? fullYear(n) : n;
}
