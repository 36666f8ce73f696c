/**
 * Features in a user's words, for the one-line reason: "opens with “Migrate”",
 * "a change or result verb “reduce”", "written as a title". Character n-grams and
 * length buckets weigh in the model but explain nothing a reader could act on, so they are
 * not shown.
 */
import { isFunctionWord } from './stemmer';
import type { WeighedFeature } from './statementModel';
import { fold } from './words';

/** Words like “to the” weigh in the model but tell a reader nothing. */
function onlyFunctionWords(shown: string): boolean {
  return shown.split(' ').every((word) => isFunctionWord(fold(word)));
}

/** The feature as words, or null when it is not worth showing. */
export function describeFeature(feature: WeighedFeature): string | null {
  const colon = feature.name.indexOf(':');
  const family = feature.name.slice(0, colon);
  const rest = feature.name.slice(colon + 1);
  const shown = feature.text;
  switch (family) {
    case 'w':
      return rest.startsWith('<') || onlyFunctionWords(shown) ? null : `the word “${shown}”`;
    case 'b':
      return onlyFunctionWords(shown) ? null : `the words “${shown}”`;
    case 'f1':
    case 'f2':
      return `opens with “${shown}”`;
    case 'k':
      return shown ? `${rest}: “${shown}”` : rest;
    case 's':
      return /words$/.test(rest) ? null : rest;
    case 'c':
      return rest;
    default:
      return null;
  }
}

/** The two or three features that pushed most toward a side (goal: weight > 0), in words, each once. */
export function strongestReasons(features: Iterable<WeighedFeature>, towardGoal: boolean, count = 3): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const feature of features) {
    if (towardGoal ? feature.weight <= 0 : feature.weight >= 0) continue;
    const words = describeFeature(feature);
    if (!words || seen.has(feature.text.toLowerCase())) continue;
    seen.add(feature.text.toLowerCase());
    out.push(words);
    if (out.length === count) break;
  }
  return out;
}
