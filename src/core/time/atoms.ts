/** Atoms: one date or period as written, before prefixes and ranges are applied. */
import { dayNumber, daysInMonth } from './calendar';

export interface Atom {
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

export const day = (next: number, y: number | null, m: number, d: number): Atom => ({ next, y, m1: m, d1: d, m2: m, d2: d, span: 0, need: 'none' });
export const months = (next: number, y: number | null, m1: number, m2: number): Atom => ({ next, y, m1, d1: 1, m2, d2: 0, span: 0, need: 'none' });
export const quarter = (next: number, y: number | null, q: number): Atom => months(next, y, q * 3 - 2, q * 3);
export const half = (next: number, y: number | null, h: number): Atom => months(next, y, h === 1 ? 1 : 7, h === 1 ? 6 : 12);
export const wholeYear = (next: number, y: number | null): Atom => months(next, y, 1, 12);

/** The first and last day of an atom in year y, or null when the atom names no such days ("31 Feb"). */
export function bounds(atom: Atom, y: number): [number, number] | null {
  const endYear = y + atom.span;
  if (atom.m1 < 1 || atom.m1 > 12 || atom.m2 < 1 || atom.m2 > 12 || atom.d1 < 1) return null;
  if (atom.d1 > daysInMonth(y, atom.m1) || atom.d2 > daysInMonth(endYear, atom.m2)) return null;
  return [dayNumber(y, atom.m1, atom.d1), dayNumber(endYear, atom.m2, atom.d2 || daysInMonth(endYear, atom.m2))];
}
