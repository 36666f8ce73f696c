/**
 * The words of a statement as the statement model reads them: folded to lower case without
 * accents, numbers turned into the kind of number they are (a year, a percentage, an amount),
 * each word kept beside its surface form so a reason can quote what the user wrote.
 * One pass over the text, no regular expression per word: it runs on every row.
 */
import { CURRENCY_CODES, CURRENCY_SIGNS } from '../lexicon';
import { remembered } from './remember';

export interface Word {
  /** The folded form: lower case, no accents, ß as ss; numbers as `<year>`, `<pct>`, `<num>`, `<money>`. */
  form: string;
  /** The word as written, for reasons. */
  text: string;
  /** True when the written word starts with a capital letter. */
  capital: boolean;
}

const YEAR = /^(?:19|20)\d\d$/;
const LIGATURES: Record<string, string> = { œ: 'oe', æ: 'ae', ø: 'o', ł: 'l', đ: 'd', ı: 'i' };

function isLetter(code: number): boolean {
  return (
    (code >= 97 && code <= 122) ||
    (code >= 65 && code <= 90) ||
    (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7) ||
    (code >= 0x370 && code <= 0x3ff) ||
    (code >= 0x400 && code <= 0x4ff) ||
    code >= 0x3040 // kana, CJK: each such run is one "word"; the model knows few of them
  );
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** Lower case without accents: "Maßnahme" → "massnahme", "Éducation" → "education". */
export function fold(word: string): string {
  const lower = word.toLowerCase();
  // Decomposition is the costly step and plain ASCII needs none.
  if (!/[^\x00-\x7f]/.test(lower)) return lower;
  // Letters that carry no accent to strip are written out as the Latin letters they stand for ("mise en œuvre" as "oeuvre").
  return lower.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/ß/g, 'ss').replace(/[œæøłđı]/g, (c) => LIGATURES[c]);
}

// Plans reuse a small vocabulary: each written word is folded once.
const foldedWord = remembered((raw) => {
  const form = fold(raw).replace(/[’']/g, '');
  return MONEY_WORDS.has(form) ? '<money>' : form;
});

const CURRENCY = new Set<string>(CURRENCY_SIGNS);
const ELISIONS = new Set(['l', 'd', 'j', 'm', 'n', 's', 't', 'c', 'qu', 'jusqu', 'lorsqu', 'puisqu', 'dell', 'nell', 'all', 'dall', 'sull', 'un', 'quell']);
const MONEY_WORDS = new Set(CURRENCY_CODES.map((code) => code.toLowerCase()));

/**
 * Splits a statement into words. Letters (with inner hyphens and apostrophes) make a word;
 * a run of digits with its separators is one number, classed by what follows or precedes it.
 */
export function statementWords(text: string, limit = 600): readonly Word[] {
  // A goal's text is split again for its theme right after the model split it: the last
  // split is kept (callers only read it).
  if (text === lastText && limit === lastLimit) return lastWords;
  const words = splitWords(text, limit);
  lastText = text;
  lastLimit = limit;
  lastWords = words;
  return words;
}

let lastText = '';
let lastLimit = 0;
let lastWords: readonly Word[] = [];

function splitWords(text: string, limit: number): Word[] {
  const words: Word[] = [];
  const end = Math.min(text.length, limit);
  let i = 0;
  while (i < end) {
    const code = text.charCodeAt(i);
    if (isLetter(code)) {
      let j = i + 1;
      let apostrophe = -1;
      while (j < end) {
        const next = text.charCodeAt(j);
        if (isLetter(next) || isDigit(next)) j++;
        else if ((next === 45 || next === 39 || next === 0x2019) && j + 1 < end && isLetter(text.charCodeAt(j + 1))) {
          if (next !== 45 && apostrophe < 0) apostrophe = j - i;
          j += 2;
        } else break;
      }
      let raw = text.slice(i, j);
      // French and Italian elide an article into the next word ("d’attrition", "l’offre",
      // "dell’azienda"): the word is what follows the apostrophe.
      if (apostrophe > 0 && ELISIONS.has(raw.slice(0, apostrophe).toLowerCase())) {
        i += apostrophe + 1;
        raw = raw.slice(apostrophe + 1);
      }
      const first = raw.charCodeAt(0);
      const capital = first >= 65 && first <= 90 ? true : first > 0xbf && raw[0] !== raw[0].toLowerCase();
      words.push({ form: foldedWord(raw), text: raw, capital });
      i = j;
    } else if (isDigit(code)) {
      let j = i + 1;
      while (j < end) {
        const next = text.charCodeAt(j);
        if (isDigit(next)) j++;
        else if ((next === 46 || next === 44) && j + 1 < end && isDigit(text.charCodeAt(j + 1))) j += 2;
        else break;
      }
      const raw = text.slice(i, j);
      const before = i > 0 ? text[i - 1] : '';
      let after = j < end ? text[j] : '';
      if (after === ' ' && j + 1 < end && (text[j + 1] === '%' || CURRENCY.has(text[j + 1]))) after = text[j + 1];
      let form = '<num>';
      if (after === '%') form = '<pct>';
      else if (CURRENCY.has(before) || CURRENCY.has(after)) form = '<money>';
      else if (YEAR.test(raw)) form = '<year>';
      words.push({ form, text: raw, capital: false });
      i = j;
    } else {
      i++;
    }
  }
  return words;
}
