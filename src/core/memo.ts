/**
 * Remembers the readings of short cells. Plans repeat the same owners, teams, budgets and
 * dates down thousands of rows, and the parsers behind them are pure, so a per-process
 * table of recent readings turns most of that per-row work into a lookup. Only short
 * strings are remembered (long ones rarely repeat), and the table is emptied when full so
 * memory stays bounded. Cached readings are shared: callers must not change them.
 */
import type { CellValue } from './types';

const MAX_KEY_LENGTH = 80;
const MAX_ENTRIES = 20_000;

export function memoizeCell<T>(read: (value: CellValue) => T): (value: CellValue) => T {
  const seen = new Map<string, T>();
  return (value) => {
    if (typeof value !== 'string' || value.length > MAX_KEY_LENGTH) return read(value);
    const known = seen.get(value);
    if (known !== undefined || seen.has(value)) return known as T;
    const reading = read(value);
    if (seen.size >= MAX_ENTRIES) seen.clear();
    seen.set(value, reading);
    return reading;
  };
}
