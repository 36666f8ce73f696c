/**
 * `node build/training/misses.mjs es`: every out-of-fold verdict of one language or domain,
 * misses marked, with the goal probability and the organisation: to see what kind of wording
 * fails before changing a feature (never to write a rule for one sentence).
 */
import { readStatements } from './corpus';
import { crossValidate } from './crossValidation';
import { corpusFiles } from './paths';

const files = corpusFiles(process.env.GOALPOST_CORPUS);
const corpus = readStatements(files.statements);
const cv = crossValidate(corpus, files.synthetic ? readStatements(files.synthetic) : []);
const wanted = process.argv[2] ?? 'en';
for (const item of cv.model) {
  if (item.statement.lang !== wanted && item.statement.domain !== wanted) continue;
  const mark = item.truth === item.predicted ? ' ' : 'x';
  console.log(`${mark} ${item.truth[0]}→${item.predicted[0]} ${item.goal.toFixed(2)} [${item.statement.org.slice(0, 24)}] ${item.statement.text.slice(0, 110)}`);
}
