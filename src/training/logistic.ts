/**
 * L2-regularised logistic regression, trained full-batch with Adam on sparse binary
 * features. Deterministic: the same examples in the same order give the same weights, bit
 * for bit, which is what lets a test check the committed weights against a fresh training.
 */

export interface Example {
  features: readonly string[];
  /** 1 for a goal, 0 for an initiative. */
  label: 0 | 1;
  /** Who wrote it: features seen in fewer than `minGroups` writers are dropped as that writer's idiom. */
  group: string;
  /** How much the example counts (synthetic text may count less than real plans). */
  weight?: number;
  /** Word features it writes as names mid-sentence, and those it writes in lower case (see statementExamples.ts). */
  names?: readonly string[];
  common?: readonly string[];
  /** How many of its words were dropped as names: still words, and rare ones. */
  rareNames?: number;
  /**
   * The real writer behind it, when it has one: training gives each writer a bias of its own
   * (see `l2Writer`). Synthetic text has none.
   */
  writer?: string;
}

export interface TrainingSettings {
  l2: number;
  iterations: number;
  learningRate: number;
  minGroups: number;
  /** Weights smaller than this are dropped after training: they change no verdict and cost bytes. */
  prune: number;
  /** L2 for features that are not words or word pairs (kinds, shape, criteria): they generalise across writers, so they may weigh more. */
  l2Signals: number;
  /** L2 for character n-grams (`x:`). */
  l2Chars: number;
  /** Each writer's examples count as if it had written at most this many: a plan with fifty rows must not teach its idiom as the rule. */
  groupCap: number;
  /**
   * L2 for each writer's own bias, or none. Some plans list only goals, others mostly
   * projects; without a bias of their own, the way such a plan writes (in full sentences, in
   * capitals) is learnt as a sign of its label. With one, the weights learn what tells a goal
   * from an initiative within a plan, which is what carries to the next plan. The shipped
   * model keeps no writer's bias.
   */
  l2Writer?: number;
}

export const DEFAULT_TRAINING: TrainingSettings = { l2: 3, l2Signals: 3, l2Chars: 3, groupCap: Infinity, iterations: 300, learningRate: 0.05, minGroups: 2, prune: 0.01 };

export interface LinearModel {
  bias: number;
  weights: Map<string, number>;
}

function isWordFeature(feature: string): boolean {
  return feature.startsWith('w:') || feature.startsWith('b:');
}

/** The features that at least `minGroups` groups use. */
function vocabulary(examples: readonly Example[], minGroups: number): Map<string, number> {
  const groups = new Map<string, Set<string>>();
  for (const example of examples) {
    for (const feature of example.features) {
      let seen = groups.get(feature);
      if (!seen) groups.set(feature, (seen = new Set()));
      seen.add(example.group);
    }
  }
  const index = new Map<string, number>();
  for (const [feature, seen] of [...groups].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (seen.size >= minGroups) index.set(feature, index.size);
  }
  return index;
}

export function trainLogistic(
  examples: readonly Example[],
  settings: TrainingSettings = DEFAULT_TRAINING,
  keep: (feature: string) => boolean = () => false,
): LinearModel {
  const index = vocabulary(examples, settings.minGroups);
  const groupSize = new Map<string, number>();
  for (const example of examples) groupSize.set(example.group, (groupSize.get(example.group) ?? 0) + 1);
  // Writers' biases sit after the features and the common bias.
  const writers = new Map<string, number>();
  const rows = examples.map((example) => {
    const ids = [...new Set(example.features.map((f) => index.get(f)).filter((id): id is number => id !== undefined))];
    if (settings.l2Writer !== undefined && example.writer !== undefined) {
      if (!writers.has(example.writer)) writers.set(example.writer, index.size + 1 + writers.size);
      ids.push(writers.get(example.writer)!);
    }
    const size = groupSize.get(example.group)!;
    const share = size > settings.groupCap ? settings.groupCap / size : 1;
    return { ids: Int32Array.from(ids), label: example.label, weight: (example.weight ?? 1) * share };
  });
  const n = index.size;
  const size = n + 1 + writers.size;
  const l2 = new Float64Array(size);
  for (const [feature, id] of index) l2[id] = isWordFeature(feature) ? settings.l2 : feature.startsWith('x:') ? settings.l2Chars : settings.l2Signals;
  for (const id of writers.values()) l2[id] = settings.l2Writer!;
  const total = rows.reduce((sum, row) => sum + row.weight, 0);
  const w = new Float64Array(size); // slot n is the common bias, unregularised
  const m = new Float64Array(size);
  const v = new Float64Array(size);
  const grad = new Float64Array(size);
  const beta1 = 0.9;
  const beta2 = 0.999;
  for (let t = 1; t <= settings.iterations; t++) {
    grad.fill(0);
    for (const row of rows) {
      let z = w[n];
      for (const id of row.ids) z += w[id];
      const p = 1 / (1 + Math.exp(-z));
      const g = ((p - row.label) * row.weight) / total;
      for (const id of row.ids) grad[id] += g;
      grad[n] += g;
    }
    for (let j = 0; j < size; j++) grad[j] += (l2[j] / total) * w[j];
    const lr = settings.learningRate;
    const c1 = 1 - beta1 ** t;
    const c2 = 1 - beta2 ** t;
    for (let j = 0; j < size; j++) {
      m[j] = beta1 * m[j] + (1 - beta1) * grad[j];
      v[j] = beta2 * v[j] + (1 - beta2) * grad[j] * grad[j];
      w[j] -= (lr * (m[j] / c1)) / (Math.sqrt(v[j] / c2) + 1e-8);
    }
  }
  const weights = new Map<string, number>();
  for (const [feature, id] of index) {
    const rounded = Math.round(w[id] * 1000) / 1000;
    if (Math.abs(rounded) >= settings.prune || keep(feature)) weights.set(feature, rounded);
  }
  return { bias: Math.round(w[n] * 1000) / 1000, weights };
}
