/**
 * Text similarity for linking: how close a parent reference is to a goal's title (fuzzy
 * title matching), and which goal an unlinked initiative most likely serves (TF-IDF
 * cosine over titles and descriptions). Small and dependency-free, since it runs inside
 * Apps Script.
 */
import { normalize } from './text';

// Words that hold a title together in the languages plans are kept in: shared by every two
// titles, they would make unrelated ones look alike ("de", "la", "en" in Spanish plans).
const STOPWORDS = new Set(
  (
    'a an and are as at be by for from has have in into is it its of on or our the their this to with we will all more than via per across over under new ' +
    'der die das den dem des ein eine einen einer eines und fur mit von vom zu zum zur im auf bei aus ' +
    'le la les l un une des du de d et pour en dans avec sur au aux par ' +
    'el los las del y para con por al lo ' +
    'il gli di della delle dei e per nel nella con ' +
    'o os as do da dos das em um uma com no na'
  ).split(' '),
);

/** A light English stem: enough to match "deliveries"/"delivery", "optimizing"/"optimization". */
// Four steps, each taking the longest of its endings: "-izations", "-ization", "-isation",
// "-ational", "-ations", "-ation" become "-ate"; "-ies" "-y"; "-ing", "-ed", "-es", "-s" go; then a final "-e".
export function stem(word: string): string {
  if (word.length <= 4) return word;
  let w = word;
  const ate = w.endsWith('izations') ? 8 : w.endsWith('ization') || w.endsWith('isation') || w.endsWith('ational') ? 7 : w.endsWith('ations') ? 6 : w.endsWith('ation') ? 5 : 0;
  if (ate) w = `${w.slice(0, w.length - ate)}ate`;
  if (w.endsWith('ies')) w = `${w.slice(0, w.length - 3)}y`;
  const ending = w.endsWith('ing') ? 3 : w.endsWith('ed') || w.endsWith('es') ? 2 : w.endsWith('s') ? 1 : 0;
  if (ending) w = w.slice(0, w.length - ending);
  return w.endsWith('e') ? w.slice(0, w.length - 1) : w;
}

export function tokens(text: string): string[] {
  return normalize(text)
    .split(' ')
    .filter((word) => word && !STOPWORDS.has(word))
    .map(stem);
}

const NON_ASCII = /[^\x00-\x7f]/;

/** A character normalize keeps in a word of ASCII text: a-z, 0-9, #, $ and %. */
function isWordCode(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || (code >= 35 && code <= 37);
}

/** The first of `tokens(text)`, or '' when there is none, without stemming the other words. */
export function firstToken(text: string): string {
  // Every plan row's title is asked this (is it a parent?), and most are ASCII: their words
  // are the runs normalize keeps ("&" becomes "and", a little word), read from the start
  // without normalising the whole title.
  if (!NON_ASCII.test(text)) {
    const lower = text.toLowerCase();
    for (let at = 0; at < lower.length; ) {
      while (at < lower.length && !isWordCode(lower.charCodeAt(at))) at++;
      const start = at;
      while (at < lower.length && isWordCode(lower.charCodeAt(at))) at++;
      if (at === start) break;
      const word = lower.slice(start, at);
      if (!STOPWORDS.has(word)) return stem(word);
    }
    return '';
  }
  const normal = normalize(text);
  for (let at = 0; at < normal.length; ) {
    const space = normal.indexOf(' ', at);
    const end = space < 0 ? normal.length : space;
    const word = normal.slice(at, end);
    if (word && !STOPWORDS.has(word)) return stem(word);
    at = end + 1;
  }
  return '';
}

/**
 * How alike a reference and a title are, 0-1, for matching a parent column to a goal:
 * each word of the shorter side counts as found when the other side has it, or has a word
 * it abbreviates ("rev" for "revenue", "op" for "operating").
 */
export function titleSimilarity(reference: string, title: string): number {
  const words = (text: string) => normalize(text).replace(/(\d)\s+%/g, '$1%').split(' ').filter(Boolean);
  const a = words(reference);
  const b = words(title);
  if (!a.length || !b.length) return 0;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  const matches = (word: string, other: string) =>
    word === other ||
    stem(word) === stem(other) ||
    (word.length >= 2 && other.length > word.length && other.startsWith(word) && !/^\d/.test(word)) ||
    isContraction(word, other) ||
    oneTypoApart(word, other);
  let found = 0;
  for (const word of short) {
    if (long.some((other) => matches(word, other) || matches(other, word))) found++;
    else if (isAcronymOf(word, long)) found++;
  }
  // A reference that is the start of a title ("Reduce store shrink") names it.
  if (found === short.length && short === a && a.length >= 2 && a.every((word, i) => matches(word, b[i]))) return 1;
  // Penalise a long title that only contains a short reference's few words (little words aside).
  const weight = (list: string[]) => Math.max(1, list.filter((word) => !STOPWORDS.has(word)).length);
  return (found / short.length) * Math.min(1, Math.sqrt(weight(short) / weight(long)) ** 0.5);
}

/** "mkt" for "market", "mgmt" for "management": the word's letters in order, from its first. */
function isContraction(word: string, other: string): boolean {
  if (word.length < 3 || other.length <= word.length + 1 || word[0] !== other[0] || !/^[a-z]+$/.test(word)) return false;
  let at = 0;
  for (const char of other) if (char === word[at]) at++;
  return at === word.length;
}

/** One letter wrong, missing, extra or swapped, in words long enough that this is a typo, not another word. */
function oneTypoApart(a: string, b: string): boolean {
  if (a.length < 6 || b.length < 6 || Math.abs(a.length - b.length) > 1 || /\d/.test(a + b)) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  return short.slice(i) === long.slice(i + 1);
}

/** "arr" for "annual recurring revenue": the initials of consecutive words of the other side. */
function isAcronymOf(word: string, words: string[]): boolean {
  if (word.length < 2 || word.length > 6 || !/^[a-z]+$/.test(word)) return false;
  for (let start = 0; start + word.length <= words.length; start++) {
    let initials = '';
    for (let i = start; i < start + word.length; i++) initials += words[i][0];
    if (initials === word) return true;
  }
  return false;
}

/**
 * A TF-IDF index over documents (goal texts), for ranking them against a query. Postings
 * (term -> documents) mean a query only touches the documents that share a word with it,
 * so ranking stays cheap on plans with thousands of goals.
 */
export class TfIdfIndex<T> {
  private readonly docs: Array<{ item: T; norm: number }> = [];
  private readonly postings = new Map<string, Array<{ doc: number; weight: number }>>();
  private readonly df = new Map<string, number>();

  /** `tokenize` is `tokens` unless a caller that indexes the same texts again passes a remembering one. */
  constructor(
    entries: Array<{ item: T; text: string }>,
    private readonly tokenize: (text: string) => string[] = tokens,
  ) {
    const termLists = entries.map((entry) => tokenize(entry.text));
    for (const terms of termLists) for (const term of new Set(terms)) this.df.set(term, (this.df.get(term) ?? 0) + 1);
    entries.forEach((entry, doc) => {
      const weights = this.weigh(termLists[doc]);
      for (const [term, weight] of weights) {
        const list = this.postings.get(term);
        if (list) list.push({ doc, weight });
        else this.postings.set(term, [{ doc, weight }]);
      }
      this.docs.push({ item: entry.item, norm: norm(weights) });
    });
  }

  private idf(term: string): number {
    return Math.log(1 + (this.docs.length + 1) / ((this.df.get(term) ?? 0) + 1));
  }

  private weigh(terms: string[]): Map<string, number> {
    const counts = new Map<string, number>();
    for (const term of terms) counts.set(term, (counts.get(term) ?? 0) + 1);
    const weights = new Map<string, number>();
    for (const [term, count] of counts) weights.set(term, (1 + Math.log(count)) * this.idf(term));
    return weights;
  }

  /** The documents ranked by cosine similarity to the query text, best first; zero scores left out. */
  rank(query: string, accept: (item: T) => boolean = () => true): Array<{ item: T; score: number }> {
    const ranked: Array<{ item: T; score: number }> = [];
    this.score(query, (item, score) => {
      if (accept(item)) ranked.push({ item, score });
    });
    return ranked.sort((a, b) => b.score - a.score);
  }

  /** The first of `rank(query)`, without ranking the rest: the roll-up asks this for every initiative with no goal. */
  best(query: string): { item: T; score: number } | undefined {
    let top: { item: T; score: number } | undefined;
    this.score(query, (item, score) => {
      // Strictly greater: of equal scores the first scored stays first, as the stable sort keeps it.
      if (!top || score > top.score) top = { item, score };
    });
    return top;
  }

  /** Each document sharing a term with the query, with its cosine similarity, in the order they are first met. */
  private score(query: string, each: (item: T, score: number) => void): void {
    const weights = this.weigh(this.tokenize(query));
    const queryNorm = norm(weights);
    if (!queryNorm) return;
    const dots = new Map<number, number>();
    for (const [term, weight] of weights) {
      for (const posting of this.postings.get(term) ?? []) dots.set(posting.doc, (dots.get(posting.doc) ?? 0) + weight * posting.weight);
    }
    for (const [doc, dot] of dots) {
      const { item, norm: docNorm } = this.docs[doc];
      if (docNorm) each(item, dot / (queryNorm * docNorm));
    }
  }
}

function norm(weights: Map<string, number>): number {
  let sum = 0;
  for (const weight of weights.values()) sum += weight * weight;
  return Math.sqrt(sum);
}
