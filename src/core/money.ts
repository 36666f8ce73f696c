/**
 * Reads money amounts from budget cells and from free text.
 *
 * A budget only counts as allocated when a positive amount is written; placeholders
 * ("TBD", "n/a", "0"), negative figures and spreadsheet errors are reported as
 * `unallocated` with a reason, so the row's explanation can say why the budget
 * criterion is not met instead of silently ignoring the cell.
 */
import { CURRENCY_CODES, CURRENCY_NAMES, CURRENCY_SIGNS, ISO_CURRENCY_CODES, PLACEHOLDER_WORDS } from './lexicon';
import { isSheetsError } from './text';
import type { CellValue, Money } from './types';

export type MoneyReading =
  | { kind: 'amount'; money: Money }
  | { kind: 'unallocated'; text: string; why: string }
  | { kind: 'none' };

const NONE: MoneyReading = { kind: 'none' };

// Patterns are case-sensitive on purpose: a case-insensitive Unicode regex cannot use
// the engine's fast character checks and is ~50x slower on long text. Words that users
// capitalise freely are spelled out in both cases by anyCase instead.
const anyCase = (pattern: string) =>
  `(?:${pattern.replace(/\\.|[a-z]/g, (c) => (c.length > 1 ? c : `[${c}${c.toUpperCase()}]`))})`;

// Whitespace between the parts of an amount is bounded so that a run of spaces cannot
// make the engine try every split of it.
const WS = '\\s{0,3}';

// Grouped digits (1,250,000 / 1.250.000 / 1 250 000 / 1'250'000, with ordinary,
// non-breaking, narrow or thin spaces) with an optional decimal part, or plain digits.
// Which separator is the decimal one is decided afterwards by decimalDigits.
const NUM = "(?:\\d{1,3}(?:[,.'’ \\u00a0\\u202f\\u2009]\\d{3})+(?:[.,]\\d+)?|\\d+(?:[.,]\\d+)?)";

// A letter right after a scale word means it was the start of another word ("5 more").
// German writes thousands as "T€" / "TEUR" and millions as "Mio." with its dot.
// Spanish, Portuguese, Italian and French write millions and billions in words of their own
// ("1,2 millones", "R$ 2 milhões", "45 milioni", "€ 1,5 mln", "3 milliards"); "mil" is a
// thousand in Spanish and Portuguese ("R$ 450 mil", "500 mil euros") and a million in English
// ("$2 mil"): see exponentOf. Brazilian writers shorten milhões and bilhões to "mi" and "bi"
// ("R$ 3,5 mi"), Spanish millones to "mill."; Italian and French write a thousand "mila", "mille".
// (anyCase writes each letter as a class of its two cases, so no classes of letters here.)
const ROMANCE_SCALES = 'mil\\s(?:millones|milhoes|milhões)|milliards?|miliardi|miliardo|bilhoes|bilhões|bilhao|bilhão|milhoes|milhões|milhao|milhão|millones|millon|millón|milioni|milione|mln|mila|mille|mill|mi(?!-)|bi(?!-)';
// German also writes a thousand "Tsd." ("750 Tsd. EUR").
const SCALE = `(?:(?:${anyCase(`thousand|million|billion|lakhs?|crores?|${ROMANCE_SCALES}|tausend|tsd|mil|mio|mrd|mn|mm|bn|cr|k|m|b`)})(?!\\p{L})\\.?|T(?=\\s?(?:€|EUR)))`;

// Letter codes need a word boundary before them so "PLUSD" does not qualify.
const CODES = CURRENCY_CODES.join('|');
const SIGNS = CURRENCY_SIGNS.map((sign) => (sign === '$' ? '\\$' : sign)).join('');
// Swiss plans write francs "Fr." ("Fr. 250'000.–"), Nordic ones crowns "kr" (Swedish, Norwegian or
// Danish: which one is not said, so the amount is read with no currency).
const PREFIX = `(?:\\b(?:U\\.?S\\.?\\$|AU?\\$|CA?\\$|NZ\\$|HK\\$|S\\$|R\\$|MX\\$|Rs\\.?|SFr\\.?|Fr\\.|[Kk]r\\.?|${CODES})|[${SIGNS}])`;

// A symbol written after a number must not be the prefix of the next amount
// ("2026 €500k" is not 2026 euros). Bare "pounds" is left out: it is a weight as often.
const SUFFIX =
  // "1,2 millones de euros", "2 milioni di euro": the currency after "de" / "di".
  `(?:(?:${anyCase('de|di')}\\s)?(?:${anyCase('(?:(?:us|u\\.s\\.|american|canadian|australian|singapore|hong\\s?kong|new\\s?zealand)\\s)?dollars?')}|` +
  `${anyCase('(?:swiss\\s)?francs?|euros?|reais|pesos?|(?:pounds?\\s)?sterling|yen|rupees?|yuan')}|Ft|kr|` +
  `${CODES})(?!\\p{L})` +
  `|[${SIGNS}](?!\\d))`;

const RANGE_TO = `${WS}(?:-|–|—|to)${WS}(?:${PREFIX})?${WS}`;

// A number is read atomically (a lookahead captures it, a backreference consumes it), and
// an amount that starts with its number starts it where a digit run starts (`\b`);
// otherwise a long run of digits with no currency after it would be retried at every
// length and every start, quadratic in its length. After a currency code ("USD1.2m") or
// a budget word the start is fixed by what comes before, so no boundary is needed.
const number = (name: string, boundary: boolean) => `${boundary ? '\\b' : ''}(?=(?<${name}>${NUM}))(?:\\k<${name}>)`;

// Group names carry a tag so that the alternatives of one regex can each have their own.
const amount = (tag: string, numberFirst: boolean) =>
  `${number(`n1${tag}`, numberFirst)}(?:${WS}(?<s1${tag}>${SCALE}))?` +
  `(?<range${tag}>${RANGE_TO}${number(`n2${tag}`, true)}(?:${WS}(?<s2${tag}>${SCALE}))?)?`;
const suffix = (tag: string) => `(?<sufw${tag}>${WS}(?<suf${tag}>${SUFFIX}))`;

const BUDGET_WORD = anyCase('budget|funding|funded(?:\\s+(?:with|at))?|allocation|allocated');

// In free text a number is money only when something says so: a currency before it (A)
// or after it (B), or a budget word before (C) or after (D) it. Requiring the marker in the
// pattern keeps bare numbers inside the regex engine instead of surfacing each one.
const TEXT_MONEY = compile(
  [
    `(?<negA>[-−])?(?<preA>${PREFIX})${WS}(?<neg2A>[-−])?${amount('A', false)}${suffix('A')}?`,
    `(?<negB>[-−])?${amount('B', true)}${suffix('B')}`,
    `(?<ctxC>\\b${BUDGET_WORD}(?:\\s(?:of|is|was|at))?${WS}[:=]?${WS})${amount('C', false)}${suffix('C')}?`,
    `${amount('D', true)}(?<tailD>\\s{1,3}${anyCase('budget|funding')}\\b)`,
  ].join('|'),
  'gu',
);

// A whole cell may be one amount with nothing to mark it as money: "2400000", "2.4M".
const CELL_MONEY = compile(
  `^(?<negA>[-−])?(?:(?<preA>${PREFIX})${WS})?(?<neg2A>[-−])?${amount('A', false)}${suffix('A')}?$`,
  'u',
);

const PARTS = ['n1', 's1', 'range', 'n2', 's2', 'pre', 'suf', 'sufw', 'neg', 'neg2'] as const;
type Tag = 'A' | 'B' | 'C' | 'D';
const TAGS: readonly Tag[] = ['A', 'B', 'C', 'D'];
/** Where each part of one alternative is captured; -1 when that alternative has no such part. */
type Slots = Record<(typeof PARTS)[number], number>;
const slotsOf = (at: Record<string, number>, tag: Tag) =>
  Object.fromEntries(PARTS.map((part) => [part, at[part + tag] ?? -1])) as Slots;
const TEXT_SLOTS = TAGS.map((tag) => slotsOf(TEXT_MONEY.at, tag));
const CELL_SLOTS = slotsOf(CELL_MONEY.at, 'A');
const CTX_C = TEXT_MONEY.at.ctxC;
const TAIL_D = TEXT_MONEY.at.tailD;

/**
 * Compiles a pattern written with named groups into one with numbered groups, keeping the
 * name-to-number map. Named groups make V8 build a `groups` object for every match; with
 * forty of them that is most of the cost of scanning text full of amounts.
 */
function compile(source: string, flags: string): { re: RegExp; at: Record<string, number> } {
  const at: Record<string, number> = {};
  let count = 0;
  const numbered = source
    .replace(/\(\?<([A-Za-z]\w*)>/g, (_, name: string) => {
      at[name] = ++count;
      return '(';
    })
    .replace(/\\k<([A-Za-z]\w*)>/g, (_, name: string) => `\\${at[name]}`);
  return { re: new RegExp(numbered, flags), at };
}

const SCALE_EXPONENT: Record<string, number> = {
  k: 3, t: 3, thousand: 3, tsd: 3, tausend: 3,
  m: 6, mm: 6, mn: 6, mil: 6, mio: 6, million: 6,
  millones: 6, millon: 6, milhoes: 6, milhao: 6, milioni: 6, milione: 6, mln: 6, mill: 6, mi: 6,
  mila: 3, mille: 3,
  b: 9, bn: 9, billion: 9, mrd: 9,
  milliard: 9, milliards: 9, miliardi: 9, miliardo: 9, bilhoes: 9, bilhao: 9, bi: 9, 'mil millones': 9, 'mil milhoes': 9,
  lakh: 5, lakhs: 5,
  cr: 7, crore: 7, crores: 7,
};

// Written next to an amount, "Fr." is the Swiss franc and "Ft" the forint; as words in a header
// ("Budget FR") they are not, so they stay out of the shared table.
const BESIDE_AMOUNT: Readonly<Record<string, string>> = { fr: 'CHF', ft: 'HUF' };

function currencyOf(text: string): string | null {
  const key = text.toLowerCase().replace(/\./g, '').replace(/\s+/g, ' ').replace(/^d[ei] /, '');
  return CURRENCY_NAMES[key] ?? BESIDE_AMOUNT[key] ?? null;
}

// Words people put in a budget cell to say there is no budget yet.
const PLACEHOLDERS = new Set<string>([
  ...PLACEHOLDER_WORDS, 'n.a', 'nil', 'null', '-', '--', '–', '—', '?', '??', '???',
  'unfunded', 'not funded', 'not yet funded', 'pending', 'pending approval', 'unknown', 'no budget',
  'not allocated', 'unallocated', 'not applicable', 'to be determined', 'to be confirmed',
]);

// A cell that opens with one of these ("TBD – maybe $2M") is not an allocation, whatever follows.
const PLACEHOLDER_LEAD = /^(?:tbd|tbc|tba|n\/a|unfunded|not funded|not yet funded|pending|unknown|no budget|not allocated|unallocated)(?![\p{L}\p{N}])/iu;

const WORD_CHAR_BEFORE = /[\p{L}\p{N}.,]/u;
const NONZERO = /[1-9]/;
const OUTER_PARENS = /^\((.*)\)$/s;
const LEADING_SIGN = /^[-−]\s*/;
const TRAILING_SIGN = /\s*[-−]$/;

// Cells longer than this cannot be one amount; they are read as free text instead.
const MAX_AMOUNT_CELL = 120;

// Only the start of a very long text is searched. The engine reads at most a few thousand
// characters of a cell (MAX_CELL_TEXT in text.ts); this bounds the work on a hostile cell
// of 50,000 characters of "$0 $0 ..." to a few milliseconds.
const MAX_SCAN = 10_000;

/**
 * Reads a budget cell.
 *
 * @param value a cell as Sheets or the CSV reader gives it
 * @return `amount` for a positive amount, `unallocated` (with the reason) for a placeholder,
 *   zero, negative amount or spreadsheet error, `none` for anything else
 */
export function parseMoney(value: CellValue): MoneyReading {
  try {
    return readCell(value);
  } catch {
    // Defence in depth: a classifier running over a million rows must not stop on one cell.
    return NONE;
  }
}

/**
 * Finds the first allocated amount in a sentence ("funded with €500k", "$2M budget").
 * A number only counts when a currency or a budget word marks it as money, so years,
 * percentages and counts ("5k users") are not read as budgets.
 *
 * @param text free text
 * @return the first positive amount, or null
 */
const ANY_DIGIT = /\d/;

export function findMoneyInText(text: string): Money | null {
  try {
    // Every amount the scan reads has an ASCII digit (NUM): text without one is not scanned.
    return typeof text === 'string' && text && ANY_DIGIT.test(text) ? scan(text, false) : null;
  } catch {
    return null;
  }
}

/**
 * The currency a currency column's cell names: an ISO code ("EUR", "nok"), a sign ("€") or a
 * name ("euros", "Swiss francs"); null for anything else ("TBD", "see contract").
 */
export function currencyOfCell(value: CellValue): string | null {
  if (typeof value !== 'string') return null;
  const text = value.trim();
  if (!text || text.length > 24) return null;
  const named = currencyOf(text);
  if (named) return named;
  const code = text.toUpperCase();
  return /^[A-Z]{3}$/.test(code) && ISO_CURRENCY_CODES.has(code) ? code : null;
}

function readCell(value: CellValue): MoneyReading {
  if (typeof value === 'number') return fromNumber(value);
  if (typeof value !== 'string') return NONE;
  const text = value.trim();
  if (!text) return NONE;
  // Passed as a CellValue: isSheetsError's type guard would otherwise narrow `text` to never.
  if (isSheetsError(text as CellValue)) return unallocated(text, `${text} is a spreadsheet error, not a budget`);
  if (PLACEHOLDERS.has(text.toLowerCase().replace(/\s+/g, ' ').replace(/[.!]$/, ''))) {
    return unallocated(text, `${text} is not an allocated budget`);
  }

  const whole = text.length <= MAX_AMOUNT_CELL ? wholeCellAmount(text) : null;
  if (whole) return asReading(whole, text);

  const lead = PLACEHOLDER_LEAD.exec(text);
  if (lead) return unallocated(text, `${lead[0]} is not an allocated budget`);

  const found = scan(text, true);
  return found ? asReading(found, found.text) : NONE;
}

function fromNumber(value: number): MoneyReading {
  if (!Number.isFinite(value)) return NONE;
  const text = String(value);
  return asReading({ amount: value, currency: null, text }, text);
}

function asReading(money: Money, text: string): MoneyReading {
  if (money.amount === 0) return unallocated(text, 'zero amount, not an allocated budget');
  if (money.amount < 0) return unallocated(text, 'negative amount, not an allocated budget');
  return { kind: 'amount', money: { ...money, text } };
}

function unallocated(text: string, why: string): MoneyReading {
  return { kind: 'unallocated', text, why };
}

// Swiss prices end in ".–" or ".-" for "no centimes" ("Fr. 250'000.–"): not a minus sign.
const NO_CENTS = /\.[-–—]{1,2}$/;

/** The amount a whole cell spells, bare numbers included; accounting negatives are kept negative. */
function wholeCellAmount(cell: string): Money | null {
  let body = cell.replace(NO_CENTS, '');
  let negative = false;
  const parens = OUTER_PARENS.exec(body);
  if (parens) {
    body = parens[1].trim();
    negative = true;
  }
  if (LEADING_SIGN.test(body) || TRAILING_SIGN.test(body)) {
    negative = true;
    body = body.replace(LEADING_SIGN, '').replace(TRAILING_SIGN, '');
  }
  const m = body ? CELL_MONEY.re.exec(body) : null;
  const money = m ? toMoney(m, CELL_SLOTS, 0, 0) : null;
  // A range that is not one ("5 - 2") leaves text over, so the cell is not one amount.
  if (!money || money.text.length !== body.length) return null;
  const amount = negative || money.negative ? -money.amount : money.amount;
  return { amount, currency: money.currency, text: cell };
}

interface Reading extends Money {
  negative: boolean;
  /** A currency was written, so the number is money whatever surrounds it. */
  marked: boolean;
}

// Every amount TEXT_MONEY reads is marked: a sign, a prefix with "$", "Rs" or "SFr", a
// currency code, a currency word or a budget word. Text with none of them is not scanned: the
// two plain searches cost a fraction of the full pattern's try at every digit.
const MARKED_CODE = new RegExp(`[${SIGNS}]|Rs|SFr|Fr\\.|\\b(?:Ft|[Kk]r)\\b|${CODES}`);
const MARKED_WORD = /dollar|franc|euro|peso|sterling|yen|rupee|yuan|budget|funding|funded|allocat/i;

/**
 * The first amount in `text` marked as money by a currency or budget wording. With
 * `keepNonPositive`, zero and negative amounts are returned too (a cell's "$0 (cut)" is
 * an answer); otherwise they are skipped as not allocated.
 */
function scan(whole: string, keepNonPositive: boolean): Money | null {
  const text = whole.length > MAX_SCAN ? whole.slice(0, MAX_SCAN) : whole;
  if (!MARKED_CODE.test(text) && !MARKED_WORD.test(text)) return null;
  const re = TEXT_MONEY.re;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    let tag = 0;
    while (tag < TEXT_SLOTS.length - 1 && m[TEXT_SLOTS[tag].n1] === undefined) tag++;
    const slots = TEXT_SLOTS[tag];
    // Zero and negative amounts are dropped before any more work: a hostile cell can hold
    // thousands of them. A range is read again from its next character, for its upper end.
    if (!keepNonPositive && (m[slots.neg] !== undefined || m[slots.neg2] !== undefined || !NONZERO.test(m[slots.n1]))) {
      if (m[slots.range] !== undefined) re.lastIndex = m.index + 1;
      continue;
    }
    const offset = tag === 2 ? m[CTX_C].length : 0;
    const tail = tag === 3 ? m[TAIL_D].length : 0;
    const found = toMoney(m, slots, offset, tail);
    if (!found) continue;
    const start = m.index + offset;
    // Resume right after what was read, so a rejected range's upper end is read again.
    re.lastIndex = start + found.text.length;
    if (!found.marked) {
      if (tag !== 2 && start > 0 && WORD_CHAR_BEFORE.test(text[start - 1])) continue;
      if (!plausibleBareBudget(m[slots.n1], m[slots.s1])) continue;
      // Once a rejected range is cut off, the budget word no longer follows the amount.
      if (tag === 3 && found.text.length < m[0].length - tail) continue;
    }
    if (!plausibleForMarker(m[slots.pre] ?? m[slots.suf], m[slots.n1], m[slots.s1])) continue;
    const value = found.negative ? -found.amount : found.amount;
    if (!keepNonPositive && value <= 0) continue;
    return { amount: value, currency: found.currency, text: found.text };
  }
  return null;
}

// Currency marks that are also other words in plans: "Fr." is Friday in German ("Fr. 12.03."),
// "COP 30" a climate conference, "40 Ft" feet, "kr" an abbreviation.
const WORD_LIKE_MARKS = /^(?:Fr\.|[Kk]r\.?|Ft|COP)$/;

/** An amount marked only by such a mark is money when it is written as an amount: with a scale, or 100 or more. */
function plausibleForMarker(mark: string | undefined, n1: string, scale: string | undefined): boolean {
  if (mark === undefined || !WORD_LIKE_MARKS.test(mark.trim())) return true;
  if (scale) return true;
  const digits = decimalDigits(n1);
  return digits !== null && Number(digits) >= 100;
}

/** A number with no currency is a budget only if it could not be a year or a small count. */
function plausibleBareBudget(n1: string, scale: string | undefined): boolean {
  if (scale) return true;
  const digits = decimalDigits(n1);
  if (digits === null || Number(digits) < 1000) return false;
  return !(/^\d{4}$/.test(n1) && Number(digits) >= 1900 && Number(digits) <= 2199);
}

/**
 * Reads one alternative of a match as an amount; `offset` and `tail` are the lengths of
 * context words at either end that are not part of the amount's text. A range keeps its
 * lower bound; the upper bound's scale carries to a lower bound written without one
 * ("$1-2M" is $1M), unless that would put the lower bound above the upper. A "range"
 * whose upper end is smaller ("$5M to 2027") is not a range, and only the first amount
 * is kept.
 */
function toMoney(m: RegExpExecArray, slots: Slots, offset: number, tail: number): Reading | null {
  const part = (index: number): string | undefined => m[index];
  const n1 = decimalDigits(part(slots.n1));
  if (n1 === null) return null;
  let currencyText = part(slots.pre) ?? part(slots.suf);
  const writtenCurrency = currencyText ? currencyOf(currencyText) : null;
  let exponent = exponentOf(part(slots.s1), writtenCurrency, currencyText);
  let text = m[0].slice(offset, m[0].length - tail);
  const range = part(slots.range);
  if (range !== undefined) {
    const n2 = decimalDigits(part(slots.n2));
    const e2 = exponentOf(part(slots.s2), writtenCurrency, currencyText);
    const lowerExp = part(slots.s1) || n2 === null || Number(n1) > Number(n2) ? exponent : e2;
    if (n2 !== null && scaled(n1, lowerExp) <= scaled(n2, e2)) {
      exponent = lowerExp;
    } else {
      text = text.slice(0, text.length - range.length - (part(slots.sufw)?.length ?? 0));
      currencyText = part(slots.pre);
    }
  }
  const amount = scaled(n1, exponent);
  if (!Number.isFinite(amount)) return null;
  return {
    amount,
    currency: currencyText ? currencyOf(currencyText) : null,
    text,
    negative: Boolean(part(slots.neg) || part(slots.neg2)),
    marked: Boolean(currencyText),
  };
}

/** Currencies whose writers say "mil" for a thousand: Spanish and Portuguese speakers'. */
const THOUSAND_MIL = new Set(['BRL', 'EUR', 'MXN', 'ARS', 'CLP', 'COP', 'PEN', 'UYU']);
/** "US$" is how Latin American and Brazilian plans write dollars ("US$ 150 mil"); US plans write "$" or "USD". */
const LATIN_DOLLAR = /^us\$$/i;

function exponentOf(scale: string | undefined, currency?: string | null, currencyText?: string): number {
  if (!scale) return 0;
  const key = scale.toLowerCase().replace('.', '').normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/\s+/g, ' ');
  if (key === 'mil' && ((currency && THOUSAND_MIL.has(currency)) || (currencyText && LATIN_DOLLAR.test(currencyText)))) return 3;
  return SCALE_EXPONENT[key] ?? 0;
}

function scaled(digits: string, exponent: number): number {
  // Through the decimal string, so that 2.4M is exactly 2400000 and not 2399999.9999999995.
  return Number(exponent ? `${digits}e${exponent}` : digits);
}

/**
 * A digit string in plain decimal form whatever its grouping convention. When both `.`
 * and `,` appear, the last one is the decimal mark; a single separator is a decimal mark
 * unless exactly three digits follow it ("1,250" and "1.250" are thousands, "2,5" is two
 * and a half, "0.250" a quarter).
 */
function decimalDigits(raw: string | undefined): string | null {
  if (!raw) return null;
  const s = raw.replace(/[\s'’]/g, '');
  const lastDot = s.lastIndexOf('.');
  const lastComma = s.lastIndexOf(',');
  let decimalAt = -1;
  if (lastDot >= 0 && lastComma >= 0) {
    decimalAt = Math.max(lastDot, lastComma);
  } else if (lastDot >= 0 || lastComma >= 0) {
    const at = Math.max(lastDot, lastComma);
    const single = s.indexOf(s[at]) === at;
    const leadingZero = /^0+$/.test(s.slice(0, at));
    if (single && (s.length - at - 1 !== 3 || leadingZero)) decimalAt = at;
  }
  const digits = decimalAt >= 0 ? `${s.slice(0, decimalAt).replace(/[.,]/g, '')}.${s.slice(decimalAt + 1)}` : s.replace(/[.,]/g, '');
  return /^\d+(?:\.\d+)?$/.test(digits) ? digits : null;
}
