/**
 * `npm run eval`: grouped 10-fold cross-validation by organisation on the corpus, the
 * shipped pipeline against the plain bag-of-words baseline trained the same way. Unclear
 * counts as a miss, as it does for a user and for ../shared/eval/score.mjs.
 */
import { readStatements, type Statement } from './corpus';
import { crossValidate, figuresBy } from './crossValidation';
import { figures, predictedOf, type Figures, type Scored } from './metrics';
import { classify } from '../core/classify';
import { corpusFiles, corpusFolder, METHOD_STATEMENTS } from './paths';

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const f3 = (x: number) => x.toFixed(3);

function table(title: string, model: Scored[], baseline: Scored[], corpus: readonly Statement[], key: (s: Statement) => string): string[] {
  const ours = figuresBy(model, corpus, key);
  const theirs = new Map(figuresBy(baseline, corpus, key).map((row) => [row.value, row.figures]));
  const lines = [`${title.padEnd(18)} ${'n'.padStart(5)}  ${'model'.padStart(6)}  ${'bow'.padStart(6)}  unclear`];
  for (const row of ours) {
    lines.push(`  ${row.value.padEnd(16)} ${String(row.n).padStart(5)}  ${f3(row.figures.accuracy).padStart(6)}  ${f3(theirs.get(row.value)!.accuracy).padStart(6)}  ${pct(row.figures.unclear).padStart(6)}`);
  }
  return lines;
}

function confusion(f: Figures): string[] {
  return [
    '  source \\ verdict     Goal  Initiative  Unclear',
    ...(['GOAL', 'INITIATIVE'] as const).map(
      (t) => `  ${t.padEnd(18)} ${String(f.confusion[t].GOAL).padStart(5)}  ${String(f.confusion[t].INITIATIVE).padStart(10)}  ${String(f.confusion[t].UNCLEAR).padStart(7)}`,
    ),
  ];
}

export function evaluationReport(statementsPath: string, syntheticPath: string | null): string[] {
  const corpus = readStatements(statementsPath);
  const synthetic = syntheticPath ? readStatements(syntheticPath) : [];
  const cv = crossValidate(corpus, synthetic);
  const ours = figures(cv.model);
  const base = figures(cv.baseline);
  const decided = figures(cv.model.filter((item) => item.predicted !== 'UNCLEAR'));
  const bases = new Map<string, number>();
  for (const item of cv.model) bases.set(item.basis, (bases.get(item.basis) ?? 0) + 1);
  const orgs = new Set(corpus.map((s) => s.org)).size;
  return [
    `Grouped ${cv.folds}-fold cross-validation by organisation: ${corpus.length} statements from ${orgs} organisations` +
      (synthetic.length ? ` (+${synthetic.length} synthetic, in training folds only)` : ''),
    '',
    `                     model   bag-of-words`,
    `  macro-F1           ${f3(ours.macroF1)}   ${f3(base.macroF1)}`,
    `  accuracy           ${f3(ours.accuracy)}   ${f3(base.accuracy)}`,
    `  Unclear            ${pct(ours.unclear).padStart(5)}   ${pct(base.unclear).padStart(5)}`,
    `  macro-F1 of the verdicts that are not Unclear: ${f3(decided.macroF1)} (${decided.n} statements)`,
    `  Unclear band: goal probability 0.5 ± ${cv.band}; decided by ${[...bases].map(([b, n]) => `${b} ${n}`).join(', ')}`,
    '',
    ...confusion(ours),
    '',
    ...table('by language', cv.model, cv.baseline, corpus, (s) => s.lang),
    '',
    ...table('by domain', cv.model, cv.baseline, corpus, (s) => s.domain),
    '',
    `macro-F1 ${f3(ours.macroF1)} · accuracy ${f3(ours.accuracy)} · Unclear ${pct(ours.unclear)}`,
    `bag-of-words baseline: macro-F1 ${f3(base.macroF1)} · accuracy ${f3(base.accuracy)} (model ${ours.macroF1 >= base.macroF1 ? '+' : ''}${f3(ours.macroF1 - base.macroF1)})`,
  ];
}

/** The shipped model on statements written to the method (see METHOD_STATEMENTS), which it never trained on. */
export function methodReport(path: string): string[] {
  const statements = readStatements(path);
  const scored: Scored[] = statements.map((statement) => {
    return { truth: statement.label, predicted: predictedOf(classify(statement.text).label) };
  });
  const ours = figures(scored);
  const by = (title: string, key: (s: Statement) => string) => [
    title,
    ...figuresBy(scored, statements, key).map((row) => `  ${row.value.padEnd(24)} ${String(row.n).padStart(4)}  ${f3(row.figures.accuracy)}  ${pct(row.figures.unclear).padStart(6)}`),
  ];
  return [
    `The shipped model on ${statements.length} statements written to the method (${path}; never trained on):`,
    `  macro-F1 ${f3(ours.macroF1)} · accuracy ${f3(ours.accuracy)} · Unclear ${pct(ours.unclear)}`,
    ...confusion(ours),
    ...by('  by language                 n  accuracy unclear', (s) => s.lang),
    ...by('  by form', (s) => s.kind ?? 'unknown'),
  ];
}

if (process.argv[1]?.endsWith('eval.mjs')) {
  const files = corpusFiles(corpusFolder());
  const report = evaluationReport(files.statements, files.synthetic);
  // The figure that counts closes the output, where a reader and the before-stop check look.
  console.log([...methodReport(METHOD_STATEMENTS), '', ...report].join('\n'));
}
