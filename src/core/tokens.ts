/**
 * The tokens of a text: letters and digits run together ("Q3", "FY27", "3Q26", "15th"); any
 * other visible character is a token of its own. The time-frame reader reads its grammar from
 * them and the junk check judges the shape of their words, on the same row text, so the last
 * text's tokens are kept and shared: each row is lexed once. Shared tokens must not be changed.
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
  /** Letters or digits (a word), not a mark. */
  word: boolean;
}

// What each character is, as the pattern /[\p{L}\p{N}]+|[^\s\p{L}\p{N}]/gu splits text: a
// scan by character code, since the Unicode pattern was most of the cost of reading a row.
const SPACE = 0;
const WORD = 1;
const MARK = 2;

const ASCII_KINDS = new Uint8Array(128).fill(MARK);
for (let c = 48; c <= 57; c++) ASCII_KINDS[c] = WORD;
for (let c = 65; c <= 90; c++) ASCII_KINDS[c] = WORD;
for (let c = 97; c <= 122; c++) ASCII_KINDS[c] = WORD;
for (const c of [9, 10, 11, 12, 13, 32]) ASCII_KINDS[c] = SPACE;

const LETTER_OR_NUMBER = /^[\p{L}\p{N}]$/u;
const WHITESPACE = /^\s$/u;

/** The kind of a character outside ASCII (one code point, one or two code units). */
function kindOf(char: string): number {
  return LETTER_OR_NUMBER.test(char) ? WORD : WHITESPACE.test(char) ? SPACE : MARK;
}

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

/** Code units of the character at i: 2 for a surrogate pair, else 1. */
function widthAt(text: string, i: number, c: number): number {
  return (c & 0xfc00) === 0xd800 && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
}

function read(text: string): Token[] {
  const tokens: Token[] = [];
  const length = text.length;
  let last = 0;
  let i = 0;
  while (i < length) {
    const c = text.charCodeAt(i);
    const width = c < 128 ? 1 : widthAt(text, i, c);
    const kind = c < 128 ? ASCII_KINDS[c] : kindOf(text.slice(i, i + width));
    if (kind === SPACE) {
      i += width;
      continue;
    }
    const at = i;
    i += width;
    if (kind === WORD) {
      while (i < length) {
        const d = text.charCodeAt(i);
        if (d < 128) {
          if (ASCII_KINDS[d] !== WORD) break;
          i++;
        } else {
          const w = widthAt(text, i, d);
          if (kindOf(text.slice(i, i + w)) !== WORD) break;
          i += w;
        }
      }
    }
    const written = text.slice(at, i);
    tokens.push({ text: written, lower: written.toLowerCase(), start: at, end: i, spaced: at > last || tokens.length === 0, number: digitsValue(written), word: kind === WORD });
    last = i;
  }
  return tokens;
}

let lastText: string | null = null;
let lastTokens: readonly Token[] = [];

/** The tokens of `text`; the same array for the same text twice in a row. */
export function lex(text: string): readonly Token[] {
  if (text !== lastText) {
    lastTokens = read(text);
    lastText = text;
  }
  return lastTokens;
}
