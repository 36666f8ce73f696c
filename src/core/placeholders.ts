/**
 * The words a cell uses to say "nothing here yet" ("TBD", "n/a", "none", "-", "?"), shared
 * by the readers of leaders (people.ts), owning teams (organization.ts) and budgets
 * (money.ts); each adds the words that are placeholders only in its own column
 * ("vacant" for a leader, "other" for a team, "unfunded" for a budget).
 */

/** Placeholder words every field reads as blank. */
export const PLACEHOLDER_WORDS = ['tbd', 'tbc', 'tba', 'n/a', 'na', 'none', 'unknown'] as const;

const escapeRegExp = (word: string) => word.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** A whole cell that is a placeholder: the shared words, runs of dashes or question marks, and `extra`. */
export function placeholderCell(extra: readonly string[]): RegExp {
  const words = [...PLACEHOLDER_WORDS, ...extra].map(escapeRegExp);
  return new RegExp(`^(?:${words.join('|')}|-+|—|\\?+)$`, 'i');
}
