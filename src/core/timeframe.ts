/**
 * Reads time-frames from date cells and from free text: dates, months, quarters, halves,
 * fiscal years, ranges, deadlines and durations.
 *
 * Conventions (the ones a user can see in the output):
 * - A JS `Date` is read by its local calendar fields (getFullYear/getMonth/getDate), not
 *   its UTC ones: Apps Script gives a date cell as local midnight in the script's time
 *   zone, and reading it in UTC would move it a day back east of Greenwich.
 * - Everything else is computed on plain calendar day numbers, so no result depends on
 *   the machine's time zone or daylight saving.
 * - A fiscal year is named by the calendar year it ends in and, without knowing the
 *   company's fiscal calendar, is taken as that calendar year: FY27 = 2027-01-01..2027-12-31,
 *   Q3 FY27 = 2027-07-01..2027-09-30, and FY2026/27 = FY27.
 * - A single date gives start = end = that day; a period (month, quarter, half, year)
 *   gives its first and last day; a deadline ("by", "due", "until", "end of") gives the end
 *   only; "before X" ends the day before X starts; a start ("from", "starting", "since")
 *   gives the start only, joined to a deadline that follows it closely ("start by 2015
 *   and continue through 2030"); a duration runs from `today`.
 * - A quarter or half written without a year ("by Q3") is a time-frame whose dates are
 *   unknown: both ends null, rather than a guessed year.
 * - "early", "mid" and "late" split a year in thirds (Jan-Apr, May-Aug, Sep-Dec).
 * - Slash dates are month-first (US) unless the first part is over 12; dotted dates are
 *   day-first (European). Two-digit years are 20xx below 70 and 19xx from 70.
 */
import {
  AMBIGUOUS_MONTHS,
  CADENCE,
  FISCAL_WORDS,
  MAYBE_TIME_MONTH,
  MAYBE_TIME_WORD,
  MONEY_AFTER,
  MONEY_BEFORE,
  MONTHS,
  NOT_AFTER_DURATION,
  NOT_BEFORE_DURATION,
  NUMBER_WORDS,
  ORDINAL_NUMBER,
  ORDINAL_WORDS,
  ORDINALS,
  PART_OF_YEAR,
  PERIOD_WORDS,
  PREFIX_BY_FIRST,
  RANGE_WORDS,
  UNITS,
  type Prefix,
  type Role,
} from './timeframeWords';
import type { CellValue, TimeFrame } from './types';

// ---------------------------------------------------------------------------------------
// Calendar arithmetic on day numbers (days since 1970-01-01), after Howard Hinnant's
// civil-from-days algorithms: exact for the proleptic Gregorian calendar, no Date needed.

function dayNumber(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * ((m + 9) % 12) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function civil(day: number): [number, number, number] {
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

function daysInMonth(y: number, m: number): number {
  if (m === 2) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

function iso(day: number): string {
  const [y, m, d] = civil(day);
  return `${String(y).padStart(4, '0')}-${m < 10 ? '0' : ''}${m}-${d < 10 ? '0' : ''}${d}`;
}

function addMonths(day: number, months: number): number {
  const [y, m, d] = civil(day);
  const total = y * 12 + (m - 1) + months;
  const ny = Math.floor(total / 12);
  const nm = total - ny * 12 + 1;
  return dayNumber(ny, nm, Math.min(d, daysInMonth(ny, nm)));
}

// Sheets counts days from 1899-12-30 (Lotus 1-2-3's leap-year bug folded in).
const SHEETS_EPOCH = dayNumber(1899, 12, 30);
const SERIAL_MIN = 20000; // 1954-10-03
const SERIAL_MAX = 80000; // 2119-01-11
// Four-digit numbers read as years.
const YEAR_MIN = 1900;
const YEAR_MAX = 2199;
// The days an ISO date can name.
const FIRST_DAY = dayNumber(1, 1, 1);
const LAST_DAY = dayNumber(9999, 12, 31);

// Only the start of a very long text is searched: the engine reads at most a few thousand
// characters of a cell (see MAX_CELL_TEXT in text.ts), and a time-frame that first appears
// after ten thousand characters of notes says little about the row.
const MAX_SCAN = 10_000;

// Longer cells are read like sentences, where a bare "2027" or "6 months" needs a word such
// as "by" or "over" to be a time-frame; a short cell in a date column needs none.
const SHORT_CELL = 48;

// ---------------------------------------------------------------------------------------
// Public API

/**
 * Reads the time-frame in one cell: a Date, a Sheets serial date number, a year number,
 * or text such as `2026-01-15`, `Q3 FY27`, `Jan–Mar 2026` or `next 6 months`.
 *
 * @param value a cell as Sheets or the CSV reader gives it
 * @param today the day durations count from; defaults to now
 * @return start and end as ISO dates (either may be null), with the text read; null if none
 */
export function parseTimeFrame(value: CellValue, today?: Date): TimeFrame | null {
  try {
    if (value instanceof Date) {
      const day = localDay(value);
      return day === null || day < FIRST_DAY || day > LAST_DAY ? null : { start: iso(day), end: iso(day), text: iso(day) };
    }
    if (typeof value === 'number') return fromNumber(value);
    if (typeof value !== 'string') return null;
    const text = value.trim();
    return text ? find(text, today, text.length <= SHORT_CELL) : null;
  } catch {
    // Defence in depth: a classifier running over a million rows must not stop on one cell.
    return null;
  }
}

/**
 * Finds the first time-frame in a sentence: "by Q3 2027", "over 18 months",
 * "from March to June 2026". A bare year counts only after a word that makes it a
 * time ("by 2030", "in 2027"); recurring cadences ("every quarter", "annual") do not count.
 *
 * @param text free text
 * @param today the day durations count from; defaults to now
 * @return the first time-frame, or null
 */
export function findTimeFrameInText(text: string, today?: Date): TimeFrame | null {
  try {
    return typeof text === 'string' && text ? find(text, today, false) : null;
  } catch {
    return null;
  }
}

function localDay(date: Date): number | null {
  const time = date.getTime();
  if (Number.isNaN(time)) return null;
  return dayNumber(date.getFullYear(), date.getMonth() + 1, date.getDate());
}

function fromNumber(value: number): TimeFrame | null {
  if (!Number.isFinite(value)) return null;
  if (value >= SERIAL_MIN && value <= SERIAL_MAX) {
    const day = iso(SHEETS_EPOCH + Math.floor(value));
    return { start: day, end: day, text: day };
  }
  // A year typed into a cell arrives as a number.
  if (Number.isInteger(value) && value >= YEAR_MIN && value <= YEAR_MAX) {
    return { start: iso(dayNumber(value, 1, 1)), end: iso(dayNumber(value, 12, 31)), text: String(value) };
  }
  return null;
}

// ---------------------------------------------------------------------------------------
// Tokens

interface Tok {
  /** The token as written. */
  s: string;
  lo: string;
  /** Offsets in the source text. */
  a: number;
  b: number;
  /** Whitespace before it: "Q3-2026" has none between its tokens, "Q3 - 2026" has. */
  sp: boolean;
  /** Value of an all-ASCII-digit token of at most 6 digits, else -1. */
  n: number;
}

// Letters and digits run together ("Q3", "FY27", "3Q26", "15th"); any other visible
// character is a token of its own.
const TOKEN = /[\p{L}\p{N}]+|[^\s\p{L}\p{N}]/gu;

// Every time-frame has a digit or a month or period word; most text is rejected by this alone.
const maybeTime = (text: string) => /\d/.test(text) || MAYBE_TIME_WORD.test(text) || MAYBE_TIME_MONTH.test(text);
const MAX_DURATION_DAYS = 36525;

function digitsValue(s: string): number {
  if (s.length > 6) return -1;
  let n = 0;
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

function lex(text: string): Tok[] {
  const toks: Tok[] = [];
  let last = 0;
  TOKEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN.exec(text)) !== null) {
    const s = m[0];
    const a = m.index;
    toks.push({ s, lo: s.toLowerCase(), a, b: a + s.length, sp: a > last || toks.length === 0, n: digitsValue(s) });
    last = a + s.length;
  }
  return toks;
}

// ---------------------------------------------------------------------------------------
// Atoms: one date or period as written, before prefixes and ranges are applied.

interface Atom {
  /** Token index after the atom. */
  next: number;
  /** The year, or null when not written ("Q3", "March"). */
  y: number | null;
  m1: number;
  d1: number;
  m2: number;
  /** Day of m2; 0 for its last day. */
  d2: number;
  /** Years the atom runs past `y` ("2026-28" runs 2). */
  span: number;
  /**
   * What the atom needs to count in free text: nothing; a prefix or a range ("2027",
   * "Q3" alone); or a range that gives it a year ("March" in "March to June 2026").
   */
  need: 'none' | 'prefix' | 'range';
  /** Read as a deadline whatever the prefix ("year-end", "EOQ"). */
  deadline?: boolean;
  /**
   * A month named without a year ("March"): after a prefix ("by March", "bis März") or in a
   * range of months ("Jan-Mar") a time-frame whose dates are unknown, like "Q3" alone.
   */
  monthOnly?: boolean;
}

const day = (next: number, y: number | null, m: number, d: number): Atom => ({ next, y, m1: m, d1: d, m2: m, d2: d, span: 0, need: 'none' });
const months = (next: number, y: number | null, m1: number, m2: number): Atom => ({ next, y, m1, d1: 1, m2, d2: 0, span: 0, need: 'none' });
const quarter = (next: number, y: number | null, q: number): Atom => months(next, y, q * 3 - 2, q * 3);
const half = (next: number, y: number | null, h: number): Atom => months(next, y, h === 1 ? 1 : 7, h === 1 ? 6 : 12);
const wholeYear = (next: number, y: number | null): Atom => months(next, y, 1, 12);

function bounds(atom: Atom, y: number): [number, number] | null {
  const endYear = y + atom.span;
  if (atom.m1 < 1 || atom.m1 > 12 || atom.m2 < 1 || atom.m2 > 12 || atom.d1 < 1) return null;
  if (atom.d1 > daysInMonth(y, atom.m1) || atom.d2 > daysInMonth(endYear, atom.m2)) return null;
  return [dayNumber(y, atom.m1, atom.d1), dayNumber(endYear, atom.m2, atom.d2 || daysInMonth(endYear, atom.m2))];
}

/** Two-digit years: 20xx below 70, 19xx from 70. */
const fullYear = (yy: number) => (yy < 70 ? 2000 + yy : 1900 + yy);

const QUARTER = /^q([1-4])$/;
const HALF = /^h([12])$/;
// One pass over a token for every written form of a quarter or half: "2026q3", "q3",
// "q3fy27", "3q", "3q26" (and the same with h).
// French and Spanish write a quarter T2 (trimestre) and a half S2 (semestre): "T2 2026", "2T 2026".
const PERIOD_TOKEN = /^(?:(\d{4})([qh])(\d)|([qhts])(\d)(?:fy(\d{2}|\d{4}))?|(\d)([qhts])(\d{2}|\d{4})?)$/;
// "GJ 2027": the German Geschäftsjahr.
const FY = /^(?:fy|gj)(\d{2}|\d{4})?$/;
const YEAR_END = /^(?:ye|eoy|fye)(\d{2}|\d{4})?$/;
const ORDINAL_DAY = /^(\d{1,2})(?:st|nd|rd|th|er|e)$/;
const SLASHES = new Set(['/', '.', '-']);
const RELATIVE = new Set(['eoq', 'year', 'yearend', 'quarter', 'month', 'this', 'current', 'next', 'coming', 'following']);
const APOSTROPHES = new Set(["'", '’']);

/** The text being read, with the day durations count from. */
class Reader {
  private todayDay: number | null = null;

  constructor(
    readonly t: Tok[],
    readonly cell: boolean,
    private readonly todayDate: Date | undefined,
  ) {}

  today(): number {
    if (this.todayDay === null) {
      // A "today" outside years 1..9999 has no ISO form; the clock is used instead.
      const given = this.todayDate instanceof Date ? localDay(this.todayDate) : null;
      this.todayDay = given !== null && given >= FIRST_DAY && given <= LAST_DAY ? given : localDay(new Date()) ?? 0;
    }
    return this.todayDay;
  }

  lo(i: number): string {
    return this.t[i]?.lo ?? '';
  }

  /** Token i follows token i-1 with no space between them. */
  tight(i: number): boolean {
    const tok = this.t[i];
    return tok !== undefined && !tok.sp;
  }

  /** A number not glued to money, a percent sign, or a longer number ("2,030", "2030.5"). */
  free(i: number): boolean {
    const t = this.t;
    const tok = t[i];
    if (!tok || tok.n < 0) return false;
    const prev = t[i - 1];
    if (prev) {
      if (MONEY_BEFORE.has(prev.lo)) return false;
      // The tail of "2,030", "1.2026" or "13/2026" is not a number of its own.
      if (!tok.sp && (prev.s === '.' || prev.s === ',' || prev.s === '/') && !prev.sp && (t[i - 2]?.n ?? -1) >= 0) return false;
    }
    const next = t[i + 1];
    if (next) {
      if (MONEY_AFTER.has(next.lo)) return false;
      if (!next.sp && (next.s === '.' || next.s === ',') && this.tight(i + 2) && t[i + 2].n >= 0) return false;
    }
    return true;
  }

  year4(i: number): number | null {
    const tok = this.t[i];
    return tok && tok.s.length === 4 && tok.n >= YEAR_MIN && tok.n <= YEAR_MAX && this.free(i) ? tok.n : null;
  }

  twoDigits(i: number): number | null {
    const tok = this.t[i];
    return tok && tok.s.length === 2 && tok.n >= 0 ? tok.n : null;
  }

  /**
   * A year after a quarter, half, month or day: "2026", "'26", "FY27", "FY 2027", and
   * after a dash or slash written tight ("Q3-26", "Jan-26") a two-digit year.
   */
  yearAfter(i: number, tightTwoDigits: boolean): { y: number; next: number } | null {
    const y4 = this.year4(i);
    if (y4 !== null) return { y: y4, next: i + 1 };
    if (APOSTROPHES.has(this.lo(i)) && this.tight(i + 1)) {
      const yy = this.twoDigits(i + 1);
      if (yy !== null) return { y: fullYear(yy), next: i + 2 };
    }
    if (tightTwoDigits) {
      const yy = this.twoDigits(i);
      if (yy !== null && this.free(i)) return { y: fullYear(yy), next: i + 1 };
    }
    const fy = this.fiscalYear(i);
    return fy && fy.span === 0 && fy.m1 === 1 && fy.m2 === 12 && fy.y !== null ? { y: fy.y, next: fy.next } : null;
  }

  /** Year after a quarter or half token: "Q3 2026", "Q3-26", "Q3/2026", "Q3 of 2026", "Q3, 2026". */
  periodYear(i: number): { y: number; next: number } | null {
    const sep = this.lo(i);
    if ((sep === '-' || sep === '/') && this.tight(i) && this.tight(i + 1)) return this.yearAfter(i + 1, true);
    if (sep === 'of' || sep === ',') return this.yearAfter(i + 1, false);
    return this.yearAfter(i, false);
  }

  atom(i: number, endOf: boolean): Atom | null {
    const tok = this.t[i];
    if (!tok) return null;
    const lo = tok.lo;
    if (lo === 'the') return this.ordinal(i + 1) ?? this.relative(i + 1, endOf);
    if (tok.n >= 0) return tok.s.length === 4 ? this.fromYear(i) : this.numberedPeriod(i) ?? this.fromSmallNumber(i);
    const month = MONTHS.get(lo);
    if (month !== undefined) return this.fromMonth(i, month);
    // Dispatch on the first character: this runs for every word of every row.
    const c = lo[0];
    const coded = c === 'q' || c === 'h' || c === 't' || c === 's' || (c >= '0' && c <= '9') ? this.quarterOrHalf(i) ?? this.numberedPeriod(i) ?? this.fromOrdinalDay(i) : null;
    if (coded) return coded;
    const fiscal = c === 'f' || c === 'g' || c === 'e' ? this.fiscalYear(i) : null;
    if (fiscal) return fiscal;
    if (ORDINALS.has(lo)) return this.ordinal(i) ?? this.numberedPeriod(i);
    if (ORDINAL_WORDS.has(lo)) return this.numberedPeriod(i);
    if (RELATIVE.has(lo) || YEAR_END.test(lo)) return this.relative(i, endOf);
    return PART_OF_YEAR.has(lo) ? this.partOfYear(i) : null;
  }

  /** Starting with a four-digit number: "2026-01-15", "2026-01", "2026-28", "2026 Q3", "2026". */
  private fromYear(i: number): Atom | null {
    const y = this.year4(i);
    const t = this.t;
    const sep = t[i + 1]?.s;
    if (sep !== undefined && SLASHES.has(sep) && this.tight(i + 1) && this.tight(i + 2) && t[i + 2].n >= 0) {
      const m = t[i + 2].n;
      const mLen = t[i + 2].s.length;
      // "2026-01-15": the third part must use the same separator.
      if (t[i + 3]?.s === sep && this.tight(i + 3) && this.tight(i + 4) && t[i + 4].n >= 0 && t[i + 4].s.length <= 2) {
        if (mLen > 2 || this.continues(i + 4)) return null;
        return y === null && !this.isYearLike(i) ? null : day(i + 5, t[i].n, m, t[i + 4].n);
      }
      if (y === null || this.continues(i + 2)) return null;
      if (sep !== '.' && mLen === 2 && m >= 1 && m <= 12) return months(i + 3, y, m, m);
      // "2026-28", "2026/27": a span of years, the second written short.
      if (sep !== '.' && mLen === 2) {
        const end = Math.floor(y / 100) * 100 + m;
        if (end > y && end - y <= 50) return { ...wholeYear(i + 3, y), span: end - y };
      }
    }
    if (y === null) return null;
    // "2026 Q3", "2026-Q3"; a spaced dash is a range ("2026 - Q3 2027").
    const j = this.lo(i + 1) === '-' && this.tight(i + 1) && this.tight(i + 2) ? i + 2 : i + 1;
    const q = QUARTER.exec(this.lo(j));
    if (q) return quarter(j + 1, y, Number(q[1]));
    const h = HALF.exec(this.lo(j));
    if (h) return half(j + 1, y, Number(h[1]));
    return { ...wholeYear(i + 1, y), need: 'prefix' };
  }

  /** A four-digit number inside a date ("2026-01-15") is a year even where it is not free. */
  private isYearLike(i: number): boolean {
    const n = this.t[i].n;
    return n >= YEAR_MIN && n <= YEAR_MAX;
  }

  /** The number at i is followed by more of a dotted/slashed number ("1.2.3.4", a version, an IP). */
  private continues(i: number): boolean {
    const next = this.t[i + 1];
    return next !== undefined && SLASHES.has(next.s) && this.tight(i + 1) && this.tight(i + 2) && this.t[i + 2].n >= 0;
  }

  /** Starting with a one- or two-digit number: "1/15/2026", "15.01.2026", "01/2026", "15 Jan 2026". */
  private fromSmallNumber(i: number): Atom | null {
    const t = this.t;
    const first = t[i];
    if (first.s.length > 2) return null;
    const before = t[i - 1];
    if (before && !first.sp && (MONEY_BEFORE.has(before.lo) || (SLASHES.has(before.s) && (t[i - 2]?.n ?? -1) >= 0))) return null;
    const sep = t[i + 1]?.s;
    if (sep !== undefined && SLASHES.has(sep) && this.tight(i + 1) && this.tight(i + 2) && t[i + 2].n >= 0) {
      const second = t[i + 2];
      if (t[i + 3]?.s === sep && this.tight(i + 3) && this.tight(i + 4) && t[i + 4].n >= 0) {
        const yTok = t[i + 4];
        if (second.s.length > 2 || (yTok.s.length !== 2 && yTok.s.length !== 4) || this.continues(i + 4)) return null;
        if (MONEY_AFTER.has(this.lo(i + 5))) return null;
        const y = yTok.s.length === 2 ? fullYear(yTok.n) : yTok.n;
        if (y < YEAR_MIN || y > YEAR_MAX) return null;
        const a = first.n;
        const b = second.n;
        // Dots are European; with slashes or dashes a first part over 12 can only be a day.
        const dayFirst = sep === '.' || (a > 12 && b <= 12);
        const [m, d] = dayFirst ? [b, a] : [a, b];
        return m >= 1 && m <= 12 && d >= 1 ? day(i + 5, y, m, d) : null;
      }
      // "01/2026", "3.2026": month and year.
      const y = second.n;
      if (sep !== '-' && second.s.length === 4 && y >= YEAR_MIN && y <= YEAR_MAX && first.n >= 1 && first.n <= 12) {
        if (!this.continues(i + 2) && !MONEY_AFTER.has(this.lo(i + 3))) return months(i + 3, y, first.n, first.n);
      }
      return null;
    }
    return this.free(i) ? this.dayMonth(i, first.n) : null;
  }

  private fromOrdinalDay(i: number): Atom | null {
    const o = ORDINAL_DAY.exec(this.lo(i));
    return o ? this.dayMonth(i, Number(o[1])) : null;
  }

  /** Day first: "15 Jan 2026", "15th of January 2026", "15. Januar 2026", "15-Jan-26", "15 de enero de 2026". */
  private dayMonth(i: number, d: number): Atom | null {
    if (d < 1 || d > 31) return null;
    let k = i + 1;
    let dashed = false;
    if (this.lo(k) === '.' && this.tight(k)) k++;
    else if (this.lo(k) === '-' && this.tight(k) && this.tight(k + 1)) {
      k++;
      dashed = true;
    } else if (this.lo(k) === 'of' || this.lo(k) === 'de') k++;
    const m = MONTHS.get(this.lo(k));
    if (m === undefined) return null;
    k++;
    if (this.lo(k) === '.' && this.tight(k)) k++;
    const end = k;
    if (this.lo(k) === ',' || this.lo(k) === 'de') k++;
    else if (this.lo(k) === '-' && dashed && this.tight(k)) {
      const yy = this.yearAfter(k + 1, true);
      return yy ? day(yy.next, yy.y, m, d) : null;
    }
    const y = this.yearAfter(k, false);
    return y ? day(y.next, y.y, m, d) : { ...day(end, null, m, d), need: 'range' };
  }

  /** Month first: "January 15, 2026", "Jan 2026", "Jan-26", "Jan '26", "enero de 2026", "March". */
  private fromMonth(i: number, m: number): Atom | null {
    let k = i + 1;
    if (this.lo(k) === '.' && this.tight(k)) k++;
    const sep = this.lo(k);
    if ((sep === '-' || sep === '/') && this.tight(k) && this.tight(k + 1)) {
      const y = this.yearAfter(k + 1, true);
      if (y) return months(y.next, y.y, m, m);
    }
    if (sep === ',' || sep === 'of' || sep === 'de') {
      const y = this.yearAfter(k + 1, false);
      if (y) return months(y.next, y.y, m, m);
    }
    const y = this.yearAfter(k, false);
    if (y) return months(y.next, y.y, m, m);
    const dTok = this.t[k];
    const ordinal = dTok ? ORDINAL_DAY.exec(dTok.lo) : null;
    const d = ordinal ? Number(ordinal[1]) : dTok && dTok.s.length <= 2 && this.free(k) ? dTok.n : -1;
    if (d >= 1 && d <= 31) {
      let j = k + 1;
      if (this.lo(j) === ',') j++;
      const dy = this.yearAfter(j, false);
      return dy ? day(dy.next, dy.y, m, d) : { ...day(k + 1, null, m, d), need: 'range' };
    }
    const name = this.t[i];
    return { ...months(k, null, m, m), need: 'range', monthOnly: !AMBIGUOUS_MONTHS.has(name.lo) || name.s[0] !== name.lo[0] };
  }

  /** "Q3 2026", "Q3 FY27", "Q3FY27", "3Q26", "3Q 2026", "2026Q3", "H2 2026", "2H26", "T2 2026", "S2 2026", "2T 2026", "Q3" alone. */
  private quarterOrHalf(i: number): Atom | null {
    const m = PERIOD_TOKEN.exec(this.lo(i));
    if (!m) return null;
    // Groups: 1-3 "2026q3"; 4-6 "q3", "q3fy27"; 7-9 "3q", "3q26".
    const kind = m[2] ?? m[4] ?? m[8];
    const isQuarter = kind === 'q' || kind === 't';
    const n = Number(m[3] ?? m[5] ?? m[7]);
    if (n < 1 || n > (isQuarter ? 4 : 2)) return null;
    const make = isQuarter ? quarter : half;
    const written = m[1] ?? m[6] ?? m[9];
    if (written !== undefined) {
      const y = fiscalNumber(written);
      return y >= YEAR_MIN && y <= YEAR_MAX ? make(i + 1, y, n) : null;
    }
    const y = this.periodYear(i + 1);
    if (y) return make(y.next, y.y, n);
    // "2h" with no year is two hours more often than a second half.
    if (kind === 'h' && m[8] !== undefined) return null;
    const vague = make(i + 1, null, n);
    // "T2" or "S1" alone is as often a size, a tier or a season: it counts only in a range
    // that gives it a year ("T1–T2 2027").
    vague.need = kind === 't' || kind === 's' ? 'range' : 'prefix';
    return vague;
  }

  /**
   * A numbered quarter or half in German, French, Spanish or Italian: "1. Quartal 2026",
   * "2. Halbjahr 2026", "2. HJ", "3e trimestre 2026", "1er semestre", "2º semestre de 2026",
   * "primer trimestre de 2026", "secondo semestre 2026". Without a year, like "Q3" alone.
   */
  private numberedPeriod(i: number): Atom | null {
    const tok = this.t[i];
    let n = -1;
    let k = i + 1;
    if (tok.n >= 1 && tok.n <= 4 && tok.s.length === 1) {
      if (this.lo(k) !== '.' || !this.tight(k)) return null;
      n = tok.n;
      k++;
    } else {
      const written = ORDINAL_NUMBER.exec(tok.lo);
      n = written ? Number(written[1]) : ORDINAL_WORDS.get(tok.lo) ?? -1;
    }
    const kind = PERIOD_WORDS.get(this.lo(k));
    if (n < 1 || !kind || n > (kind === 'q' ? 4 : 2)) return null;
    const make = kind === 'q' ? quarter : half;
    k++;
    if (this.lo(k) === '.' && this.tight(k)) k++;
    const of = this.lo(k);
    const y = this.yearAfter(of === 'de' || of === 'del' || of === 'du' || of === ',' ? k + 1 : k, false);
    return y ? make(y.next, y.y, n) : { ...make(k, null, n), need: 'prefix' };
  }

  /** "FY27", "FY 2027", "FY-27", "FY2026/27", "FY26-28", "fiscal year 2027", "FY27 Q3". */
  fiscalYear(i: number): Atom | null {
    const lo = this.lo(i);
    let y: number | null = null;
    let k = i + 1;
    const fy = FY.exec(lo);
    if (fy && fy[1]) {
      y = fiscalNumber(fy[1]);
    } else if (fy || FISCAL_WORDS.has(lo)) {
      if (lo === 'fiscal' && (this.lo(k) === 'year' || this.lo(k) === 'yr')) k++;
      if ((this.lo(k) === '-' || APOSTROPHES.has(this.lo(k))) && this.tight(k) && this.tight(k + 1)) k++;
      const tok = this.t[k];
      if (tok && tok.n >= 0 && (tok.s.length === 2 || tok.s.length === 4) && (tok.s.length === 4 || this.free(k))) {
        y = fiscalNumber(tok.s);
        k++;
      }
    }
    if (y === null || !(y >= YEAR_MIN && y <= YEAR_MAX)) return null;
    // "FY2026/27": one fiscal year across two calendar years, named by its end.
    // "FY26-28": several fiscal years.
    const sep = this.lo(k);
    let span = 0;
    if ((sep === '/' || sep === '-') && this.tight(k) && this.tight(k + 1)) {
      const tok = this.t[k + 1];
      if (tok && tok.n >= 0 && (tok.s.length === 2 || tok.s.length === 4)) {
        const end = tok.s.length === 4 ? tok.n : Math.floor(y / 100) * 100 + tok.n;
        if (end === y + 1) {
          y = end;
          k += 2;
        } else if (end > y && end - y <= 50) {
          span = end - y;
          k += 2;
        }
      }
    }
    if (span === 0) {
      const j = (this.lo(k) === '-' && this.tight(k)) || this.lo(k) === ',' ? k + 1 : k;
      const q = QUARTER.exec(this.lo(j));
      if (q) return quarter(j + 1, y, Number(q[1]));
      const h = HALF.exec(this.lo(j));
      if (h) return half(j + 1, y, Number(h[1]));
    }
    return { ...wholeYear(k, y), span };
  }

  /** "third quarter of 2026", "the first half", "last quarter FY27". */
  private ordinal(i: number): Atom | null {
    const n = ORDINALS.get(this.lo(i));
    if (n === undefined) return null;
    const unit = this.lo(i + 1);
    if (unit !== 'quarter' && unit !== 'half') return null;
    const which = n === 0 ? (unit === 'quarter' ? 4 : 2) : n;
    if (unit === 'half' && which > 2) return null;
    const make = unit === 'quarter' ? quarter : half;
    let k = i + 2;
    if (this.lo(k) === 'of' || this.lo(k) === ',') k++;
    if (this.lo(k) === 'the' && (this.lo(k + 1) === 'year' || this.lo(k + 1) === 'fiscal')) {
      return { ...make(k + 2, null, which), need: 'prefix' };
    }
    const y = this.yearAfter(k, false);
    return y ? make(y.next, y.y, which) : { ...make(i + 2, null, which), need: 'prefix' };
  }

  /** "this year", "next quarter", "current fiscal year", "year-end", "EOQ", "year 2027"; after "end of", "year" alone. */
  private relative(i: number, endOf: boolean): Atom | null {
    const lo = this.lo(i);
    if (!RELATIVE.has(lo) && !YEAR_END.test(lo)) return null;
    const [ty, tm] = civil(this.today());
    const tq = Math.ceil(tm / 3);
    const ye = YEAR_END.exec(lo);
    if (ye) {
      if (ye[1]) return { ...day(i + 1, fiscalNumber(ye[1]), 12, 31), deadline: true };
      const y = this.yearAfter(i + 1, false);
      if (y) return { ...day(y.next, y.y, 12, 31), deadline: true };
      return lo === 'ye' ? null : { ...day(i + 1, ty, 12, 31), deadline: true };
    }
    if (lo === 'eoq') return { ...day(i + 1, ty, tq * 3, daysInMonth(ty, tq * 3)), deadline: true };
    if (lo === 'year' || lo === 'yearend') {
      const dashEnd = this.lo(i + 1) === '-' && this.lo(i + 2) === 'end';
      if (lo === 'yearend' || dashEnd || this.lo(i + 1) === 'end') {
        const k = lo === 'yearend' ? i + 1 : dashEnd ? i + 3 : i + 2;
        const y = this.yearAfter(k, false);
        // "year-end" without a year is also an accounting term ("year-end close"), so it needs a prefix.
        return y ? { ...day(y.next, y.y, 12, 31), deadline: true } : { ...day(k, ty, 12, 31), deadline: true, need: 'prefix' };
      }
      const y = this.year4(i + 1);
      if (y !== null) return wholeYear(i + 2, y);
      return endOf ? { ...wholeYear(i + 1, ty), need: 'prefix' } : null;
    }
    if (endOf && (lo === 'quarter' || lo === 'month')) {
      return { ...(lo === 'quarter' ? quarter(i + 1, ty, tq) : months(i + 1, ty, tm, tm)), need: 'prefix' };
    }
    let shift: number;
    if (lo === 'this' || lo === 'current') shift = 0;
    else if (lo === 'next' || lo === 'coming' || lo === 'following') shift = 1;
    else return null;
    let k = i + 1;
    if (this.lo(k) === 'fiscal' || this.lo(k) === 'calendar') k++;
    const unit = this.lo(k);
    if (unit === 'year' || unit === 'fy') return wholeYear(k + 1, ty + shift);
    if (unit === 'quarter') {
      const q0 = ty * 4 + tq - 1 + shift;
      return quarter(k + 1, Math.floor(q0 / 4), (q0 % 4) + 1);
    }
    if (unit === 'month') {
      const m0 = ty * 12 + tm - 1 + shift;
      const m = (m0 % 12) + 1;
      return months(k + 1, Math.floor(m0 / 12), m, m);
    }
    return null;
  }

  /** "early 2026", "mid-2026", "late 2027", "Mitte 2026", "début 2026", "mediados de 2026": thirds of the year. */
  private partOfYear(i: number): Atom | null {
    const third = PART_OF_YEAR.get(this.lo(i));
    if (third === undefined) return null;
    const next = this.lo(i + 1);
    const k = (next === '-' && this.tight(i + 1)) || next === 'de' || next === 'del' ? i + 2 : i + 1;
    const y = this.year4(k);
    return y === null ? null : months(k + 1, y, third * 4 + 1, third * 4 + 4);
  }

  /** "next 6 months", "12-month", "18-24 months", "two years", "a year". */
  duration(i: number): { next: number; end: number; tight: boolean; digits: boolean; days: boolean } | null {
    const t = this.t;
    let k = i;
    let qty = -1;
    const tok = t[k];
    if (!tok) return null;
    if (tok.n >= 0 && tok.s.length <= 3 && !MONEY_BEFORE.has(this.lo(k - 1))) {
      qty = tok.n;
      k++;
      // "1.5 years"
      if (this.lo(k) === '.' && this.tight(k) && this.tight(k + 1) && (t[k + 1]?.n ?? -1) >= 0) {
        qty = Number(`${tok.s}.${t[k + 1].s}`);
        k += 2;
      }
      // "18-24 months", "6 to 12 months": the longer bound, when the time-frame ends.
      if ((this.lo(k) === '-' || this.lo(k) === 'to' || this.lo(k) === '–') && (t[k + 1]?.n ?? -1) >= 0 && t[k + 1].s.length <= 3) {
        if (UNITS.has(this.lo(k + 2)) || (this.lo(k + 2) === '-' && UNITS.has(this.lo(k + 3)))) {
          qty = Math.max(qty, t[k + 1].n);
          k += 2;
        }
      }
    } else {
      const word = NUMBER_WORDS.get(tok.lo);
      if (word === undefined) return null;
      qty = word;
      k++;
    }
    const hyphen = this.lo(k) === '-' && this.tight(k) && this.tight(k + 1);
    if (hyphen) k++;
    const unit = UNITS.get(this.lo(k));
    if (!unit || qty <= 0) return null;
    const start = this.today();
    let end: number;
    if (unit.months) {
      const total = qty * unit.months;
      end = Number.isInteger(total) ? addMonths(start, total) : start + Math.round(total * 30.44);
    } else {
      end = start + Math.round(qty * (unit.days ?? 1));
    }
    if (end - start > MAX_DURATION_DAYS || end > LAST_DAY) return null;
    return { next: k + 1, end, tight: hyphen, digits: tok.n >= 0, days: unit.days === 1 };
  }
}

/** "FY27" and "FY2027" name the same year. */
function fiscalNumber(digits: string): number {
  const n = Number(digits);
  return digits.length === 2 ? fullYear(n) : n;
}

// ---------------------------------------------------------------------------------------
// Matching: prefix, then a duration, a range or a single atom.

// Besides separators, months and units: what may follow the day of "15th of January",
// "15 de enero" or the first bound of "6 to 12 months".
const NUMBER_FOLLOWERS = new Set(['of', 'de', 'to', '–', ',']);

const STARTERS = new Set<string>([
  ...PREFIX_BY_FIRST.keys(),
  ...MONTHS.keys(),
  ...ORDINALS.keys(),
  ...NUMBER_WORDS.keys(),
  ...RELATIVE,
  ...PART_OF_YEAR.keys(),
  ...ORDINAL_WORDS.keys(),
  ...FISCAL_WORDS,
  'the',
]);

interface Found {
  start: number | null;
  end: number | null;
  /** Token span read. */
  from: number;
  to: number;
  role: Role;
}

function find(whole: string, today: Date | undefined, cell: boolean): TimeFrame | null {
  const text = whole.length > MAX_SCAN ? whole.slice(0, MAX_SCAN) : whole;
  if (!maybeTime(text)) return null;
  const reader = new Reader(lex(text), cell, today);
  const count = reader.t.length;
  for (let i = 0; i < count; i++) {
    if (!canStart(reader, i)) continue;
    const found = matchAt(reader, i);
    if (!found) continue;
    let { start, end, to } = found;
    // A start is often followed by its end a few words later: "start by 2015 and continue
    // through 2030", "Start: Jan 2026, End: Dec 2026".
    if (found.role === 'start' && end === null && start !== null) {
      for (let j = found.to; j < Math.min(count, found.to + 8); j++) {
        const later = matchAt(reader, j);
        if (!later) continue;
        if (later.start === null && later.end !== null && later.end >= start) {
          end = later.end;
          to = later.to;
        }
        break;
      }
    }
    const t = reader.t;
    return {
      start: start === null ? null : iso(start),
      end: end === null ? null : iso(end),
      text: text.slice(t[found.from].a, t[to - 1].b),
    };
  }
  return null;
}

/**
 * Whether a time-frame can begin at token i. Most words are ruled out by one lookup, and a
 * short number by the token after it: it must be a separator ("1/15"), a month ("15 Jan"),
 * a unit ("6 months") or a range word ("18-24 months").
 */
function canStart(r: Reader, i: number): boolean {
  const tok = r.t[i];
  const lo = tok.lo;
  const c = lo.charCodeAt(0);
  if (c >= 48 && c <= 57) {
    if (tok.n < 0 || tok.s.length === 4) return true;
    const next = r.lo(i + 1);
    return SLASHES.has(next) || UNITS.has(next) || MONTHS.has(next) || NUMBER_FOLLOWERS.has(next);
  }
  // q, h, t, s: "Q3", "H2", "T2", "S1".
  return STARTERS.has(lo) || ((c === 113 || c === 104 || c === 116 || c === 115) && PERIOD_TOKEN.test(lo)) || FY.test(lo) || YEAR_END.test(lo);
}

function matchAt(r: Reader, i: number): Found | null {
  const candidates = PREFIX_BY_FIRST.get(r.lo(i));
  if (candidates) {
    for (const p of candidates) {
      if (!p.words.every((w, k) => r.lo(i + k) === w)) continue;
      let j = i + p.words.length;
      if (r.lo(j) === ':') j++;
      const found = (p.duration ? durationAt(r, i, j, true) : null) ?? rangeOrAtom(r, i, j, p);
      if (found) return found;
    }
  }
  const prev = r.lo(i - 1);
  return durationAt(r, i, i, r.cell, CADENCE.has(prev)) ?? rangeOrAtom(r, i, i, null);
}

function durationAt(r: Reader, from: number, j: number, allowed: boolean, cadence = false): Found | null {
  if (cadence) return null;
  const d = r.duration(j);
  if (!d) return null;
  // Without a prefix, a duration is a time-frame in text in its compound form ("a 12-month
  // pilot"), or as a figure of weeks, months or years ("5 mois de travail", "in 18 Monaten")
  // that is neither a target ("cut lead time to 6 weeks"), nor past ("6 months ago", "vor
  // 2 Jahren", "il y a 6 mois"), nor a cadence ("2 weeks a year"). "5 days" alone is as often
  // a rate or an allowance ("a 5 day a week desk").
  if (!allowed && !d.tight && !(d.digits && !d.days && bareDuration(r, j, d.next))) return null;
  return { start: r.today(), end: d.end, from, to: d.next, role: 'period' };
}

function bareDuration(r: Reader, at: number, next: number): boolean {
  const before = r.lo(at - 1);
  if (NOT_BEFORE_DURATION.has(before) || (before === 'a' && r.lo(at - 2) === 'y')) return false;
  return !NOT_AFTER_DURATION.has(r.lo(next));
}

function rangeOrAtom(r: Reader, from: number, j: number, prefix: Prefix | null): Found | null {
  const a = r.atom(j, prefix?.endOf ?? false);
  if (!a) return null;
  const range = rangeFrom(r, a, prefix?.role === 'between', prefix !== null);
  if (range) return { start: range.start, end: range.end, from, to: range.to, role: 'period' };
  if (prefix?.role === 'between') return null;
  if (a.monthOnly && prefix) return { start: null, end: null, from, to: a.next, role: prefix.role };
  if (a.need === 'range' || (a.need === 'prefix' && !prefix && !r.cell)) return null;
  const b = a.y === null ? null : bounds(a, a.y);
  if (a.y !== null && !b) return null;
  const [s, e] = b ?? [null, null];
  const role = a.deadline ? 'deadline' : prefix?.role ?? 'period';
  if (role === 'deadline') return { start: null, end: e, from, to: a.next, role };
  if (role === 'before') return { start: null, end: s === null ? null : s - 1, from, to: a.next, role };
  if (role === 'start') return { start: s, end: null, from, to: a.next, role };
  return { start: s, end: e, from, to: a.next, role };
}

/** "Jan 2026 - Dec 2026", "2026-2028", "Q1–Q3 2027", "March to June 2026", "between 2026 and 2028". */
function rangeFrom(r: Reader, a: Atom, between: boolean, prefixed: boolean): { start: number | null; end: number | null; to: number } | null {
  const word = r.lo(a.next);
  if (!(RANGE_WORDS.has(word) || (between && word === 'and'))) return null;
  const b = r.atom(a.next + 1, false);
  if (!b || b.deadline) return null;
  let ya = a.y;
  let yb = b.y;
  if (ya === null && yb === null) {
    // "Q1-Q3", "Jan-Mar": a time-frame with no dates, where a bare quarter would count.
    if (a.need === 'prefix' && b.need === 'prefix' && r.cell) return { start: null, end: null, to: b.next };
    if (a.monthOnly && b.monthOnly && (r.cell || prefixed)) return { start: null, end: null, to: b.next };
    return null;
  }
  if (ya === null) ya = yb;
  if (yb === null) yb = ya;
  let ba = bounds(a, ya as number);
  let bb = bounds(b, yb as number);
  if (!ba || !bb) return null;
  // "Nov - Feb 2027" starts in the year before; "Nov 2026 - Feb" ends in the year after.
  if (ba[0] > bb[1] && a.y === null) ba = bounds(a, (ya as number) - 1);
  else if (ba[0] > bb[1] && b.y === null) bb = bounds(b, (yb as number) + 1);
  if (!ba || !bb || ba[0] > bb[1]) return null;
  return { start: ba[0], end: bb[1], to: b.next };
}
