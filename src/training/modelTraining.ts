/**
 * How the shipped model is made, in one place for `npm run train`, `npm run eval` and the
 * tests: the settings chosen on grouped cross-validation, and training on a set of real
 * statements plus the synthetic ones (training only, weighed like real ones).
 */
import { rarityFeature } from '../core/model/features';
import { LetterTriples } from '../core/model/letters';
import type { StatementModel } from '../core/model/statementModel';
import { statementWords } from '../core/model/words';
import type { Statement } from './corpus';
import { trainLogistic, type Example, type TrainingSettings } from './logistic';
import { statementExample } from './statementExamples';

/** Chosen on `npm run eval` (see BENCHMARKS.md, "Statement model"). */
export const MODEL_SETTINGS: TrainingSettings = {
  l2: 6,
  l2Signals: 6,
  l2Chars: 12,
  groupCap: 10,
  l2Writer: 0.3,
  iterations: 300,
  learningRate: 0.05,
  minGroups: 2,
  prune: 0.05,

};
export const SYNTHETIC_WEIGHT = 1;
/** Below this share of words it knows, the model does not judge a statement's wording (gibberish, codes, another alphabet). */
export const MIN_KNOWN = 0.5;
/** The share of real statements the Unclear band may hold, on cross-validation. */
export const UNCLEAR_SHARE = 0.05;

export interface ExampleCache {
  of(statement: Statement, weight?: number): Example;
}

/** Features are the slow part of training; cross-validation computes each statement's once. */
export function exampleCache(): ExampleCache {
  const cache = new Map<string, Example>();
  return {
    of(statement, weight = 1) {
      const key = `${statement.org}\u0000${statement.text}`;
      let example = cache.get(key);
      if (!example) cache.set(key, (example = statementExample(statement)));
      return weight === 1 ? example : { ...example, weight };
    },
  };
}

export function trainModel(
  real: readonly Statement[],
  synthetic: readonly Statement[],
  band: number,
  cache: ExampleCache = exampleCache(),
  settings: TrainingSettings = MODEL_SETTINGS,
): StatementModel {
  const plain = [...real.map((s) => ({ ...cache.of(s), writer: s.org })), ...synthetic.map((s) => cache.of(s, SYNTHETIC_WEIGHT))];
  const examples = withRarity(withoutNames(plain), settings.minGroups);
  const { bias, weights } = trainLogistic(examples, settings, ALWAYS_KEPT);
  const letters = LetterTriples.empty();
  for (const statement of [...real, ...synthetic]) for (const word of statementWords(statement.text)) if (word.form.charCodeAt(0) !== 60) letters.add(word.form);
  return { bias, weights, band, minKnown: MIN_KNOWN, letters };
}

// Word weights are never pruned: the shipped model tells a rare word from a common one by
// whether it has a weight, as training did by whether other organisations used it.
const ALWAYS_KEPT = (feature: string): boolean => feature.startsWith('w:');

/**
 * Drops the words only ever written as names (and the word pairs holding them): a person, a
 * product or a place of one organisation. Each such word is still counted as a word, and
 * as a rare one, as the shipped model will count it.
 */
function withoutNames(examples: readonly Example[]): Example[] {
  const named = new Set<string>();
  const common = new Set<string>();
  for (const example of examples) {
    for (const word of example.names ?? []) named.add(word);
    for (const word of example.common ?? []) common.add(word);
  }
  const names = new Set([...named].filter((word) => !common.has(word)));
  if (!names.size) return [...examples];
  const stems = new Set([...names].map((word) => word.slice(2)));
  return examples.map((example) => {
    const features = example.features.filter((feature) => {
      if (feature.startsWith('w:')) return !names.has(feature);
      if (feature.startsWith('b:')) return !feature.slice(2).split(' ').some((stem) => stems.has(stem));
      return true;
    });
    const dropped = example.features.filter((f) => names.has(f));
    return { ...example, features, rareNames: dropped.length };
  });
}

/** Adds to each example how many of its words no other writer used (see rarityFeature). */
function withRarity(examples: readonly Example[], minGroups: number): Example[] {
  const writers = new Map<string, Set<string>>();
  for (const example of examples) {
    for (const feature of example.features) {
      if (!feature.startsWith('w:') || feature.startsWith('w:<')) continue;
      let seen = writers.get(feature);
      if (!seen) writers.set(feature, (seen = new Set()));
      seen.add(example.group);
    }
  }
  return examples.map((example) => {
    const words = example.features.filter((f) => f.startsWith('w:') && !f.startsWith('w:<'));
    // A word is common when, without this writer, it would still be in the vocabulary.
    const rare = words.filter((f) => {
      const seen = writers.get(f)!;
      return seen.size - (seen.has(example.group) ? 1 : 0) < minGroups;
    }).length;
    const names = example.rareNames ?? 0;
    const rarity = rarityFeature(rare + names, words.length + names);
    return rarity ? { ...example, features: [...example.features, rarity] } : example;
  });
}

/** The half-width around 0.5 that holds `share` of the given probabilities. */
export function bandHolding(probabilities: readonly number[], share = UNCLEAR_SHARE): number {
  const distances = probabilities.map((p) => Math.abs(p - 0.5)).sort((a, b) => a - b);
  if (!distances.length) return 0;
  const at = Math.min(distances.length - 1, Math.floor(distances.length * share));
  return Math.round(distances[at] * 1000) / 1000;
}
