/**
 * The model Goalpost ships: the weights `npm run train` generated from the corpus, parsed
 * once on first use (Apps Script runs each custom-function call in a fresh context, so
 * the parse must be cheap and lazy).
 */
import { loadModel, type StatementModel } from './statementModel';
import { TRAINED_MODEL } from './weights';

let loaded: StatementModel | null = null;

export function defaultModel(): StatementModel {
  if (!loaded) loaded = loadModel(TRAINED_MODEL);
  return loaded;
}
