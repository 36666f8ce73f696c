/**
 * Light stemming in the languages plans are written in. The language of a statement is
 * guessed from its function words (a statement has few words, so the guess is a vote of the
 * commonest ones), then each word loses its inflection: plurals, verb endings, gender.
 * "Light" on purpose: merging "migrate / migrated / migration" helps a model trained on two
 * thousand statements; merging "organ / organization" would not.
 */

export type Language = 'en' | 'de' | 'fr' | 'es' | 'it' | 'pt' | 'fi';

const FUNCTION_WORDS: Record<Language, string[]> = {
  en: ['the', 'and', 'of', 'to', 'for', 'with', 'by', 'on', 'is', 'are', 'our', 'we', 'will', 'be', 'an', 'from', 'that', 'all', 'through', 'into', 'this'],
  de: ['der', 'die', 'das', 'und', 'fur', 'mit', 'von', 'zu', 'im', 'den', 'dem', 'des', 'ein', 'eine', 'ist', 'werden', 'wird', 'auf', 'bei', 'zur', 'zum', 'nach', 'durch', 'sind', 'oder', 'einer', 'eines', 'vom'],
  fr: ['le', 'les', 'des', 'du', 'et', 'pour', 'une', 'dans', 'avec', 'sur', 'au', 'aux', 'par', 'est', 'sont', 'nos', 'notre', 'leur', 'ces'],
  es: ['el', 'los', 'las', 'del', 'y', 'para', 'una', 'con', 'por', 'que', 'al', 'se', 'su', 'sus', 'nuestra', 'nuestro', 'como', 'entre'],
  it: ['il', 'gli', 'di', 'della', 'delle', 'dei', 'per', 'con', 'che', 'alla', 'alle', 'nel', 'nella', 'degli', 'sono', 'ed', 'dello', 'dal'],
  pt: ['os', 'do', 'da', 'dos', 'das', 'para', 'em', 'um', 'uma', 'com', 'no', 'na', 'nos', 'ao', 'pelo', 'pela', 'sua', 'seu'],
  fi: ['ja', 'on', 'seka', 'etta', 'tai', 'ovat', 'kanssa', 'mukaan', 'sen', 'joka', 'myos'],
};

const LANGUAGE_OF = new Map<string, Language[]>();
for (const [language, words] of Object.entries(FUNCTION_WORDS) as Array<[Language, string[]]>) {
  for (const word of words) LANGUAGE_OF.set(word, [...(LANGUAGE_OF.get(word) ?? []), language]);
}

/** True for a folded word that only holds a sentence together ("the", "und", "pour"). */
export function isFunctionWord(form: string): boolean {
  return LANGUAGE_OF.has(form) || form.length <= 2;
}

/** The language whose function words a statement uses most; English when none shows. */
export function guessLanguage(forms: readonly string[]): Language {
  const votes: Partial<Record<Language, number>> = {};
  let best: Language = 'en';
  let most = 0;
  for (const form of forms) {
    const languages = LANGUAGE_OF.get(form);
    if (!languages) continue;
    for (const language of languages) {
      const count = (votes[language] ?? 0) + 1 / languages.length;
      votes[language] = count;
      if (count > most) {
        most = count;
        best = language;
      }
    }
  }
  return best;
}

function strip(word: string, suffixes: readonly string[], keep: number): string {
  for (const suffix of suffixes) {
    if (word.endsWith(suffix) && word.length - suffix.length >= keep) return word.slice(0, word.length - suffix.length);
  }
  return word;
}

function english(word: string): string {
  if (word.length <= 3) return word;
  let w = word;
  if (w.endsWith('ations')) w = w.slice(0, -6) + 'ate';
  else if (w.endsWith('ation')) w = w.slice(0, -5) + 'ate';
  else if (w.endsWith('ies') && w.length > 4) w = w.slice(0, -3) + 'y';
  else if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (/(?:ss|us|is)$/.test(w)) {
    // "process", "status", "analysis" are not plurals
  } else if (w.endsWith('ing') && w.length > 5) w = w.slice(0, -3);
  else if (w.endsWith('ed') && w.length > 4) w = w.slice(0, -2);
  else if (/(?:ches|shes|xes|zes)$/.test(w)) w = w.slice(0, -2);
  else if (w.endsWith('s')) w = w.slice(0, -1);
  if (w.endsWith('e') && w.length > 3) w = w.slice(0, -1);
  return w;
}

const GERMAN = ['ern', 'em', 'en', 'er', 'es', 'e', 's', 'n'];
const FRENCH_PLURAL = ['aux', 's', 'x'];
const SPANISH = ['es', 's'];
const VOWELS = ['a', 'o', 'e', 'i'];

function german(word: string): string {
  return strip(word, GERMAN, 4);
}

function french(word: string): string {
  const singular = word.endsWith('aux') && word.length > 5 ? word.slice(0, -3) + 'al' : strip(word, FRENCH_PLURAL, 4);
  return strip(singular, ['e'], 4);
}

function spanish(word: string): string {
  return strip(strip(word, SPANISH, 4), ['a', 'o', 'e'], 4);
}

function italian(word: string): string {
  return strip(word, VOWELS, 4);
}

function portuguese(word: string): string {
  return strip(strip(word, ['s'], 4), ['a', 'o', 'e'], 4);
}

function finnish(word: string): string {
  // Finnish inflects by long suffix chains; the first letters carry the word.
  return word.length > 7 ? word.slice(0, 7) : word;
}

const STEMMERS: Record<Language, (word: string) => string> = {
  en: english,
  de: german,
  fr: french,
  es: spanish,
  it: italian,
  pt: portuguese,
  fi: finnish,
};

/** The stem of a folded word in a language; numbers' classes (`<pct>`) are kept as they are. */
export function stemWord(form: string, language: Language): string {
  return form.charCodeAt(0) === 60 /* < */ ? form : STEMMERS[language](form);
}
