/**
 * The user's corrections, prepared once per run: by statement (the row corrected keeps its
 * label) and as vectors (rows like it lean its way). A plan's run builds one index and every
 * row consults it; building costs one feature reading per correction.
 */
import { statementKey, type Correction } from './correction';
import { statementVector, type SimilaritySpace } from './similarity';

/**
 * Chosen on `npm run eval:corrections` (BENCHMARKS.md, "Corrections"): a simulated user
 * corrects k statements of an organisation the model never trained on, and macro-F1 is
 * measured on that organisation's other statements.
 */
export interface TeachingSettings extends SimilaritySpace {
  /** The least similarity (cosine, 0-1) at which a correction counts for another row. */
  threshold: number;
  /** Log-odds toward a correction's label per unit of similarity, summed over the neighbours. */
  strength: number;
  /** The most neighbours that vote. */
  neighbours: number;
}

export const TEACHING: TeachingSettings = { letters: 2, pairs: 1, threshold: 0.2, strength: 8, neighbours: 5 };

export interface Neighbour {
  correction: Correction;
  similarity: number;
}

export interface CorrectionIndex {
  readonly size: number;
  readonly settings: TeachingSettings;
  /** The correction of this very statement, if the user made one (the latest wins). */
  exact(statement: string): Correction | undefined;
  /** Corrected Goal or Initiative statements at least `threshold` alike, most alike first. */
  neighbours(statement: string): Neighbour[];
}

export function correctionIndex(corrections: readonly Correction[], settings: TeachingSettings = TEACHING): CorrectionIndex {
  const byKey = new Map<string, Correction>();
  for (const correction of corrections) {
    const key = statementKey(correction.statement);
    if (key) byKey.set(key, correction);
  }
  // "Not a plan row" fixes the row itself; a heading or a note says nothing of how other statements read.
  // Postings by feature, so a row meets only the corrections it shares a feature with.
  const voters: Correction[] = [];
  const postings = new Map<string, Array<{ voter: number; weight: number }>>();
  for (const correction of byKey.values()) {
    if (correction.label === 'Not a plan row') continue;
    const vector = statementVector(correction.statement, settings);
    if (!vector.size) continue;
    for (const [feature, weight] of vector) {
      let list = postings.get(feature);
      if (!list) postings.set(feature, (list = []));
      list.push({ voter: voters.length, weight });
    }
    voters.push(correction);
  }
  return {
    size: byKey.size,
    settings,
    exact: (statement) => (byKey.size ? byKey.get(statementKey(statement)) : undefined),
    neighbours(statement) {
      if (!voters.length) return [];
      const dot = new Float64Array(voters.length);
      for (const [feature, weight] of statementVector(statement, settings)) {
        for (const posting of postings.get(feature) ?? []) dot[posting.voter] += weight * posting.weight;
      }
      const found: Neighbour[] = [];
      dot.forEach((similarity, voter) => {
        if (similarity >= settings.threshold) found.push({ correction: voters[voter], similarity: Math.min(1, similarity) });
      });
      return found.sort((a, b) => b.similarity - a.similarity).slice(0, settings.neighbours);
    },
  };
}

/** The neighbours' vote, as log-odds toward a goal. */
export function leaningOf(neighbours: readonly Neighbour[], settings: TeachingSettings): number {
  let lean = 0;
  for (const { correction, similarity } of neighbours) lean += (correction.label === 'Goal' ? 1 : -1) * similarity * settings.strength;
  return lean;
}
