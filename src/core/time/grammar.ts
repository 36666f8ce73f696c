/**
 * One date or period at a token: the dispatch to the rules of dates.ts and periods.ts, by
 * the token's first character, since it runs for every word of every row.
 */
import type { Atom } from './atoms';
import { fromMonth, fromOrdinalDay, fromSmallNumber, fromYear } from './dates';
import { fiscalYear, isoWeek, numberedPeriod, ordinal, partOfYear, quarterOrHalf, relative, RELATIVE, YEAR_END } from './periods';
import type { Reader } from './reader';
import { MONTHS, ORDINAL_WORDS, ORDINALS, PART_OF_YEAR } from './words';

/** The atom that starts at token i; `endOf` after "end of", where "year" or "quarter" alone names the current one. */
export function atomAt(r: Reader, i: number, endOf: boolean): Atom | null {
  const tok = r.tokens[i];
  if (!tok) return null;
  const lo = tok.lower;
  if (lo === 'the') return ordinal(r, i + 1) ?? relative(r, i + 1, endOf);
  if (tok.number >= 0) return tok.text.length === 4 ? fromYear(r, i) : numberedPeriod(r, i) ?? fromSmallNumber(r, i);
  const month = MONTHS.get(lo);
  if (month !== undefined) return fromMonth(r, i, month);
    const c = lo[0];
  const coded = c === 'q' || c === 'h' || c === 't' || c === 's' || (c >= '0' && c <= '9') ? quarterOrHalf(r, i) ?? numberedPeriod(r, i) ?? fromOrdinalDay(r, i) : null;
  if (coded) return coded;
  const fiscal = c === 'f' || c === 'g' || c === 'e' ? fiscalYear(r, i) : null;
  if (fiscal) return fiscal;
  if (ORDINALS.has(lo)) return ordinal(r, i) ?? numberedPeriod(r, i);
  if (ORDINAL_WORDS.has(lo)) return numberedPeriod(r, i);
  if (RELATIVE.has(lo) || YEAR_END.test(lo)) return relative(r, i, endOf);
  if (c === 'k' || c === 'c') return isoWeek(r, i);
  return PART_OF_YEAR.has(lo) ? partOfYear(r, i) : null;
}
