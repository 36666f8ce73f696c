/** Durations: "next 6 months", "12-month", "18-24 months", "two years", "a year", counted from today. */
import { addMonths, LAST_DAY } from './calendar';
import type { Reader } from './reader';
import { MONEY_BEFORE, NUMBER_WORDS, UNITS } from './words';

/** A century: longer is not a plan's time-frame. */
const MAX_DURATION_DAYS = 36525;

/** "next 6 months", "12-month", "18-24 months", "two years", "a year". */
export function duration(r: Reader, i: number): { next: number; end: number; tight: boolean; digits: boolean; days: boolean } | null {
  const t = r.tokens;
  let k = i;
  let qty = -1;
  const tok = t[k];
  if (!tok) return null;
  if (tok.number >= 0 && tok.text.length <= 3 && !MONEY_BEFORE.has(r.word(k - 1))) {
    qty = tok.number;
    k++;
    // "1.5 years"
    if (r.word(k) === '.' && r.tight(k) && r.tight(k + 1) && (t[k + 1]?.number ?? -1) >= 0) {
      qty = Number(`${tok.text}.${t[k + 1].text}`);
      k += 2;
    }
    // "18-24 months", "6 to 12 months": the longer bound, when the time-frame ends.
    if ((r.word(k) === '-' || r.word(k) === 'to' || r.word(k) === '–') && (t[k + 1]?.number ?? -1) >= 0 && t[k + 1].text.length <= 3) {
      if (UNITS.has(r.word(k + 2)) || (r.word(k + 2) === '-' && UNITS.has(r.word(k + 3)))) {
        qty = Math.max(qty, t[k + 1].number);
        k += 2;
      }
    }
  } else {
    const word = NUMBER_WORDS.get(tok.lower);
    if (word === undefined) return null;
    qty = word;
    k++;
  }
  const hyphen = r.word(k) === '-' && r.tight(k) && r.tight(k + 1);
  if (hyphen) k++;
  const unit = UNITS.get(r.word(k));
  if (!unit || qty <= 0) return null;
  // "2 Quartal 2027" is the second quarter of 2027, not two quarters from today: no duration
  // is followed by a year.
  if (r.year4(k + 1) !== null) return null;
  const start = r.today();
  let end: number;
  if (unit.months) {
    const total = qty * unit.months;
    end = Number.isInteger(total) ? addMonths(start, total) : start + Math.round(total * 30.44);
  } else {
    end = start + Math.round(qty * (unit.days ?? 1));
  }
  if (end - start > MAX_DURATION_DAYS || end > LAST_DAY) return null;
  return { next: k + 1, end, tight: hyphen, digits: tok.number >= 0, days: unit.days === 1 };
}
