/** Figures of a set of verdicts against the sources' labels. Unclear counts as a miss, as users see it. */

export type Truth = 'GOAL' | 'INITIATIVE';
export type Predicted = 'GOAL' | 'INITIATIVE' | 'UNCLEAR';

/** A verdict's label as the sources' labels are written. */
export function predictedOf(label: string): Predicted {
  return label === 'Goal' ? 'GOAL' : label === 'Initiative' ? 'INITIATIVE' : 'UNCLEAR';
}

export interface Scored {
  truth: Truth;
  predicted: Predicted;
}

export interface Figures {
  n: number;
  accuracy: number;
  macroF1: number;
  unclear: number;
  confusion: Record<Truth, Record<Predicted, number>>;
}

function f1(items: readonly Scored[], label: Truth): number {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const item of items) {
    if (item.predicted === label && item.truth === label) tp++;
    else if (item.predicted === label) fp++;
    else if (item.truth === label) fn++;
  }
  return tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn);
}

export function figures(items: readonly Scored[]): Figures {
  const confusion: Figures['confusion'] = {
    GOAL: { GOAL: 0, INITIATIVE: 0, UNCLEAR: 0 },
    INITIATIVE: { GOAL: 0, INITIATIVE: 0, UNCLEAR: 0 },
  };
  for (const item of items) confusion[item.truth][item.predicted]++;
  const n = items.length;
  const correct = items.filter((item) => item.truth === item.predicted).length;
  return {
    n,
    accuracy: n ? correct / n : 0,
    macroF1: (f1(items, 'GOAL') + f1(items, 'INITIATIVE')) / 2,
    unclear: n ? items.filter((item) => item.predicted === 'UNCLEAR').length / n : 0,
    confusion,
  };
}
