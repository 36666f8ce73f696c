/**
 * The features of a statement, named so a reader can follow them. Words and word pairs
 * (stemmed, `w:` and `b:`), the words at the opening (`f1:`, `f2:`), the kinds of words it
 * holds (`k:`: a work verb, a deliverable, a result word, funding), its shape (`s:`: length,
 * written as a title, a sentence, a number, a percentage) and the criteria its words show
 * (`c:`: a budget, a time-frame, a named person, an organization), and the letters of its words
 * (`x:`: four-letter pieces and endings), which let the model read words it never saw. Each feature keeps the
 * words that raised it, so a reason can quote the user's own text.
 */
import { ASPIRATION_OPENERS, DELIVERABLES, FUNDING, NAMING_WORDS, OUTCOME_VERBS, PROGRAM_NOUNS, RESULT_WORDS, WORK_NOUNS, WORK_VERBS } from './lexicon';
import { guessLanguage, isFunctionWord, stemWord, type Language } from './stemmer';
import { rememberedPair } from './remember';
import { statementWords, type Word } from './words';

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

/** `text === text.toUpperCase()`, without making the copy for plain ASCII. */
function unchangedInCapitals(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 97 && code <= 122) return false;
    if (code > 127) return text === text.toUpperCase();
  }
  return true;
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
  const words = statementWords(text);
  visitFeatures(text, words, criteria, {
    span: (name, first, last) => {
      if (!hits.has(name)) hits.set(name, spanText(words, first, last));
    },
    stem: (reading, at) => {
      if (!hits.has(reading.name)) hits.set(reading.name, words[at].text);
    },
    pair: (before, reading, at) => {
      const name = pairName(before, reading);
      if (!hits.has(name)) hits.set(name, spanText(words, at - 1, at));
    },
    pieces: (reading, at) => {
      for (const name of reading.pieces) if (!hits.has(name)) hits.set(name, words[at].text);
    },
    text: (name, shown) => {
      if (!hits.has(name)) hits.set(name, shown);
    },
    word: (reading, content, capital) => {
      own.push({ form: reading.form, content, capital, word: reading.name });
    },
  });
  return { hits: [...hits].map(([name, shown]) => ({ name, text: shown })), words: own };
}

/**
 * Receives each feature as it is found, repeats included (the first one counts). A feature
 * that words raised comes as the span of words that raised it, so a reader that only sums
 * weights builds no text; a word's own features come as its reading, the same object each
 * time the word is met, so a reader may key its own lookups on it.
 */
export interface FeatureSink {
  span(name: string, first: number, last: number): void;
  /** A word's stem feature; its letter pieces come after the pair that ends at it. */
  stem(reading: WordReading, at: number): void;
  /** The pair of the word before `at` and the word at `at` (its name is pairName(before, reading)). */
  pair(before: WordReading, reading: WordReading, at: number): void;
  pieces(reading: WordReading, at: number): void;
  text(name: string, shown: string): void;
  /**
   * Each word with letters (not a number, not a single letter), once, with what knowing it is
   * read from. `shouted`: a short word in a line written all in capitals, where its capitals
   * do not make it an acronym ("CUT COST TO SERVE"): a word if the model knows it, a code if not.
   */
  word(reading: WordReading, content: boolean, capital: boolean, shouted: boolean): void;
}

/** The words first..last as written, for a reason to quote. */
export function spanText(words: readonly Word[], first: number, last: number): string {
  let shown = words[first].text;
  for (let i = first + 1; i <= last; i++) shown += ` ${words[i].text}`;
  return shown;
}

function makeLetterPieces(form: string): string[] {
  const pieces: string[] = [];
  if (form.length > 4) pieces.push(`x:-${form.slice(-3)}`);
  const padded = ` ${form} `;
  for (let c = 0; c + 4 <= padded.length; c++) pieces.push(`x:${padded.slice(c, c + 4)}`);
  return pieces;
}

const pairFeature = rememberedPair((before, stem) => `b:${before} ${stem}`);

/** The feature of two words in a row (`b:…`). */
export function pairName(before: WordReading, reading: WordReading): string {
  return pairFeature(before.stem, reading.stem);
}

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

/** What the model reads of one written word in one language, worked out once: plans reuse a small vocabulary. */
export interface WordReading {
  /** The folded word it reads. */
  form: string;
  stem: string;
  /** Its stem feature (`w:…`). */
  name: string;
  kinds: number;
  /** Its letter pieces (`x:…`); none for a number. */
  pieces: readonly string[];
}

const NO_PIECES: readonly string[] = [];

const readingOf = rememberedPair((language, form): WordReading => {
  const stem = stemWord(form, language as Language);
  return { form, stem, name: `w:${stem}`, kinds: kindsOf(stem, form), pieces: form.charCodeAt(0) === 60 ? NO_PIECES : makeLetterPieces(form) };
});

/**
 * Gives `sink` every feature of a statement (`words` are its statementWords, which the spans
 * count in) in the order readFeatures lists them, and each of its words.
 */
export function visitFeatures(text: string, words: readonly Word[], criteria: TextCriteria, sink: FeatureSink): void {
  // Lists built by push, not map: optimised code makes a map's result a holey array and the
  // interpreter a packed one, and code compiled on one kind is thrown away at the other,
  // which cost a cold call (each =CLASSIFY in Apps Script) several recompilations of this function.
  const forms: string[] = [];
  for (const word of words) forms.push(word.form);
  const language = guessLanguage(forms);
  const readings: WordReading[] = [];
  const stems: string[] = [];
  for (const form of forms) {
    const reading = readingOf(language, form);
    readings.push(reading);
    stems.push(reading.stem);
  }

  let lettered = 0;
  let capitals = 0;
  const inCapitals = unchangedInCapitals(text);
  for (let i = 0; i < words.length; i++) {
    const word = words[i];
    const reading = readings[i];
    sink.stem(reading, i);
    if (i > 0) sink.pair(readings[i - 1], reading, i);
    if (word.form.charCodeAt(0) !== 60) {
      lettered++;
      if (word.capital) capitals++;
    }
    if (word.form.charCodeAt(0) !== 60) {
      // Word endings and inner letters carry meaning across unseen words and languages
      // ("-ung", "-zione" name work as nouns; "-ly", "-er" describe states).
      sink.pieces(reading, i);
      // Single letters ("B" of a code "XJ-4471-B") say nothing about knowing the words.
      if (word.form.length > 1) {
        const acronym = word.form.length >= 3 && word.text.length <= 5 && unchangedInCapitals(word.text);
        const content = word.form.length >= 3 && !acronym;
        sink.word(reading, content, word.capital, acronym && inCapitals);
      }
    }
    const form = word.form;
    const kinds = reading.kinds;
    const workVerb = (kinds & WORK_VERB) !== 0;
    // A work word is a verb where a verb stands: first, or after "to", "and", "will" ("the SOC 2
    // audit", "a security review" are nouns, results to reach).
    if (workVerb && (i === 0 || VERB_CUES.has(words[i - 1].form) || language === 'de')) sink.span('k:a work verb', i, i);
    if (kinds & OUTCOME_VERB) sink.span('k:a verb of change or result', i, i);
    if (kinds & WORK_NOUN) sink.span('k:names work to be done', i, i);
    // "Build", "Pilot", "Train" share their stem with "building", "pilot", "training": a verb is read as a verb.
    else if (!workVerb && kinds & DELIVERABLE) sink.span('k:a named deliverable', i, i);
    // "the top 50 customers" names whom the work is for, not a rank to reach ("top 3 in the market").
    const scope = form === 'top' && words[i + 1]?.form === '<num>' && words[i + 2] && !isFunctionWord(words[i + 2].form);
    if (scope) sink.span('k:a scope (the top so many)', i, i + 2);
    else if (kinds & RESULT_WORD) sink.span('k:a measured result or state', i, i);
    if (kinds & FUNDING_WORD) sink.span('k:funding words', i, i);
    if (word.form === '<pct>') sink.text('k:a percentage', `${word.text}%`);
    if (word.form === '<year>') sink.span('k:a year', i, i);
    // "A cross-team project that…", "ein vom Land gefördertes Vorhaben": a statement that says
    // it is a project describes the work, whatever results it names on the way.
    if (PROGRAM_NOUNS.has(form)) {
      for (let back = i - 1; back >= 0 && back >= i - 6; back--) {
        if (NAMING_WORDS.has(words[back].form)) {
          sink.span('k:says it is a project', back, i);
          break;
        }
      }
    }
  }

  // The opening: skip list numbering, and read past "To" / "We" / "Our" to the verb.
  let open = 0;
  while (open < words.length && words[open].form.charCodeAt(0) === 60) open++;
  if (open < words.length) {
    sink.span(`f1:${stems[open]}`, open, open);
    const first = stems[open];
    const next = ASPIRATION_OPENERS.has(words[open].form) ? open + 1 : open;
    if (next !== open && next < words.length) sink.span(`f2:${stems[next]}`, open, next);
    const verb = stems[next];
    if (verb !== undefined) {
      const form = words[next].form;
      if (WORK_VERBS.has(verb) || WORK_VERBS.has(form)) sink.span('k:opens with a work verb', next, next);
      else if (OUTCOME_VERBS.has(verb) || OUTCOME_VERBS.has(form)) sink.span('k:opens with a verb of change or result', next, next);
    }
    if (first === undefined) sink.text('s:no words', '');
  }

  // German puts the verb last ("Ausfallzeiten halbieren", "neues CRM einführen"); in the other
  // languages a last word is a noun ("the SOC 2 audit").
  let last = words.length - 1;
  while (last > open && words[last].form.charCodeAt(0) === 60) last--;
  if (language === 'de' && last > open) {
    const form = words[last].form;
    if (WORK_VERBS.has(stems[last]) || WORK_VERBS.has(form)) sink.span('k:closes with a work verb', last, last);
    else if (OUTCOME_VERBS.has(stems[last]) || OUTCOME_VERBS.has(form)) sink.span('k:closes with a verb of change or result', last, last);
  }
  sink.text(lengthBucket(words.length), `${words.length} words`);
  if (lettered >= 2 && text.length > 8 && inCapitals && /[A-Z]/.test(text)) sink.text('s:written in capitals', text.slice(0, 30));
  if (lettered >= 2 && capitals / lettered >= 0.6) sink.text('s:written as a title', text.slice(0, 40));
  const trimmed = text.trimEnd();
  if (/[.!]$/.test(trimmed) && words.length > 3) sink.text('s:a full sentence', trimmed.slice(-20));
  if (/:\s/.test(text.slice(0, 200))) sink.text('s:has a label and a colon', text.slice(0, text.indexOf(':') + 1));
  if (text.includes('(')) sink.text('s:has a remark in brackets', '(…)');

  if (criteria.budget) sink.text('c:a budget in the text', '');
  if (criteria.timeframe) sink.text('c:a time-frame in the text', '');
  if (criteria.leadership) sink.text('c:a named person in the text', '');
  if (criteria.organization) sink.text('c:an organization in the text', '');
}
