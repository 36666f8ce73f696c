/**
 * The label a goal's row may open with: "Objective: Become the default analytics tool",
 * "O1: Delight our enterprise customers", "KR 2.1 – 90% of renewals on time". The statement
 * after it is what the wording model reads: a label and a colon would otherwise read as a
 * project's title.
 */
export interface GoalLabel {
  /** The label as written ("Objective", "KR 2.1"). */
  label: string;
  /** The statement after the label. */
  rest: string;
}

// A word naming a goal, or a short code with a number ("O1", "KR 2.1", "G3"), then a colon or
// a dash. A project's label ("Project: …", "Maßnahme 3: …") stays in the text: the model
// learnt those words as the work they name.
const GOAL_WORDS = 'objective|goal|key result|kr|okr|outcome|ziel|objectif|objetivo|meta|obiettivo|risultato atteso';
const LABELLED = new RegExp(`^\\s*((?:${GOAL_WORDS})(?:\\s*\\d+(?:\\.\\d+)*)?|(?:o|g|kr)\\s?\\d+(?:\\.\\d+)*)\\s*[:–—-]\\s+(\\S.*)$`, 'is');

export function goalLabel(title: string): GoalLabel | null {
  const match = LABELLED.exec(title);
  return match ? { label: match[1], rest: match[2] } : null;
}
