/**
 * The tokens a time-frame is read from: letters and digits run together ("Q3", "FY27",
 * "3Q26", "15th"); any other visible character is a token of its own.
 */

export interface Token {
  /** The token as written. */
  text: string;
  /** Lowercased (accents kept): what the vocabulary is looked up by. */
  lower: string;
  /** Offsets in the source text. */
  start: number;
  end: number;
  /** Whitespace before it: "Q3-2026" has none between its tokens, "Q3 - 2026" has. */
  spaced: boolean;
  /** Value of an all-ASCII-digit token of at most 6 digits, else -1. */
  number: number;
}

const TOKEN = /[\p{L}\p{N}]+|[^\s\p{L}\p{N}]/gu;

/** Separators inside a written date: "2026-01-15", "1/15/2026", "15.01.2026". */
export const SLASHES = new Set(['/', '.', '-']);
/** "Jan '26", "FY'27". */
export const APOSTROPHES = new Set(["'", '’']);

function digitsValue(s: string): number {
  if (s.length > 6) return -1;
  let n = 0;
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

export function lex(text: string): Token[] {
  const tokens: Token[] = [];
  let last = 0;
  TOKEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN.exec(text)) !== null) {
    const written = m[0];
    const at = m.index;
    tokens.push({ text: written, lower: written.toLowerCase(), start: at, end: at + written.length, spaced: at > last || tokens.length === 0, number: digitsValue(written) });
    last = at + written.length;
  }
  return tokens;
}
