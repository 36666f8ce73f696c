/**
 * The grammar of dates written with numbers and month names: "2026-01-15", "1/15/2026",
 * "15.01.2026", "01/2026", "15 Jan 2026", "15th of January", "January 15, 2026", "Jan-26",
 * "March". Slash dates are month-first (US) unless the first part is over 12; dotted dates
 * are day-first (European).
 */
import { type Atom, day, months, half, quarter, wholeYear } from './atoms';
import { fullYear, YEAR_MAX, YEAR_MIN } from './calendar';
import { HALF, QUARTER } from './periods';
import type { Reader } from './reader';
import { SLASHES } from './tokens';
import { AMBIGUOUS_MONTHS, MONEY_AFTER, MONEY_BEFORE, MONTHS } from './words';

/** "15th", "1er", "3e". */
const ORDINAL_DAY = /^(\d{1,2})(?:st|nd|rd|th|er|e)$/;

/** Starting with a four-digit number: "2026-01-15", "2026-01", "2026-28", "2026 Q3", "2026". */
export function fromYear(r: Reader, i: number): Atom | null {
  const y = r.year4(i);
  const t = r.tokens;
  const sep = t[i + 1]?.text;
  if (sep !== undefined && SLASHES.has(sep) && r.tight(i + 1) && r.tight(i + 2) && t[i + 2].number >= 0) {
    const m = t[i + 2].number;
    const mLen = t[i + 2].text.length;
    // "2026-01-15": the third part must use the same separator.
    if (t[i + 3]?.text === sep && r.tight(i + 3) && r.tight(i + 4) && t[i + 4].number >= 0 && t[i + 4].text.length <= 2) {
      if (mLen > 2 || continues(r, i + 4)) return null;
      return y === null && !isYearLike(r, i) ? null : day(i + 5, t[i].number, m, t[i + 4].number);
    }
    if (y === null || continues(r, i + 2)) return null;
    if (sep !== '.' && mLen === 2 && m >= 1 && m <= 12) return months(i + 3, y, m, m);
    // "2026-28", "2026/27": a span of years, the second written short.
    if (sep !== '.' && mLen === 2) {
      const end = Math.floor(y / 100) * 100 + m;
      if (end > y && end - y <= 50) return { ...wholeYear(i + 3, y), span: end - y };
    }
  }
  if (y === null) return null;
  // "2026 Q3", "2026-Q3"; a spaced dash is a range ("2026 - Q3 2027").
  const j = r.word(i + 1) === '-' && r.tight(i + 1) && r.tight(i + 2) ? i + 2 : i + 1;
  const q = QUARTER.exec(r.word(j));
  if (q) return quarter(j + 1, y, Number(q[1]));
  const h = HALF.exec(r.word(j));
  if (h) return half(j + 1, y, Number(h[1]));
  return { ...wholeYear(i + 1, y), need: 'prefix' };
}

/** A four-digit number inside a date ("2026-01-15") is a year even where it is not free. */
export function isYearLike(r: Reader, i: number): boolean {
  const n = r.tokens[i].number;
  return n >= YEAR_MIN && n <= YEAR_MAX;
}

/** The number at i is followed by more of a dotted/slashed number ("1.2.3.4", a version, an IP). */
export function continues(r: Reader, i: number): boolean {
  const next = r.tokens[i + 1];
  return next !== undefined && SLASHES.has(next.text) && r.tight(i + 1) && r.tight(i + 2) && r.tokens[i + 2].number >= 0;
}

/** Starting with a one- or two-digit number: "1/15/2026", "15.01.2026", "01/2026", "15 Jan 2026". */
export function fromSmallNumber(r: Reader, i: number): Atom | null {
  const t = r.tokens;
  const first = t[i];
  if (first.text.length > 2) return null;
  const before = t[i - 1];
  if (before && !first.spaced && (MONEY_BEFORE.has(before.lower) || (SLASHES.has(before.text) && (t[i - 2]?.number ?? -1) >= 0))) return null;
  const sep = t[i + 1]?.text;
  if (sep !== undefined && SLASHES.has(sep) && r.tight(i + 1) && r.tight(i + 2) && t[i + 2].number >= 0) {
    const second = t[i + 2];
    if (t[i + 3]?.text === sep && r.tight(i + 3) && r.tight(i + 4) && t[i + 4].number >= 0) {
      const yTok = t[i + 4];
      if (second.text.length > 2 || (yTok.text.length !== 2 && yTok.text.length !== 4) || continues(r, i + 4)) return null;
      if (MONEY_AFTER.has(r.word(i + 5))) return null;
      const y = yTok.text.length === 2 ? fullYear(yTok.number) : yTok.number;
      if (y < YEAR_MIN || y > YEAR_MAX) return null;
      const a = first.number;
      const b = second.number;
      // Dots are European; with slashes or dashes a first part over 12 can only be a day.
      const dayFirst = sep === '.' || (a > 12 && b <= 12);
      const [m, d] = dayFirst ? [b, a] : [a, b];
      return m >= 1 && m <= 12 && d >= 1 ? day(i + 5, y, m, d) : null;
    }
    // "01/2026", "3.2026": month and year.
    const y = second.number;
    if (sep !== '-' && second.text.length === 4 && y >= YEAR_MIN && y <= YEAR_MAX && first.number >= 1 && first.number <= 12) {
      if (!continues(r, i + 2) && !MONEY_AFTER.has(r.word(i + 3))) return months(i + 3, y, first.number, first.number);
    }
    return null;
  }
  return r.free(i) ? dayMonth(r, i, first.number) : null;
}

export function fromOrdinalDay(r: Reader, i: number): Atom | null {
  const o = ORDINAL_DAY.exec(r.word(i));
  return o ? dayMonth(r, i, Number(o[1])) : null;
}

/** Day first: "15 Jan 2026", "15th of January 2026", "15. Januar 2026", "15-Jan-26", "15 de enero de 2026". */
export function dayMonth(r: Reader, i: number, d: number): Atom | null {
  if (d < 1 || d > 31) return null;
  let k = i + 1;
  let dashed = false;
  if (r.word(k) === '.' && r.tight(k)) k++;
  else if (r.word(k) === '-' && r.tight(k) && r.tight(k + 1)) {
    k++;
    dashed = true;
  } else if (r.word(k) === 'of' || r.word(k) === 'de') k++;
  const m = MONTHS.get(r.word(k));
  if (m === undefined) return null;
  k++;
  if (r.word(k) === '.' && r.tight(k)) k++;
  const end = k;
  if (r.word(k) === ',' || r.word(k) === 'de') k++;
  else if (r.word(k) === '-' && dashed && r.tight(k)) {
    const yy = r.yearAfter(k + 1, true);
    return yy ? day(yy.next, yy.y, m, d) : null;
  }
  const y = r.yearAfter(k, false);
  return y ? day(y.next, y.y, m, d) : { ...day(end, null, m, d), need: 'range' };
}

/** Month first: "January 15, 2026", "Jan 2026", "Jan-26", "Jan '26", "enero de 2026", "March". */
export function fromMonth(r: Reader, i: number, m: number): Atom | null {
  let k = i + 1;
  if (r.word(k) === '.' && r.tight(k)) k++;
  const sep = r.word(k);
  if ((sep === '-' || sep === '/') && r.tight(k) && r.tight(k + 1)) {
    const y = r.yearAfter(k + 1, true);
    if (y) return months(y.next, y.y, m, m);
  }
  if (sep === ',' || sep === 'of' || sep === 'de') {
    const y = r.yearAfter(k + 1, false);
    if (y) return months(y.next, y.y, m, m);
  }
  const y = r.yearAfter(k, false);
  if (y) return months(y.next, y.y, m, m);
  const dTok = r.tokens[k];
  const ordinal = dTok ? ORDINAL_DAY.exec(dTok.lower) : null;
  const d = ordinal ? Number(ordinal[1]) : dTok && dTok.text.length <= 2 && r.free(k) ? dTok.number : -1;
  if (d >= 1 && d <= 31) {
    let j = k + 1;
    if (r.word(j) === ',') j++;
    const dy = r.yearAfter(j, false);
    return dy ? day(dy.next, dy.y, m, d) : { ...day(k + 1, null, m, d), need: 'range' };
  }
  const name = r.tokens[i];
  return { ...months(k, null, m, m), need: 'range', monthOnly: !AMBIGUOUS_MONTHS.has(name.lower) || name.text[0] !== name.lower[0] };
}
