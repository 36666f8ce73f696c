/**
 * The tokens of one text, with what every rule of the grammar asks of them: the word at an
 * index, whether two tokens touch, whether a number stands free of money and longer numbers,
 * and a year written after a period. The rules themselves are in dates.ts and periods.ts.
 */
import { fullYear, FIRST_DAY, LAST_DAY, localDay, YEAR_MAX, YEAR_MIN } from './calendar';
import { fiscalYear } from './periods';
import { APOSTROPHES, type Token } from './tokens';
import { MONEY_AFTER, MONEY_BEFORE } from './words';

/** The text being read, with the day durations count from. */
export class Reader {
  private todayDay: number | null = null;

  constructor(
    readonly tokens: readonly Token[],
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

  /** The lowercased token at i, or '' past the end. */
  word(i: number): string {
    return this.tokens[i]?.lower ?? '';
  }

  /** Token i follows token i-1 with no space between them. */
  tight(i: number): boolean {
    const tok = this.tokens[i];
    return tok !== undefined && !tok.spaced;
  }

  /** A number not glued to money, a percent sign, or a longer number ("2,030", "2030.5"). */
  free(i: number): boolean {
    const t = this.tokens;
    const tok = t[i];
    if (!tok || tok.number < 0) return false;
    const prev = t[i - 1];
    if (prev) {
      if (MONEY_BEFORE.has(prev.lower)) return false;
      // The tail of "2,030", "1.2026" or "13/2026" is not a number of its own.
      if (!tok.spaced && (prev.text === '.' || prev.text === ',' || prev.text === '/') && !prev.spaced && (t[i - 2]?.number ?? -1) >= 0) return false;
    }
    const next = t[i + 1];
    if (next) {
      if (MONEY_AFTER.has(next.lower)) return false;
      if (!next.spaced && (next.text === '.' || next.text === ',') && this.tight(i + 2) && t[i + 2].number >= 0) return false;
    }
    return true;
  }

  year4(i: number): number | null {
    const tok = this.tokens[i];
    return tok && tok.text.length === 4 && tok.number >= YEAR_MIN && tok.number <= YEAR_MAX && this.free(i) ? tok.number : null;
  }

  twoDigits(i: number): number | null {
    const tok = this.tokens[i];
    return tok && tok.text.length === 2 && tok.number >= 0 ? tok.number : null;
  }

  /**
   * A year after a quarter, half, month or day: "2026", "'26", "FY27", "FY 2027", and
   * after a dash or slash written tight ("Q3-26", "Jan-26") a two-digit year.
   */
  yearAfter(i: number, tightTwoDigits: boolean): { y: number; next: number } | null {
    const y4 = this.year4(i);
    if (y4 !== null) return { y: y4, next: i + 1 };
    if (APOSTROPHES.has(this.word(i)) && this.tight(i + 1)) {
      const yy = this.twoDigits(i + 1);
      if (yy !== null) return { y: fullYear(yy), next: i + 2 };
    }
    if (tightTwoDigits) {
      const yy = this.twoDigits(i);
      if (yy !== null && this.free(i)) return { y: fullYear(yy), next: i + 1 };
    }
    const fy = fiscalYear(this, i);
    return fy && fy.span === 0 && fy.m1 === 1 && fy.m2 === 12 && fy.y !== null ? { y: fy.y, next: fy.next } : null;
  }

  /** Year after a quarter or half token: "Q3 2026", "Q3-26", "Q3/2026", "Q3 of 2026", "Q3, 2026". */
  periodYear(i: number): { y: number; next: number } | null {
    const sep = this.word(i);
    if ((sep === '-' || sep === '/') && this.tight(i) && this.tight(i + 1)) return this.yearAfter(i + 1, true);
    if (sep === 'of' || sep === ',') return this.yearAfter(i + 1, false);
    return this.yearAfter(i, false);
  }
}
