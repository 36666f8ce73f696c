/**
 * The grammar of periods: quarters and halves ("Q3 2026", "3Q26", "H2", "T2", "1. Quartal",
 * "3e trimestre"), fiscal years ("FY27", "FY2026/27", "GJ 2027"), ordinals ("third quarter of
 * 2026"), periods relative to today ("next quarter", "year-end", "EOQ") and parts of a year
 * ("mid-2026"). A fiscal year is named by the calendar year it ends in and is taken as that
 * calendar year; "early", "mid" and "late" split a year in thirds.
 */
import { type Atom, day, half, months, quarter, wholeYear } from './atoms';
import { civil, dayNumber, daysInMonth, fiscalNumber, fullYear, YEAR_MAX, YEAR_MIN } from './calendar';
import type { Reader } from './reader';
import { APOSTROPHES } from './tokens';
import { FISCAL_WORDS, ORDINAL_NUMBER, ORDINAL_WORDS, ORDINALS, PART_OF_YEAR, PERIOD_WORDS } from './words';

export const QUARTER = /^q([1-4])$/;
export const HALF = /^h([12])$/;
// One pass over a token for every written form of a quarter or half: "2026q3", "q3",
// "q3fy27", "3q", "3q26" (and the same with h).
// French and Spanish write a quarter T2 (trimestre) and a half S2 (semestre): "T2 2026", "2T 2026".
export const PERIOD_TOKEN = /^(?:(\d{4})([qh])(\d)|([qhts])(\d)(?:fy(\d{2}|\d{4}))?|(\d)([qhts])(\d{2}|\d{4})?)$/;
// "GJ 2027": the German Geschäftsjahr.
export const FY = /^(?:fy|gj)(\d{2}|\d{4})?$/;
export const YEAR_END = /^(?:ye|eoy|fye)(\d{2}|\d{4})?$/;
export const RELATIVE = new Set(['eoq', 'year', 'yearend', 'quarter', 'month', 'this', 'current', 'next', 'coming', 'following']);

/** "Q3 2026", "Q3 FY27", "Q3FY27", "3Q26", "3Q 2026", "2026Q3", "H2 2026", "2H26", "T2 2026", "S2 2026", "2T 2026", "Q3" alone. */
export function quarterOrHalf(r: Reader, i: number): Atom | null {
  const m = PERIOD_TOKEN.exec(r.word(i));
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
  const y = r.periodYear(i + 1);
  if (y) return make(y.next, y.y, n);
  // A cell of "Q2 27": the two digits that end it can only be its year.
  const yy = r.cell && r.tokens.length === i + 2 ? r.twoDigits(i + 1) : null;
  if (yy !== null && r.free(i + 1)) return make(i + 2, fullYear(yy), n);
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
export function numberedPeriod(r: Reader, i: number): Atom | null {
  const tok = r.tokens[i];
  let n = -1;
  let k = i + 1;
  // "2 Quartal 2027" without the ordinal's dot is still the second quarter when a year follows.
  let needsYear = false;
  if (tok.number >= 1 && tok.number <= 4 && tok.text.length === 1) {
    if (r.word(k) === '.' && r.tight(k)) k++;
    else needsYear = true;
    n = tok.number;
  } else {
    const written = ORDINAL_NUMBER.exec(tok.lower);
    n = written ? Number(written[1]) : ORDINAL_WORDS.get(tok.lower) ?? -1;
    if (r.word(k) === '.' && r.tight(k)) k++;
  }
  const kind = PERIOD_WORDS.get(r.word(k));
  if (n < 1 || !kind || n > (kind === 'q' ? 4 : 2)) return null;
  const make = kind === 'q' ? quarter : half;
  k++;
  if (r.word(k) === '.' && r.tight(k)) k++;
  const of = r.word(k);
  const y = r.yearAfter(of === 'de' || of === 'del' || of === 'du' || of === ',' ? k + 1 : k, false);
  if (!y && needsYear) return null;
  return y ? make(y.next, y.y, n) : { ...make(k, null, n), need: 'prefix' };
}

/** "FY27", "FY 2027", "FY-27", "FY2026/27", "FY26-28", "fiscal year 2027", "FY27 Q3". */
export function fiscalYear(r: Reader, i: number): Atom | null {
  const lo = r.word(i);
  let y: number | null = null;
  let k = i + 1;
  const fy = FY.exec(lo);
  if (fy?.[1]) {
    y = fiscalNumber(fy[1]);
  } else if (fy || FISCAL_WORDS.has(lo)) {
    if (lo === 'fiscal' && (r.word(k) === 'year' || r.word(k) === 'yr')) k++;
    if ((r.word(k) === '-' || APOSTROPHES.has(r.word(k))) && r.tight(k) && r.tight(k + 1)) k++;
    const tok = r.tokens[k];
    if (tok && tok.number >= 0 && (tok.text.length === 2 || tok.text.length === 4) && (tok.text.length === 4 || r.free(k))) {
      y = fiscalNumber(tok.text);
      k++;
    }
  }
  if (y === null || !(y >= YEAR_MIN && y <= YEAR_MAX)) return null;
  // "FY2026/27": one fiscal year across two calendar years, named by its end.
  // "FY26-28": several fiscal years.
  const sep = r.word(k);
  let span = 0;
  if ((sep === '/' || sep === '-') && r.tight(k) && r.tight(k + 1)) {
    const tok = r.tokens[k + 1];
    if (tok && tok.number >= 0 && (tok.text.length === 2 || tok.text.length === 4)) {
      const end = tok.text.length === 4 ? tok.number : Math.floor(y / 100) * 100 + tok.number;
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
    const j = (r.word(k) === '-' && r.tight(k)) || r.word(k) === ',' ? k + 1 : k;
    const q = QUARTER.exec(r.word(j));
    if (q) return quarter(j + 1, y, Number(q[1]));
    const h = HALF.exec(r.word(j));
    if (h) return half(j + 1, y, Number(h[1]));
  }
  return { ...wholeYear(k, y), span };
}

/** "third quarter of 2026", "the first half", "last quarter FY27". */
export function ordinal(r: Reader, i: number): Atom | null {
  const n = ORDINALS.get(r.word(i));
  if (n === undefined) return null;
  const unit = r.word(i + 1);
  if (unit !== 'quarter' && unit !== 'half') return null;
  const which = n === 0 ? (unit === 'quarter' ? 4 : 2) : n;
  if (unit === 'half' && which > 2) return null;
  const make = unit === 'quarter' ? quarter : half;
  let k = i + 2;
  if (r.word(k) === 'of' || r.word(k) === ',') k++;
  if (r.word(k) === 'the' && (r.word(k + 1) === 'year' || r.word(k + 1) === 'fiscal')) {
    return { ...make(k + 2, null, which), need: 'prefix' };
  }
  const y = r.yearAfter(k, false);
  return y ? make(y.next, y.y, which) : { ...make(i + 2, null, which), need: 'prefix' };
}

/** "this year", "next quarter", "current fiscal year", "year-end", "EOQ", "year 2027"; after "end of", "year" alone. */
export function relative(r: Reader, i: number, endOf: boolean): Atom | null {
  const lo = r.word(i);
  if (!RELATIVE.has(lo) && !YEAR_END.test(lo)) return null;
  const [ty, tm] = civil(r.today());
  const tq = Math.ceil(tm / 3);
  const ye = YEAR_END.exec(lo);
  if (ye) {
    if (ye[1]) return { ...day(i + 1, fiscalNumber(ye[1]), 12, 31), deadline: true };
    const y = r.yearAfter(i + 1, false);
    if (y) return { ...day(y.next, y.y, 12, 31), deadline: true };
    return lo === 'ye' ? null : { ...day(i + 1, ty, 12, 31), deadline: true };
  }
  if (lo === 'eoq') return { ...day(i + 1, ty, tq * 3, daysInMonth(ty, tq * 3)), deadline: true };
  if (lo === 'year' || lo === 'yearend') {
    const dashEnd = r.word(i + 1) === '-' && r.word(i + 2) === 'end';
    if (lo === 'yearend' || dashEnd || r.word(i + 1) === 'end') {
      const k = lo === 'yearend' ? i + 1 : dashEnd ? i + 3 : i + 2;
      const y = r.yearAfter(k, false);
      // "year-end" without a year is also an accounting term ("year-end close"), so it needs a prefix.
      return y ? { ...day(y.next, y.y, 12, 31), deadline: true } : { ...day(k, ty, 12, 31), deadline: true, need: 'prefix' };
    }
    const y = r.year4(i + 1);
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
  if (r.word(k) === 'fiscal' || r.word(k) === 'calendar') k++;
  const unit = r.word(k);
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
export function partOfYear(r: Reader, i: number): Atom | null {
  const third = PART_OF_YEAR.get(r.word(i));
  if (third === undefined) return null;
  const next = r.word(i + 1);
  const k = (next === '-' && r.tight(i + 1)) || next === 'de' || next === 'del' ? i + 2 : i + 1;
  const y = r.year4(k);
  return y === null ? null : months(k + 1, y, third * 4 + 1, third * 4 + 4);
}

/** "KW 14/2027", "KW14 2027", "CW 14-2027": a German (Kalenderwoche) or English calendar week, by ISO 8601. */
export const WEEK_TOKEN = /^(?:kw|cw)(\d{1,2})?$/;

export function isoWeek(r: Reader, i: number): Atom | null {
  const m = WEEK_TOKEN.exec(r.word(i));
  if (!m) return null;
  let k = i + 1;
  let week = m[1] === undefined ? -1 : Number(m[1]);
  if (week < 0) {
    const tok = r.tokens[k];
    if (!tok || tok.number < 0 || tok.text.length > 2) return null;
    week = tok.number;
    k++;
  }
  const sep = r.word(k);
  // After "14/" the year is not free (free() takes it for the tail of a fraction), so it is read as written.
  const tail = r.tokens[k + 1];
  const y =
    (sep === '/' || sep === '-' || sep === '.') && r.tight(k) && r.tight(k + 1)
      ? tail && tail.number >= 0 && (tail.text.length === 4 || tail.text.length === 2)
        ? { y: tail.text.length === 4 ? tail.number : fullYear(tail.number), next: k + 2 }
        : null
      : r.yearAfter(k, false);
  if (!y || week < 1 || y.y < YEAR_MIN || y.y > YEAR_MAX) return null;
  // Week 1 is the week of 4 January; day 0 (1970-01-01) was a Thursday.
  const jan4 = dayNumber(y.y, 1, 4);
  const monday = jan4 - ((jan4 + 3) % 7) + 7 * (week - 1);
  // A week belongs to the year of its Thursday: "KW 53/2027" does not exist.
  if (civil(monday + 3)[0] !== y.y) return null;
  const [y1, m1, d1] = civil(monday);
  const [y2, m2, d2] = civil(monday + 6);
  return { next: y.next, y: y1, m1, d1, m2, d2, span: y2 - y1, need: 'none' };
}
