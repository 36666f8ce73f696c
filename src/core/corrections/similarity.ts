/**
 * How alike two statements read, in the statement model's own feature space: the stemmed
 * words and word pairs of features.ts (the same reading the model weighs), and, more
 * lightly, the letter pieces that let "Modernisierung" meet "modernisieren". Function words
 * ("the", "to", "de") and number tokens are left out: two statements sharing only "to the"
 * are not alike. Cosine over these sets, so length does not count, only overlap.
 */
import { readFeatures } from '../model/features';
import { isFunctionWord } from '../model/stemmer';
import { fold } from '../model/words';

export interface SimilaritySpace {
  /** Weight of a letter-piece feature (`x:`) against a word's 1. 0 leaves them out. */
  letters: number;
  /** Weight of a word pair (`b:`). */
  pairs: number;
}

/** A statement as a unit vector: feature → weight, and its norm folded in. */
export type StatementVector = ReadonlyMap<string, number>;

/** Cosine of two statements is then the sum, over the features they share, of the products of their weights. */

function contentStem(stem: string): boolean {
  return stem.charCodeAt(0) !== 60 && !isFunctionWord(stem);
}

export function statementVector(text: string, space: SimilaritySpace): StatementVector {
  const weights = new Map<string, number>();
  for (const { name, text: shown } of readFeatures(text).hits) {
    if (name.startsWith('w:')) {
      if (contentStem(name.slice(2))) weights.set(name, 1);
    } else if (name.startsWith('b:') && space.pairs > 0) {
      const [a, b] = name.slice(2).split(' ');
      if (contentStem(a) || contentStem(b)) weights.set(name, space.pairs);
    } else if (name.startsWith('x:') && space.letters > 0) {
      // A piece is kept under the word that first raised it: " the" says nothing.
      if (!isFunctionWord(fold(shown))) weights.set(name, space.letters);
    }
  }
  let norm = 0;
  for (const w of weights.values()) norm += w * w;
  norm = Math.sqrt(norm);
  if (norm > 0) for (const [name, w] of weights) weights.set(name, w / norm);
  return weights;
}
