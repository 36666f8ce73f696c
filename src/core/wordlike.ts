/**
 * Whether text reads as words at all: a cheap check that keeps random letters, hashes and
 * binary debris from being read as plan statements. It knows no vocabulary, only the
 * shape of words in the languages Goalpost reads (English, German, French, Spanish):
 * vowels among the consonants, no long consonant runs once digraphs such as "sch" and "th"
 * count as one sound, unless the run is where one part of a word ends and the next begins. Acronyms, numbers and one-letter tokens are neither words nor junk.
 * Log lines and program code are told by their own marks. The statement model refines
 * this with the words it knows.
 */
import { normalize } from './text';
import { lex } from './tokens';

const DIGRAPHS = /sch|tch|ch|sh|th|ph|gh|ck|ng|qu|ll|rr|ss|tt|nn|mm|pp|ff|gn|wr|kn/g;
const VOWEL = /[aeiouy]/;
const CONSONANT_RUN = /[^aeiouy]{4,}/g;
/**
 * The consonants a syllable may open with, digraphs folded to "x" ("schr" → "xr"). A longer
 * run is a word's end meeting the next part's start: German compounds ("Wind|kraft",
 * "Heiz|strahler"), and English too ("in|strument", "boot|strap").
 */
const ONSETS = new Set(
  ('bl br cl cr dr fl fr gl gr kl kr pl pr sk sl sm sn sp st sw tr tw wr zw pf ts gn vr xr xl xw xm xn xt ' +
    'str spr spl skr scr xtr').split(' '),
);
/** At most this many consonants may close a syllable before the next one's opening. */
const MAX_CODA = 3;

/** A run of four or more consonants that is not the end of one part and the start of the next. */
function hasUnspeakableRun(folded: string): boolean {
  for (const [run] of folded.matchAll(CONSONANT_RUN)) {
    let speakable = false;
    for (let onset = 2; onset <= 3 && !speakable; onset++) {
      speakable = run.length - onset <= MAX_CODA && ONSETS.has(run.slice(-onset));
    }
    if (!speakable) return true;
  }
  return false;
}

/**
 * A log line opens with a date and a clock time, a date and a level, or a level and what a
 * server logs (a status code, a request, a path); no plan statement does.
 */
const LOG_LINE =
  /^\s*\[?\d{4}-\d{2}-\d{2}(?:[ T]\d{1,2}:\d{2}|\]?\s+\[?(?:ERROR|WARN|WARNING|INFO|DEBUG|TRACE|FATAL|CRITICAL)\b)|^\s*\[?\d{1,2}:\d{2}:\d{2}|^\s*\[?(?:ERROR|WARN|WARNING|INFO|DEBUG|TRACE|FATAL)\]?:?\s+(?:\d{3}\b|(?:GET|POST|PUT|PATCH|DELETE|HEAD)\s+\/|\/)/;
/**
 * A query: SQL's keywords in capitals around a table's name. "Select a vendor from the
 * shortlist" is no query: "a vendor" is not a column list.
 */
const SQL = /^\s*(?:SELECT\s+(?:\*|[\w.]+(?:\s*,\s*[\w.]+)*)\s+FROM\s+[\w.]+|INSERT\s+INTO\s+[\w.]+|DELETE\s+FROM\s+[\w.]+|UPDATE\s+[\w.]+\s+SET\s+\w+\s*=|(?:CREATE|DROP|ALTER)\s+TABLE\s+[\w.]+)/;
/** An HTML element with an attribute ("<img src=…>"): markup, whatever words it holds. */
const TAG_WITH_ATTRIBUTE = /<[a-z][a-z0-9]*\s+[a-z-]+\s*=/i;
/**
 * Marks of program code: a call ("foo("), an assignment or comparison, braces, a
 * statement-ending semicolon, increments, negation, tags. Prose has one at most.
 */
const CODE_MARKS = /\w\(|[a-z]\.[a-z]{2,}\b|\s=\s|[=!<>+\-*/]=|=>|&&|\|\||\+\+|::|[{}]|;\s*$|![\w(]|<\/?\w+[^>]*>/g;
// Every code mark has one of these: most prose has none, or only a "(" after a space or a
// "." after a word, and is not searched for marks.
const CODE_SIGNS = /[=&|+:{};!<]/;
const WORD_CHAR = /\w/;
const LOWER = /[a-z]/;

/** Whether CODE_MARKS can match: a sign of code, a "(" after a word character or a "." between small letters. */
function mayHaveCodeMarks(text: string): boolean {
  if (CODE_SIGNS.test(text)) return true;
  for (let at = text.indexOf('('); at >= 0; at = text.indexOf('(', at + 1)) if (at > 0 && WORD_CHAR.test(text[at - 1])) return true;
  for (let at = text.indexOf('.'); at >= 0; at = text.indexOf('.', at + 1)) {
    if (at > 0 && LOWER.test(text[at - 1]) && LOWER.test(text.charAt(at + 1))) return true;
  }
  return false;
}

/** Share of a statement's word-like tokens below which it does not read as words. */
const MIN_SHARE = 0.6;

/** True or false for a word's shape; null for a short token with a vowel ("of", "la"), which says nothing. */
function isWordLike(token: string): boolean | null {
  const folded = token.replace(DIGRAPHS, 'x');
  if (!VOWEL.test(folded)) return false;
  if (folded.length < 4) return null;
  if (hasUnspeakableRun(folded) || /(.)\1\1/.test(token)) return false;
  const vowels = folded.replace(/[^aeiouy]/g, '').length;
  // One vowel in eight letters: "strengths", "sprint" and "script" are words; random letters
  // fail on their consonant runs long before they fail here.
  return vowels / folded.length >= 0.125;
}

/** A token's shape as a word (see isWordLike), or undefined when it says nothing: under two letters, an acronym, digits, no Latin letters. */
function tokenShape(token: string): boolean | null | undefined {
  if (token.length < 2 || /\p{N}/u.test(token)) return undefined;
  if (token.length <= 5 && token === token.toUpperCase()) return undefined;
  // Scripts without Latin letters (Cyrillic, CJK…) fold to nothing here: not judged.
  const folded = normalize(token);
  return /^[a-z]+$/.test(folded) ? isWordLike(folded) : undefined;
}

// Statements reuse their words, so each token's shape is judged once (bounded like memo.ts),
// as a number so that one lookup answers: a word, not a word, or nothing to judge.
const MAX_REMEMBERED = 50_000;
const NOT_A_WORD = 0;
const A_WORD = 1;
const UNJUDGED = 2;
const shapes = new Map<string, number>();

function shapeOf(token: string): number {
  const known = shapes.get(token);
  if (known !== undefined) return known;
  const shape = tokenShape(token);
  const code = shape === true ? A_WORD : shape === false ? NOT_A_WORD : UNJUDGED;
  if (shapes.size >= MAX_REMEMBERED) shapes.clear();
  shapes.set(token, code);
  return code;
}

/**
 * True when most of the text's tokens are shaped like words, or when it has no tokens to
 * judge (a bare amount, a code such as "NB-I3": other checks decide those); false for
 * punctuation alone, a log line or a line of program code.
 */
export function readsAsWords(text: string): boolean {
  if (LOG_LINE.test(text) || SQL.test(text) || TAG_WITH_ATTRIBUTE.test(text)) return false;
  const tokens = lex(text);
  let left = 0;
  for (const token of tokens) if (token.word) left++;
  // Nothing but punctuation ("}", "--;") is debris, not a statement.
  if (!left) return false;
  let words = 0;
  let judged = 0;
  let enough = false;
  for (const token of tokens) {
    if (!token.word) continue;
    left--;
    const shape = shapeOf(token.text);
    if (shape === UNJUDGED) continue;
    judged++;
    if (shape === A_WORD) words++;
    // Even if every token left were judged no word, the share would hold: the rest need no judging.
    if (words / (judged + left) >= MIN_SHARE) {
      enough = true;
      break;
    }
  }
  if (!enough && judged !== 0 && words / judged < MIN_SHARE) return false;
  const marks = mayHaveCodeMarks(text) ? (text.match(CODE_MARKS) ?? []).length : 0;
  const spaced = marks ? text.trim().split(/\s+/).length : 0;
  return !(marks && marks >= 0.25 * spaced && (marks >= 2 || (marks === 1 && spaced <= 2)));
}
