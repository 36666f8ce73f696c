/** Teaching Goalpost with a user's corrections: one engine for the sidebar, the formulas and the command line. */
export { statementKey, whereText, type Correction, type TaughtBy } from './correction';
export { correctionIndex, TEACHING, type CorrectionIndex, type Neighbour, type TeachingSettings } from './correctionIndex';
export { ExamplesError, readExamples } from './examples';
export { readTaughtLabel, TAUGHT_LABELS, type TaughtLabel } from './labels';
