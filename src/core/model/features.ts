/**
 * The features of a statement, named so a reader can follow them. Words and word pairs
 * (stemmed, `w:` and `b:`), the words at the opening (`f1:`, `f2:`), the kinds of words it
 * holds (`k:`: a work verb, a deliverable, a result word, funding), its shape (`s:`: length,
 * written as a title, a sentence, a number, a percentage) and the criteria its words show
 * (`c:`: a budget, a time-frame, a named person, an organization), and the letters of its words
 * (`x:`: four-letter pieces and endings), which let the model read words it never saw. Each feature keeps the
 * words that raised it, so a reason can quote the user's own text.
 */
import { ASPIRATION_OPENERS, DELIVERABLES, FUNDING, OUTCOME_VERBS, RESULT_WORDS, WORK_NOUNS, WORK_VERBS } from './lexicon';
import { guessLanguage, isFunctionWord, stemWord, type Language } from './stemmer';
import { remembered, rememberedPair } from './remember';
import { statementWords } from './words';

/** The features one word raised by itself: its stem and its letter pieces. */
export interface WordFeatures {
  /** The folded word, as written (not stemmed). */
  form: string;
  /** True for a word that carries meaning by itself: three letters or more, not an acronym or code ("SKU", "B"). */
  content: boolean;
  /** True when written with a capital letter. */
  capital: boolean;
  /** Its stem feature (`w:…`). */
  word: string;
}

export interface StatementFeatures {
  hits: FeatureHit[];
  /** Per word with letters, the features of its own: whether the model knows a word is read from these. */
  words: WordFeatures[];
}

export interface FeatureHit {
  name: string;
  /** The statement's own words that raised it. */
  text: string;
}

/** Criteria a statement's words already showed (the engine reads these anyway). */
export interface TextCriteria {
  budget?: boolean;
  timeframe?: boolean;
  leadership?: boolean;
  organization?: boolean;
}

const VERB_CUES = new Set(['to', 'and', 'will', 'we', 'shall', 'must', 'then', 'also', 'or', 'et', 'y', 'e', 'o', 'ou', 'pour', 'para', 'per']);

function lengthBucket(count: number): string {
  if (count <= 2) return 's:1-2 words';
  if (count <= 5) return 's:3-5 words';
  if (count <= 10) return 's:6-10 words';
  if (count <= 20) return 's:11-20 words';
  return 's:over 20 words';
}

/**
 * How many of a statement's words are rare in plans: words no other writer used name a
 * system, a place, a product — the specifics of a project — where goals use the common words
 * of results. Training counts a word as common when other organisations used it; the shipped
 * model, when it has a weight for it.
 */
export function rarityFeature(rare: number, words: number): string | null {
  if (words < 2) return null;
  const share = rare / words;
  if (share === 0) return 's:no rare words';
  if (share < 0.2) return 's:a few rare words';
  if (share < 0.4) return 's:many rare words';
  return 's:mostly rare words';
}

/** "Schulungsprogramm", "Kundenportal": a German compound is what its last part is. */
function compoundEndsIn(form: string, words: ReadonlySet<string>): boolean {
  if (form.length < 10) return false;
  for (let start = 4; start <= form.length - 6; start++) if (words.has(form.slice(start))) return true;
  return false;
}

/** The features of one statement, each once, in the order they were found. */
export function statementFeatures(text: string, criteria: TextCriteria = {}): FeatureHit[] {
  return readFeatures(text, criteria).hits;
}

/** The features of one statement, and which of them each word raised. */
export function readFeatures(text: string, criteria: TextCriteria = {}): StatementFeatures {
  const own: WordFeatures[] = [];
  const hits = new Map<string, string>();
  visitFeatures(text, criteria, (name, shown) => {
    if (!hits.has(name)) hits.set(name, shown);
  }, own);
  return { hits: [...hits].map(([name, shown]) => ({ name, text: shown })), words: own };
}

/**
 * Receives each feature as it is found, repeats included (the first one counts), with the
 * words that raised it: how scoring reads a statement without building the feature list.
 */
export type FeatureVisitor = (name: string, shown: string) => void;

function makeLetterPieces(form: string): string[] {
  const pieces: string[] = [];
  if (form.length > 4) pieces.push(`x:-${form.slice(-3)}`);
  const padded = ` ${form} `;
  for (let c = 0; c + 4 <= padded.length; c++) pieces.push(`x:${padded.slice(c, c + 4)}`);
  return pieces;
}

const letterPieces = remembered(makeLetterPieces);
const stemOf = rememberedPair((language, form) => stemWord(form, language as Language));
const stemFeature = remembered((stem) => `w:${stem}`);
const pairFeature = rememberedPair((before, stem) => `b:${before} ${stem}`);

// The kinds a word is of, by its stem or its written form.
const WORK_VERB = 1;
const OUTCOME_VERB = 2;
const WORK_NOUN = 4;
const DELIVERABLE = 8;
const RESULT_WORD = 16;
const FUNDING_WORD = 32;

function kindsOf(stem: string, form: string): number {
  const has = (words: ReadonlySet<string>) => words.has(stem) || words.has(form);
  let kinds = 0;
  if (has(WORK_VERBS)) kinds |= WORK_VERB;
  if (has(OUTCOME_VERBS)) kinds |= OUTCOME_VERB;
  if (has(WORK_NOUNS) || compoundEndsIn(form, WORK_NOUNS)) kinds |= WORK_NOUN;
  if (has(DELIVERABLES) || compoundEndsIn(form, DELIVERABLES)) kinds |= DELIVERABLE;
  if (has(RESULT_WORDS)) kinds |= RESULT_WORD;
  if (has(FUNDING)) kinds |= FUNDING_WORD;
  return kinds;
}

const wordKinds = rememberedPair(kindsOf);

/** Calls `add` with every feature of a statement in the order readFeatures lists them, and fills `own` with its words' own features. */
export function visitFeatures(text: string, criteria: TextCriteria, add: FeatureVisitor, own: WordFeatures[]): void {
  const words = statementWords(text);
  const forms = words.map((word) => word.form);
  const language = guessLanguage(forms);
  const stems = forms.map((form) => stemOf(language, form));

  let lettered = 0;
  let capitals = 0;
  for (let i = 0; i < words.length; i++) {
    const word = words[i];
    const stem = stems[i];
    const stemName = stemFeature(stem);
    add(stemName, word.text);
    if (i > 0) add(pairFeature(stems[i - 1], stem), `${words[i - 1].text} ${word.text}`);
    if (word.form.charCodeAt(0) !== 60) {
      lettered++;
      if (word.capital) capitals++;
    }
    if (word.form.charCodeAt(0) !== 60) {
      // Word endings and inner letters carry meaning across unseen words and languages
      // ("-ung", "-zione" name work as nouns; "-ly", "-er" describe states).
      for (const piece of letterPieces(word.form)) add(piece, word.text);
      // Single letters ("B" of a code "XJ-4471-B") say nothing about knowing the words.
      if (word.form.length > 1) {
        const content = word.form.length >= 3 && !(word.text.length <= 5 && word.text === word.text.toUpperCase());
        own.push({ form: word.form, content, capital: word.capital, word: stemName });
      }
    }
    const form = word.form;
    const kinds = wordKinds(stem, form);
    const workVerb = (kinds & WORK_VERB) !== 0;
    // A work word is a verb where a verb stands: first, or after "to", "and", "will" ("the SOC 2
    // audit", "a security review" are nouns, results to reach).
    if (workVerb && (i === 0 || VERB_CUES.has(words[i - 1].form) || language === 'de')) add('k:a work verb', word.text);
    if (kinds & OUTCOME_VERB) add('k:a verb of change or result', word.text);
    if (kinds & WORK_NOUN) add('k:names work to be done', word.text);
    // "Build", "Pilot", "Train" share their stem with "building", "pilot", "training": a verb is read as a verb.
    else if (!workVerb && kinds & DELIVERABLE) add('k:a named deliverable', word.text);
    // "the top 50 customers" names whom the work is for, not a rank to reach ("top 3 in the market").
    const scope = form === 'top' && words[i + 1]?.form === '<num>' && words[i + 2] && !isFunctionWord(words[i + 2].form);
    if (scope) add('k:a scope (the top so many)', `${word.text} ${words[i + 1].text} ${words[i + 2].text}`);
    else if (kinds & RESULT_WORD) add('k:a measured result or state', word.text);
    if (kinds & FUNDING_WORD) add('k:funding words', word.text);
    if (word.form === '<pct>') add('k:a percentage', `${word.text}%`);
    if (word.form === '<year>') add('k:a year', word.text);
  }

  // The opening: skip list numbering, and read past "To" / "We" / "Our" to the verb.
  let open = 0;
  while (open < words.length && words[open].form.charCodeAt(0) === 60) open++;
  if (open < words.length) {
    add(`f1:${stems[open]}`, words[open].text);
    const first = stems[open];
    const next = ASPIRATION_OPENERS.has(words[open].form) ? open + 1 : open;
    if (next !== open && next < words.length) add(`f2:${stems[next]}`, `${words[open].text} ${words[next].text}`);
    const verb = stems[next];
    if (verb !== undefined) {
      const form = words[next].form;
      if (WORK_VERBS.has(verb) || WORK_VERBS.has(form)) add('k:opens with a work verb', words[next].text);
      else if (OUTCOME_VERBS.has(verb) || OUTCOME_VERBS.has(form)) add('k:opens with a verb of change or result', words[next].text);
    }
    if (first === undefined) add('s:no words', '');
  }

  // German puts the verb last ("Ausfallzeiten halbieren", "neues CRM einführen"); in the other
  // languages a last word is a noun ("the SOC 2 audit").
  let last = words.length - 1;
  while (last > open && words[last].form.charCodeAt(0) === 60) last--;
  if (language === 'de' && last > open) {
    const form = words[last].form;
    if (WORK_VERBS.has(stems[last]) || WORK_VERBS.has(form)) add('k:closes with a work verb', words[last].text);
    else if (OUTCOME_VERBS.has(stems[last]) || OUTCOME_VERBS.has(form)) add('k:closes with a verb of change or result', words[last].text);
  }
  add(lengthBucket(words.length), `${words.length} words`);
  if (lettered >= 2 && text.length > 8 && text === text.toUpperCase() && /[A-Z]/.test(text)) add('s:written in capitals', text.slice(0, 30));
  if (lettered >= 2 && capitals / lettered >= 0.6) add('s:written as a title', text.slice(0, 40));
  const trimmed = text.trimEnd();
  if (/[.!]$/.test(trimmed) && words.length > 3) add('s:a full sentence', trimmed.slice(-20));
  if (/:\s/.test(text.slice(0, 200))) add('s:has a label and a colon', text.slice(0, text.indexOf(':') + 1));
  if (text.includes('(')) add('s:has a remark in brackets', '(…)');

  if (criteria.budget) add('c:a budget in the text', '');
  if (criteria.timeframe) add('c:a time-frame in the text', '');
  if (criteria.leadership) add('c:a named person in the text', '');
  if (criteria.organization) add('c:an organization in the text', '');
}
