/** `npm run eval:corrections`: the curve of macro-F1 against the number of statements a user corrects (see correctionsEval.ts). */
import { TEACHING, type TeachingSettings } from '../core/corrections/correctionIndex';
import { readStatements } from './corpus';
import { correctionCurve, curveReport, heldOutOrganisations } from './correctionsEval';
import { corpusFiles } from './paths';

const files = corpusFiles();
const corpus = readStatements(files.statements);
const synthetic = files.synthetic ? readStatements(files.synthetic) : [];
const orgs = heldOutOrganisations(corpus, synthetic);
// GOALPOST_TEACHING='[{"threshold":0.4}, ...]' compares settings on the same fold models (developer use).
const grid = process.env.GOALPOST_TEACHING ? (JSON.parse(process.env.GOALPOST_TEACHING) as Array<Partial<TeachingSettings>>) : [{}];
for (const change of grid) {
  const settings = { ...TEACHING, ...change };
  console.log(curveReport(orgs, correctionCurve(orgs, settings), settings).join('\n'));
  console.log('');
}
