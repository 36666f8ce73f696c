/**
 * Cross-validation folds grouped by organisation: every statement of one organisation is in
 * the same fold, so a fold's test part is always plans the model never saw. Deterministic:
 * organisations are ordered by a seeded hash, then dealt largest first to the smallest fold.
 */
import type { Statement } from './corpus';

function hash(text: string, seed: number): number {
  let h = 2166136261 ^ seed;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  return h >>> 0;
}

/** The fold (0 … k−1) of every statement, by its organisation. */
export function groupedFolds(statements: readonly Statement[], k = 10, seed = 7): number[] {
  const sizes = new Map<string, number>();
  for (const s of statements) sizes.set(s.org, (sizes.get(s.org) ?? 0) + 1);
  const orgs = [...sizes.keys()].sort((a, b) => sizes.get(b)! - sizes.get(a)! || hash(a, seed) - hash(b, seed));
  const load = new Array<number>(k).fill(0);
  const foldOf = new Map<string, number>();
  for (const org of orgs) {
    let smallest = 0;
    for (let f = 1; f < k; f++) if (load[f] < load[smallest]) smallest = f;
    foldOf.set(org, smallest);
    load[smallest] += sizes.get(org)!;
  }
  return statements.map((s) => foldOf.get(s.org)!);
}
