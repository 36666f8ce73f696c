/**
 * Grouped cross-validation by organisation: the figure that says how Goalpost does on plans
 * it never saw. Each fold's model is trained on the other folds' organisations (plus the
 * synthetic statements), and its test statements go through the real `classify`, criteria,
 * Unclear band and all, exactly as a user's cell would. Beside it, the plain bag-of-words
 * baseline trained the same way.
 */
import { classify } from '../core/classify';
import { scoreStatement, type StatementModel } from '../core/model/statementModel';
import { bagOfWords } from './baseline';
import type { Statement } from './corpus';
import { groupedFolds } from './folds';
import { trainLogistic, type LinearModel, type TrainingSettings } from './logistic';
import { figures, predictedOf, type Figures, type Scored } from './metrics';
import { textCriteria } from './statementExamples';
import { MODEL_SETTINGS, SYNTHETIC_WEIGHT, bandHolding, exampleCache, trainModel, type ExampleCache } from './modelTraining';

export interface Judged extends Scored {
  statement: Statement;
  /** The probability of a goal the fold's model gave the statement's wording. */
  goal: number;
  basis: string;
}

export interface CrossValidation {
  folds: number;
  band: number;
  model: Judged[];
  baseline: Scored[];
}

function logit(model: LinearModel, features: readonly string[]): number {
  let z = model.bias;
  for (const feature of new Set(features)) z += model.weights.get(feature) ?? 0;
  return z;
}


/** Trains one model per fold and the out-of-fold probabilities, from which the Unclear band is set. */
export function foldModels(
  corpus: readonly Statement[],
  synthetic: readonly Statement[],
  fold: readonly number[],
  k: number,
  cache: ExampleCache,
  settings: TrainingSettings,
) {
  const models: StatementModel[] = [];
  const goal = new Array<number>(corpus.length).fill(0.5);
  for (let f = 0; f < k; f++) {
    const model = trainModel(corpus.filter((_, i) => fold[i] !== f), synthetic, 0, cache, settings);
    models.push(model);
    corpus.forEach((statement, i) => {
      if (fold[i] === f) goal[i] = scoreStatement(statement.text, model, textCriteria(statement.text)).goal;
    });
  }
  return { models, goal, band: bandHolding(goal) };
}

/** The Unclear band the shipped model takes: set on out-of-fold probabilities, never on the statements a model trained on. */
export function crossValidatedBand(corpus: readonly Statement[], synthetic: readonly Statement[], k = 10, seed = 7): number {
  return foldModels(corpus, synthetic, groupedFolds(corpus, k, seed), k, exampleCache(), MODEL_SETTINGS).band;
}

export function crossValidate(
  corpus: readonly Statement[],
  synthetic: readonly Statement[],
  k = 10,
  seed = 7,
  settings: TrainingSettings = MODEL_SETTINGS,
): CrossValidation {
  const fold = groupedFolds(corpus, k, seed);
  const cache = exampleCache();
  const { models, goal, band } = foldModels(corpus, synthetic, fold, k, cache, settings);
  const model: Judged[] = corpus.map((statement, i) => {
    const verdict = classify(statement.text, { model: { ...models[fold[i]], band } });
    return { statement, truth: statement.label, predicted: predictedOf(verdict.label), goal: goal[i], basis: verdict.basis };
  });

  const baseline: Scored[] = new Array(corpus.length);
  const bow = (s: Statement, weight = 1) => ({ features: bagOfWords(s.text), label: s.label === 'GOAL' ? (1 as const) : (0 as const), group: s.org, weight });
  for (let f = 0; f < k; f++) {
    const examples = [...corpus.filter((_, i) => fold[i] !== f).map((s) => bow(s)), ...synthetic.map((s) => bow(s, SYNTHETIC_WEIGHT))];
    const trained = trainLogistic(examples, settings);
    corpus.forEach((statement, i) => {
      if (fold[i] !== f) return;
      baseline[i] = { truth: statement.label, predicted: logit(trained, bagOfWords(statement.text)) >= 0 ? 'GOAL' : 'INITIATIVE' };
    });
  }
  return { folds: k, band, model, baseline };
}

/** Figures per value of a statement's column (language, domain), for groups of at least `min` statements. */
export function figuresBy(
  items: readonly Scored[],
  statements: readonly Statement[],
  key: (statement: Statement) => string,
): Array<{ value: string; n: number; figures: Figures }> {
  const groups = new Map<string, Scored[]>();
  items.forEach((item, i) => {
    const value = key(statements[i]);
    if (!groups.has(value)) groups.set(value, []);
    groups.get(value)!.push(item);
  });
  return [...groups]
    .map(([value, group]) => ({ value, n: group.length, figures: figures(group) }))
    .sort((a, b) => b.n - a.n || (a.value < b.value ? -1 : 1));
}
