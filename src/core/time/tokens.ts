/**
 * The tokens a time-frame is read from (core/tokens.ts, shared with the junk check), and the
 * marks inside written dates.
 */
export { lex, type Token } from '../tokens';

/** Separators inside a written date: "2026-01-15", "1/15/2026", "15.01.2026". */
export const SLASHES = new Set(['/', '.', '-']);
/** "Jan '26", "FY'27". */
export const APOSTROPHES = new Set(["'", '’']);
