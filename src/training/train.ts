/**
 * `npm run train`: trains the statement model on the whole corpus (and the synthetic
 * statements), with the Unclear band set on grouped cross-validation, and writes
 * src/core/model/weights.ts. Deterministic: a test retrains and compares byte for byte.
 */
import { writeFileSync } from 'node:fs';
import { readStatements } from './corpus';
import { crossValidatedBand } from './crossValidation';
import { trainModel } from './modelTraining';
import { corpusFiles, corpusFolder } from './paths';
import { weightsModule } from './weightsModule';

export function trainedModule(statementsPath: string, syntheticPath: string | null): string {
  const corpus = readStatements(statementsPath);
  const synthetic = syntheticPath ? readStatements(syntheticPath) : [];
  const band = crossValidatedBand(corpus, synthetic);
  const model = trainModel(corpus, synthetic, band);
  return weightsModule(model, { statements: corpus.length, organisations: new Set(corpus.map((s) => s.org)).size, synthetic: synthetic.length });
}

if (process.argv[1]?.endsWith('train.mjs')) {
  const files = corpusFiles(corpusFolder());
  const text = trainedModule(files.statements, files.synthetic);
  writeFileSync('src/core/model/weights.ts', text);
  console.log(`wrote src/core/model/weights.ts (${(text.length / 1024).toFixed(1)} KB)`);
}
