/**
 * Units a column states once for all its values: a currency and a scale in the header
 * ("Budget (USD)", "Kosten in T€", "Budget k€", "Montant (M€)"), or an .xlsx number format
 * ("$#,##0", "#,##0 [$€-407]"). A bare number under such a header is an amount in it.
 */
import { CURRENCY_NAMES } from '../lexicon';
import { cellText } from '../text';
import type { CellValue } from '../types';

export interface ColumnUnit {
  currency: string | null;
  /** What one unit of the values is worth: 1000 for "k€" or "TEUR", 1e6 for "M€" or "Mio. €". */
  scale: number;
}

// Signs and codes as a header or a number format writes them ("Budget (USD)", "k€", "[$€-407]");
// scale letters stuck to a sign ("k€", "m$") are the scale's, read by scaleIn.
const CURRENCY_WORD = /us\$|[a-z]{2,3}\$|[$€£¥₹₩]|[a-z]+/g;

function currencyIn(text: string): string | null {
  const written = text.toLowerCase().match(CURRENCY_WORD) ?? [];
  for (let i = 0; i < written.length; i++) {
    // Two words first: "swiss francs", "us dollars".
    const code = (i + 1 < written.length ? CURRENCY_NAMES[`${written[i]} ${written[i + 1]}`] : undefined) ?? CURRENCY_NAMES[written[i]];
    if (code) return code;
  }
  return null;
}

function scaleIn(text: string): number {
  // A scale alone in brackets, the currency left to the cells or their format: "Budget (k)", "Kosten (Tsd.)", "Budget ('000)".
  if (/\((?:k|t|tsd\.?|'?000s?)\)/i.test(text)) return 1000;
  if (/\((?:m|mio\.?|mn|mm)\)/i.test(text)) return 1e6;
  if (/(?:^|[^a-z])(?:k|t|tsd\.?|tausend|thousands?|milliers?|miles|000s?)\s*(?:€|\$|£|eur|usd|gbp|chf)|(?:teur|tusd|k€|k\$|keur|kusd)(?![a-z])|in thousands|en milliers|en miles|in tausend/i.test(text)) return 1000;
  if (/(?:^|[^a-z])(?:m|mio\.?|mn|mm|millions?|millones?|mill\.?)\s*(?:€|\$|£|eur|usd|gbp|chf)|(?:meur|musd|m€|m\$)(?![a-z])|in millions|en millions|en millones|in mio/i.test(text)) return 1e6;
  return 1;
}

/** The unit a money header states, or null when it states none. */
export function unitOfHeader(header: string): ColumnUnit | null {
  const text = header.toLowerCase();
  const currency = currencyIn(text);
  const scale = scaleIn(text);
  if (!currency && scale === 1) return null;
  return { currency, scale };
}

/** The currency an Excel number format shows: `$#,##0`, `#,##0.00 "€"`, `[$€-407] #,##0`, `[$USD] #,##0`. */
export function currencyOfNumberFormat(format: string | undefined): string | null {
  if (!format || !/[#0]/.test(format)) return null;
  const bracket = /\[\$([^\]-]*)/.exec(format);
  const text = bracket ? bracket[1] : format.replace(/"([^"]*)"/g, ' $1 ');
  return currencyIn(text);
}

/** A bare number (or numeric text with no currency of its own) as an amount in the column's unit; other values as they are. */
export function withUnit(value: CellValue, unit: ColumnUnit): CellValue {
  let amount: number | null = null;
  if (typeof value === 'number' && Number.isFinite(value)) amount = value;
  else if (typeof value === 'string') {
    const text = cellText(value);
    if (/^\d{1,3}(?:[ ,.\u00a0\u202f]\d{3})*(?:[.,]\d+)?$|^\d+(?:[.,]\d+)?$/.test(text)) {
      return `${unit.scale === 1e6 ? `${text} M` : unit.scale === 1000 ? `${text} k` : text} ${unit.currency ?? ''}`.trim();
    }
  }
  if (amount === null) return value;
  return `${amount * unit.scale} ${unit.currency ?? ''}`.trim();
}
