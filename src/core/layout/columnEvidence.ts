/**
 * What a column's values say it holds, read from a sample of its cells: amounts, dates,
 * people, ids, short distinct phrases (titles), long text (descriptions), or a few values
 * repeated down the column (an account, a team). Every column gets a profile, also those a
 * header already mapped, so header and content can be weighed against each other.
 */
// The remembered readers: the cells sampled here are read again when their rows are classified.
import { parseMoney, parsePerson, parseTimeFrame } from '../cellReadings';
import { cellText, isBlank } from '../text';
import type { CellValue } from '../types';

export type ContentKind = 'empty' | 'money' | 'date' | 'person' | 'id' | 'prose' | 'phrase' | 'group' | 'label';

export interface ColumnProfile {
  index: number;
  filled: number;
  distinct: number;
  /** Medians, not means: one pasted essay must not turn a column of titles into long text. */
  medianLength: number;
  medianWords: number;
  money: number;
  date: number;
  /** Of the dates, the cells that are a bare year (2027): amounts to a money header, years to any other. */
  years: number;
  person: number;
  idLike: number;
  kind: ContentKind;
  /** For slash dates: true when a value shows the day first (30/11/2026), false when the month does, null when none tells. */
  dayFirst: boolean | null;
}

const ID_LIKE = /^[A-Za-z]{0,6}[-_ .]?\d{1,8}[A-Za-z0-9.-]*$/;
const SLASH_DATE = /\b(\d{1,2})[/.](\d{1,2})[/.](\d{4}|\d{2})\b/g;

/** Words the kind names in the report ("content: short distinct phrases"). */
export const KIND_WORDS: Record<ContentKind, string> = {
  empty: 'empty',
  money: 'amounts',
  date: 'dates',
  person: "people's names",
  id: 'ids',
  prose: 'long text',
  phrase: 'short distinct phrases',
  group: 'a few values repeated',
  label: 'short labels',
};

function kindOf(p: Omit<ColumnProfile, 'kind' | 'dayFirst'>): ContentKind {
  if (!p.filled) return 'empty';
  const share = (count: number) => count / p.filled;
  if (share(p.date) >= 0.6) return 'date';
  if (share(p.money) >= 0.6) return 'money';
  if (share(p.idLike) >= 0.9 && p.distinct === p.filled && p.medianLength <= 16) return 'id';
  if (share(p.person) >= 0.5) return 'person';
  if (p.medianWords >= 12 || p.medianLength >= 90) return 'prose';
  if (p.filled >= 3 && p.distinct < p.filled * 0.7 && p.medianLength <= 40) return 'group';
  if (p.distinct >= p.filled * 0.8 && p.medianWords >= 2 && p.medianLength >= 8) return 'phrase';
  return 'label';
}

/** A bare four-digit year as people type one into a "Due" or "Year" column. */
const YEAR_FIRST = 1990;
const YEAR_LAST = 2100;
function isBareYear(cell: CellValue): boolean {
  const value = typeof cell === 'number' ? cell : typeof cell === 'string' && /^\s*\d{4}\s*$/.test(cell) ? Number(cell) : NaN;
  return Number.isInteger(value) && value >= YEAR_FIRST && value <= YEAR_LAST;
}

function covers(found: string | undefined, text: string): boolean {
  return found !== undefined && found.length >= text.length * 0.6;
}

function moneyCovers(cell: CellValue, text: string): boolean {
  const reading = parseMoney(cell);
  // A bare small number (1, 2, 3) is a count or a rank; an amount has a currency or some size.
  if (reading.kind === 'amount') return (reading.money.currency !== null || reading.money.amount >= 1000) && (typeof cell === 'number' || covers(reading.money.text, text));
  return reading.kind === 'unallocated';
}

function median(values: number[]): number {
  if (!values.length) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Profiles column `index` over the data rows given (the caller bounds the sample). */
export function profileColumn(rows: ReadonlyArray<readonly CellValue[]>, index: number): ColumnProfile {
  const seen = new Set<string>();
  let filled = 0;
  const lengths: number[] = [];
  const wordCounts: number[] = [];
  let money = 0;
  let date = 0;
  let years = 0;
  let person = 0;
  let idLike = 0;
  let dayFirst: boolean | null = null;
  for (const row of rows) {
    const cell = row[index];
    if (isBlank(cell)) continue;
    filled++;
    const text = cell instanceof Date ? cell.toISOString().slice(0, 10) : cellText(cell);
    seen.add(text.toLowerCase());
    lengths.push(text.length);
    wordCounts.push(text ? text.split(/\s+/).length : 0);
    // A phrase that mentions a quarter or an amount is text: a date or money cell is mostly that.
    if (isBareYear(cell)) {
      date++;
      years++;
    } else if (cell instanceof Date || (typeof cell === 'string' && text.length <= 40 && !/^\d+$/.test(text) && covers(parseTimeFrame(cell)?.text, text))) date++;
    else if (text.length <= 40 && moneyCovers(cell, text)) money++;
    if (typeof cell === 'string' && parsePerson(cell).kind === 'person') person++;
    if (text.length <= 16 && ID_LIKE.test(text)) idLike++;
    if (typeof cell === 'string' && dayFirst === null) {
      for (const match of text.matchAll(SLASH_DATE)) {
        if (Number(match[1]) > 12 && Number(match[2]) <= 12) dayFirst = true;
        else if (Number(match[2]) > 12 && Number(match[1]) <= 12) dayFirst = false;
      }
    }
  }
  const base = {
    index,
    filled,
    distinct: seen.size,
    medianLength: median(lengths),
    medianWords: median(wordCounts),
    money,
    date,
    years,
    person,
    idLike,
  };
  return { ...base, kind: kindOf(base), dayFirst };
}
