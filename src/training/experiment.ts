/**
 * `node build/training/experiment.mjs '{"l2":3}' …`: the cross-validated figures of training
 * settings over three fold seeds, to tell a real gain from the noise of one split (about
 * ±0.005). A developer's tool for choosing MODEL_SETTINGS; `npm run eval` is the figure.
 */
import { readStatements } from './corpus';
import { crossValidate, figuresBy } from './crossValidation';
import { MODEL_SETTINGS } from './modelTraining';
import { figures } from './metrics';
import { corpusFiles } from './paths';

const SEEDS = [7, 11, 13];
const mean = (xs: number[]) => (xs.reduce((a, b) => a + b, 0) / xs.length).toFixed(4);

const files = corpusFiles(process.env.GOALPOST_CORPUS);
const corpus = readStatements(files.statements);
const synthetic = files.synthetic ? readStatements(files.synthetic) : [];
for (const change of process.argv.slice(2).length ? process.argv.slice(2) : ['{}']) {
  const settings = { ...MODEL_SETTINGS, ...(JSON.parse(change) as object) };
  const runs = SEEDS.map((seed) => crossValidate(corpus, synthetic, 10, seed, settings));
  const f1 = runs.map((run) => figures(run.model).macroF1);
  const languages = ['en', 'de', 'it', 'es'].map((lang) => {
    const accuracy = runs.map((run) => figuresBy(run.model, corpus, (s) => s.lang).find((g) => g.value === lang)?.figures.accuracy ?? 0);
    return `${lang} ${mean(accuracy)}`;
  });
  const unclear = runs.map((run) => figures(run.model).unclear);
  console.log(`${change}  macro-F1 ${mean(f1)} [${f1.map((x) => x.toFixed(3)).join(' ')}]  Unclear ${mean(unclear)}  ${languages.join(' ')}`);
}
