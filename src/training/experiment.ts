// Developer tool: the cross-validated figures of a setting over several fold seeds, to tell a
// real gain from the noise of one split. `node build/exp/experiment.mjs '{"l2":3}' ...`
import { readStatements } from './corpus';
import { crossValidate, figuresBy } from './crossValidation';
import { figures } from './metrics';

const corpus = readStatements('../shared/corpus/statements.csv');
const synthetic = readStatements('../shared/corpus/synthetic.csv');
const seeds = [7, 11, 13];
const runs = seeds.map((seed) => crossValidate(corpus, synthetic, 10, seed));
const f1 = runs.map((r) => figures(r.model).macroF1);
const unclear = runs.map((r) => figures(r.model).unclear);
const base = runs.map((r) => figures(r.baseline).macroF1);
const langs = ['en', 'de', 'it', 'es'].map((lang) => {
  const acc = runs.map((r) => figuresBy(r.model, corpus, (s) => s.lang).find((g) => g.value === lang)!.figures.accuracy);
  return `${lang} ${(acc.reduce((a, b) => a + b) / acc.length).toFixed(3)}`;
});
const mean = (xs: number[]) => (xs.reduce((a, b) => a + b) / xs.length).toFixed(4);
console.log(`${process.env.EXP_NAME ?? ''} F1 ${mean(f1)} [${f1.map((x) => x.toFixed(3)).join(' ')}] unclear ${mean(unclear)} bow ${mean(base)} | ${langs.join(' ')}`);
