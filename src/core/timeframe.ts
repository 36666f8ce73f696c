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
 *   and continue through 2030"); a duration runs from `today` (and, when no `today` is
 *   given, is marked `fromToday`, since its dates then move with the day of the run).
 * - A quarter or half written without a year ("by Q3") is a time-frame whose dates are
 *   unknown: both ends null, rather than a guessed year.
 * - "early", "mid" and "late" split a year in thirds (Jan-Apr, May-Aug, Sep-Dec).
 * - Slash dates are month-first (US) unless the first part is over 12; dotted dates are
 *   day-first (European). Two-digit years are 20xx below 70 and 19xx from 70.
 */
import { type Atom, bounds } from './time/atoms';
import { dayNumber, FIRST_DAY, iso, LAST_DAY, localDay, SERIAL_MAX, SERIAL_MIN, SHEETS_EPOCH, YEAR_MAX, YEAR_MIN } from './time/calendar';
import { duration } from './time/duration';
import { atomAt } from './time/grammar';
import { FY, PERIOD_TOKEN, RELATIVE, WEEK_TOKEN, YEAR_END } from './time/periods';
import { Reader } from './time/reader';
import { lex, SLASHES } from './time/tokens';
import {
  CADENCE,
  FISCAL_WORDS,
  MAYBE_TIME_MONTH,
  MAYBE_TIME_WORD,
  MONTHS,
  NOT_AFTER_DURATION,
  NOT_BEFORE_DURATION,
  NUMBER_WORDS,
  ORDINAL_WORDS,
  ORDINALS,
  PART_OF_YEAR,
  PREFIX_BY_FIRST,
  RANGE_WORDS,
  UNITS,
  type Prefix,
  type Role,
} from './time/words';
import type { CellValue, TimeFrame } from './types';

// Only the start of a very long text is searched: the engine reads at most a few thousand
// characters of a cell (see MAX_CELL_TEXT in text.ts), and a time-frame that first appears
// after ten thousand characters of notes says little about the row.
const MAX_SCAN = 10_000;

// Longer cells are read like sentences, where a bare "2027" or "6 months" needs a word such
// as "by" or "over" to be a time-frame; a short cell in a date column needs none.
const SHORT_CELL = 48;

// Every time-frame has a digit or a month or period word; most text is rejected by this alone.
const maybeTime = (text: string) => /\d/.test(text) || MAYBE_TIME_WORD.test(text) || MAYBE_TIME_MONTH.test(text);

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
  /** A duration, counted from `today`. */
  duration?: boolean;
}

function find(whole: string, today: Date | undefined, cell: boolean): TimeFrame | null {
  const text = whole.length > MAX_SCAN ? whole.slice(0, MAX_SCAN) : whole;
  if (!maybeTime(text)) return null;
  const reader = new Reader(lex(text), cell, today);
  const count = reader.tokens.length;
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
    const t = reader.tokens;
    return {
      start: start === null ? null : iso(start),
      end: end === null ? null : iso(end),
      text: text.slice(t[found.from].start, t[to - 1].end),
      ...(found.duration && today === undefined ? { fromToday: true } : {}),
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
  const tok = r.tokens[i];
  const lo = tok.lower;
  const c = lo.charCodeAt(0);
  if (c >= 48 && c <= 57) {
    if (tok.number < 0 || tok.text.length === 4) return true;
    const next = r.word(i + 1);
    return SLASHES.has(next) || UNITS.has(next) || MONTHS.has(next) || NUMBER_FOLLOWERS.has(next);
  }
  // q, h, t, s: "Q3", "H2", "T2", "S1"; f, g: "FY27", "GJ 2027"; y, e, f: "YE26", "EOY", "FYE".
  return (
    STARTERS.has(lo) ||
    ((c === 113 || c === 104 || c === 116 || c === 115) && PERIOD_TOKEN.test(lo)) ||
    ((c === 102 || c === 103) && FY.test(lo)) ||
    ((c === 121 || c === 101 || c === 102) && YEAR_END.test(lo)) ||
    ((c === 107 || c === 99) && WEEK_TOKEN.test(lo))
  );
}

function matchAt(r: Reader, i: number): Found | null {
  const candidates = PREFIX_BY_FIRST.get(r.word(i));
  if (candidates) {
    for (const p of candidates) {
      if (!p.words.every((w, k) => r.word(i + k) === w)) continue;
      let j = i + p.words.length;
      if (r.word(j) === ':') j++;
      const found = (p.duration ? durationAt(r, i, j, true) : null) ?? rangeOrAtom(r, i, j, p);
      if (found) return found;
    }
  }
  const prev = r.word(i - 1);
  return durationAt(r, i, i, r.cell, CADENCE.has(prev)) ?? rangeOrAtom(r, i, i, null);
}

function durationAt(r: Reader, from: number, j: number, allowed: boolean, cadence = false): Found | null {
  if (cadence) return null;
  const d = duration(r, j);
  if (!d) return null;
  // Without a prefix, a duration is a time-frame in text in its compound form ("a 12-month
  // pilot"), or as a figure of weeks, months or years ("5 mois de travail", "in 18 Monaten")
  // that is neither a target ("cut lead time to 6 weeks"), nor past ("6 months ago", "vor
  // 2 Jahren", "il y a 6 mois"), nor a cadence ("2 weeks a year"). "5 days" alone is as often
  // a rate or an allowance ("a 5 day a week desk").
  if (!allowed && !d.tight && !(d.digits && !d.days && bareDuration(r, j, d.next))) return null;
  return { start: r.today(), end: d.end, from, to: d.next, role: 'period', duration: true };
}

function bareDuration(r: Reader, at: number, next: number): boolean {
  const before = r.word(at - 1);
  if (NOT_BEFORE_DURATION.has(before) || (before === 'a' && r.word(at - 2) === 'y')) return false;
  return !NOT_AFTER_DURATION.has(r.word(next));
}

function rangeOrAtom(r: Reader, from: number, j: number, prefix: Prefix | null): Found | null {
  const a = atomAt(r, j, prefix?.endOf ?? false);
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
  const word = r.word(a.next);
  if (!(RANGE_WORDS.has(word) || (between && word === 'and'))) return null;
  const b = atomAt(r, a.next + 1, false);
  if (!b || b.deadline) return null;
  let ya = a.y;
  let yb = b.y;
  if (ya === null && yb === null) {
    // "Q1-Q3", "Jan-Mar": a time-frame with no dates, where a bare quarter would count, or in
    // text where a dash joins them: two periods on either side of a dash are a span of time,
    // where "March" or "Q3" alone may not be.
    const dashed = word === '-' || word === '–' || word === '—';
    if (a.need === 'prefix' && b.need === 'prefix' && (r.cell || dashed)) return { start: null, end: null, to: b.next };
    if (a.monthOnly && b.monthOnly && (r.cell || prefixed || dashed)) return { start: null, end: null, to: b.next };
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
