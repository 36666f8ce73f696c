/**
 * `npm run eval:corrections`: what a user's corrections are worth on plans the model never
 * saw. Inside the grouped cross-validation (each organisation is judged by the fold model
 * that never trained on it), a simulated user corrects k randomly chosen statements of one
 * organisation, giving each its source's label, and the organisation's other statements are
 * classified with those corrections. Macro-F1 over all such statements, against the same
 * statements with no correction (k = 0), for k = 3, 5, 10 and several seeded draws.
 */
import { classify } from '../core/classify';
import { correctionIndex, TEACHING, type TeachingSettings } from '../core/corrections/correctionIndex';
import type { Correction } from '../core/corrections/correction';
import type { StatementModel } from '../core/model/statementModel';
import type { Statement } from './corpus';
import { foldModels } from './crossValidation';
import { groupedFolds } from './folds';
import { figures, predictedOf, type Predicted, type Scored } from './metrics';
import { exampleCache, MODEL_SETTINGS } from './modelTraining';
import { seededRandom } from './seededRandom';

export interface CurveOptions {
  ks: number[];
  draws: number;
  /** Only organisations with at least this many statements take part, so k = 10 leaves some to judge. */
  minStatements: number;
  folds: number;
  seed: number;
}

export const CURVE: CurveOptions = { ks: [3, 5, 10], draws: 5, minStatements: 15, folds: 10, seed: 7 };

export interface CurvePoint {
  k: number;
  /** Macro-F1 per draw with the corrections, and of the same statements without. */
  taught: number[];
  plain: number[];
  /** Statements judged per draw. */
  n: number;
  /** Share of the organisations whose accuracy fell with the corrections, over all draws. */
  worse: number;
  better: number;
  /** Verdicts that cite a correction of a similar row, per draw. */
  shifted: number;
}

function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  const next = seededRandom(seed);
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}


const accuracy = (items: readonly Scored[]) => items.filter((item) => item.truth === item.predicted).length / items.length;

/** The organisations taking part, each with the model that never saw it. */
export function heldOutOrganisations(corpus: readonly Statement[], synthetic: readonly Statement[], options: CurveOptions = CURVE) {
  const fold = groupedFolds(corpus, options.folds, options.seed);
  const { models, band } = foldModels(corpus, synthetic, fold, options.folds, exampleCache(), MODEL_SETTINGS);
  const byOrg = new Map<string, { statements: Statement[]; model: StatementModel }>();
  corpus.forEach((statement, i) => {
    let org = byOrg.get(statement.org);
    if (!org) byOrg.set(statement.org, (org = { statements: [], model: { ...models[fold[i]], band } }));
    org.statements.push(statement);
  });
  return [...byOrg.entries()].filter(([, org]) => org.statements.length >= options.minStatements).map(([name, org]) => ({ name, ...org }));
}

export type HeldOut = ReturnType<typeof heldOutOrganisations>;

export function correctionCurve(orgs: HeldOut, settings: TeachingSettings = TEACHING, options: CurveOptions = CURVE): CurvePoint[] {
  // The verdict with no correction does not depend on the draw.
  const plainOf = new Map<Statement, Predicted>();
  for (const org of orgs) for (const s of org.statements) plainOf.set(s, predictedOf(classify(s.text, { model: org.model }).label));
  return options.ks.map((k) => {
    const point: CurvePoint = { k, taught: [], plain: [], n: 0, worse: 0, better: 0, shifted: 0 };
    let compared = 0;
    for (let draw = 0; draw < options.draws; draw++) {
      const taught: Scored[] = [];
      const plain: Scored[] = [];
      for (const [o, org] of orgs.entries()) {
        // The same order for every k, so k = 10's corrections include k = 5's.
        const order = shuffled(org.statements, 1000 * draw + o + 1);
        const corrections: Correction[] = order
          .slice(0, k)
          .map((s, i) => ({ statement: s.text, label: s.label === 'GOAL' ? 'Goal' : 'Initiative', row: i + 1 }));
        const index = correctionIndex(corrections, settings);
        const orgTaught: Scored[] = [];
        const orgPlain: Scored[] = [];
        for (const s of order.slice(k)) {
          const verdict = classify(s.text, { model: org.model, corrections: index });
          if (verdict.basis === 'similar-correction') point.shifted++;
          orgTaught.push({ truth: s.label, predicted: predictedOf(verdict.label) });
          orgPlain.push({ truth: s.label, predicted: plainOf.get(s)! });
        }
        const delta = accuracy(orgTaught) - accuracy(orgPlain);
        if (delta < 0) point.worse++;
        if (delta > 0) point.better++;
        compared++;
        taught.push(...orgTaught);
        plain.push(...orgPlain);
      }
      point.taught.push(figures(taught).macroF1);
      point.plain.push(figures(plain).macroF1);
      point.n = taught.length;
    }
    point.worse /= compared;
    point.better /= compared;
    point.shifted /= options.draws;
    return point;
  });
}

const mean = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const f3 = (x: number) => x.toFixed(3);
const signed = (x: number) => `${x >= 0 ? '+' : ''}${x.toFixed(3)}`;

export function curveReport(orgs: HeldOut, points: readonly CurvePoint[], settings: TeachingSettings, options: CurveOptions = CURVE): string[] {
  const statements = orgs.reduce((sum, org) => sum + org.statements.length, 0);
  return [
    `Corrections on unseen organisations: ${orgs.length} organisations with ${options.minStatements}+ statements (${statements} statements), ` +
      `grouped ${options.folds}-fold cross-validation, ${options.draws} seeded draws per k`,
    `similarity: cosine over stemmed words, word pairs ×${settings.pairs}, letter pieces ×${settings.letters}; ` +
      `threshold ${settings.threshold}, ${settings.strength} log-odds per unit of similarity, at most ${settings.neighbours} neighbours`,
    '',
    '   k   judged   macro-F1 k=0   with k   change   (per draw)                      orgs worse / better   shifted',
    ...points.map((p) => {
      const deltas = p.taught.map((t, i) => t - p.plain[i]);
      return `  ${String(p.k).padStart(2)}   ${String(p.n).padStart(6)}   ${f3(mean(p.plain)).padStart(12)}   ${f3(mean(p.taught)).padStart(6)}   ${signed(mean(deltas))}   ${deltas.map(signed).join(' ').padEnd(30)}  ${(p.worse * 100).toFixed(0).padStart(3)}% / ${(p.better * 100).toFixed(0)}%   ${p.shifted.toFixed(0).padStart(7)}`;
    }),
  ];
}
