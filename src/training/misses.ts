// Developer tool: the out-of-fold misses of one language or domain, to see what kind of wording fails.
import { readStatements } from './corpus';
import { crossValidate } from './crossValidation';
const corpus = readStatements('../shared/corpus/statements.csv');
const synthetic = readStatements('../shared/corpus/synthetic.csv');
const cv = crossValidate(corpus, synthetic);
const want = process.argv[2] ?? 'es';
for (const item of cv.model) {
  if (item.statement.lang !== want && item.statement.domain !== want) continue;
  const mark = item.truth === item.predicted ? ' ' : 'x';
  console.log(`${mark} ${item.truth[0]}→${item.predicted[0]} ${item.goal.toFixed(2)} [${item.statement.org.slice(0, 22)}] ${item.statement.text.slice(0, 110)}`);
}
