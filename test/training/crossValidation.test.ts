import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { readStatements } from '../../src/training/corpus';
import { crossValidate, figuresBy } from '../../src/training/crossValidation';
import { groupedFolds } from '../../src/training/folds';
import { figures } from '../../src/training/metrics';

const corpusDir = join(__dirname, '..', '..', '..', 'shared', 'corpus');
const corpus = readStatements(join(corpusDir, 'statements.csv'));
const synthetic = readStatements(join(corpusDir, 'synthetic.csv'));

// Floors a little under what `npm run eval` reports (see BENCHMARKS.md), so a change that
// makes the engine worse on plans it never saw cannot land silently.
const MACRO_F1_FLOOR = 0.75;
const OVER_BASELINE_FLOOR = 0.06;
const UNCLEAR_CEILING = 0.1;

describe('grouped cross-validation by organisation', () => {
  it('never puts one organisation in two folds, and is deterministic', () => {
    const folds = groupedFolds(corpus);
    const foldOf = new Map<string, number>();
    corpus.forEach((statement, i) => {
      expect(foldOf.get(statement.org) ?? folds[i]).toBe(folds[i]);
      foldOf.set(statement.org, folds[i]);
    });
    expect(new Set(folds).size).toBe(10);
    expect(groupedFolds(corpus)).toEqual(folds);
  });

  it('keeps the shipped pipeline above its floors on organisations it never trained on', { timeout: 240_000 }, () => {
    const cv = crossValidate(corpus, synthetic);
    const model = figures(cv.model);
    const baseline = figures(cv.baseline);
    expect(model.n).toBe(corpus.length);
    expect(model.macroF1).toBeGreaterThanOrEqual(MACRO_F1_FLOOR);
    expect(model.unclear).toBeLessThanOrEqual(UNCLEAR_CEILING);
    expect(model.macroF1 - baseline.macroF1).toBeGreaterThanOrEqual(OVER_BASELINE_FLOOR);
    // Every language with enough statements to measure is read, not guessed.
    for (const group of figuresBy(cv.model, corpus, (s) => s.lang).filter((g) => g.n >= 50)) {
      expect(group.figures.accuracy, group.value).toBeGreaterThanOrEqual(0.6);
    }
  });
});
