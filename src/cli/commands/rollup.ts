/**
 * `goalpost rollup <file|->`: which initiatives serve which goal, with totals and gaps.
 * The roll-up needs every row at once (links point anywhere in the plan), so unlike
 * classify it holds the plan in memory: per row only what the roll-up reads (the linking
 * fields and a slimmed verdict, in strings of their own), not the row's cells, so memory
 * grows with the rows and no faster; past maxRollupRows() it stops with a message instead of exhausting memory.
 */
import { buildRollup, correctionIndex, layoutReport, recordOf, rowClassifier, type Correction, type PlanItem, type PlanSummary, type Verdict } from '../../core';
import { UsageError } from '../errors';
import { layoutNotice } from '../layoutNotice';
import type { Output } from '../output';
import { readParentKeys, readPlan, type PlanReadOptions } from '../planReader';
import { rollupChunks, type RollupFormat } from '../rollupFormats';
import type { PlanFile } from '../sources/rowSource';

export interface RollupCommandOptions extends PlanReadOptions {
  format: RollupFormat;
  output?: string;
  threshold?: number;
  raw?: boolean;
  quiet?: boolean;
  /** The user's examples (--examples), as for classify. */
  examples?: Correction[];
}

/**
 * The most non-blank rows a roll-up holds: a million rows take about 1.9 GB (BENCHMARKS.md),
 * within Node's default heap. GOALPOST_ROLLUP_MAX_ROWS lowers (or raises) it.
 */
export function maxRollupRows(): number {
  const set = Number(process.env.GOALPOST_ROLLUP_MAX_ROWS);
  return Number.isInteger(set) && set > 0 ? set : 1_000_000;
}

const NOT_LATIN1 = /[^\u0000-\u00ff]/;

/**
 * A cell's text as a string of its own. A parsed cell is a slice of the 64 KB chunk it was
 * read from, and keeps all of it alive (in two bytes a character when the chunk holds any
 * "€"); a roll-up holds every row, so it would hold the whole file several times over.
 * Latin-1 text is copied in one byte a character (the copy costs about 0.2 µs).
 */
function own<T>(value: T): T {
  // V8 copies a substring shorter than 13 characters rather than slicing it: that one is its own already.
  if (typeof value !== 'string' || value.length < 13) return value;
  // Other text: the concatenation is flattened into a new string, and slicing that one keeps only it alive.
  return (NOT_LATIN1.test(value) ? (` ${value}`).slice(1) : Buffer.from(value, 'latin1').toString('latin1')) as T;
}

/**
 * Short texts that repeat down a plan (accounts, parents, organizations, people, currencies,
 * dates) once each, however many rows name them: a copy per row would cost more than the
 * slice it replaces.
 */
function shared(texts: Map<string, string>): <T>(value: T) => T {
  return (value) => {
    if (typeof value !== 'string' || value.length > 64) return own(value);
    let text = texts.get(value);
    if (text === undefined) texts.set((text = own(value)), text);
    return text as typeof value;
  };
}

const NO_CRITERIA: Verdict['criteria'] = Object.freeze({ program: false, organization: false, leadership: false, budget: false, timeframe: false });
const NO_EVIDENCE: Verdict['evidence'] = Object.freeze({});
const NONE: string[] = [];

/**
 * What the roll-up reads of a verdict (its label, score, theme, the facts it sums and, for
 * an Unclear row, the reason), with strings of their own: every other field, and every
 * slice of the row's chunk in them, would be held for each of up to a million rows.
 */
function slim(verdict: Verdict, once: <T>(value: T) => T): Verdict {
  const { budget, timeframe, organization, people } = verdict.facts;
  return {
    label: verdict.label,
    basis: verdict.basis,
    score: verdict.score,
    criteria: NO_CRITERIA,
    evidence: NO_EVIDENCE,
    theme: verdict.theme,
    goalSignals: NONE,
    reason: verdict.label === 'Unclear' ? own(verdict.reason) : '',
    facts: {
      budget: budget && { amount: budget.amount, currency: once(budget.currency), text: '' },
      timeframe: timeframe && { start: once(timeframe.start), end: once(timeframe.end), text: '' },
      organization: once(organization),
      people: people.length ? people.map(once) : NONE,
    },
    taught: verdict.taught,
  };
}

export async function runRollup(file: PlanFile, output: Output, options: RollupCommandOptions, limit = maxRollupRows()): Promise<PlanSummary> {
  const plan = await readPlan(file, options);
  const { layout } = plan;
  if (!options.quiet) process.stderr.write(layoutNotice(plan, file.label));
  // Parents first (a row named as a parent reads as a goal, and may be named further down),
  // so each row is classified as it is read and its cells let go.
  const parents = await readParentKeys(file, layout, options);
  const corrections = options.examples?.length ? correctionIndex(options.examples) : undefined;
  // The roll-up shows the reason of Unclear rows only: others are classified without wording
  // one (a sixth of a row's classifying), and an Unclear row again with it. The verdict is
  // the same either way; only its reason and goal signals are left empty.
  const classifyRow = rowClassifier(layout, { threshold: options.threshold, corrections, explain: false }, parents);
  const explainRow = rowClassifier(layout, { threshold: options.threshold, corrections }, parents);
  const items: PlanItem[] = [];
  const once = shared(new Map());
  for await (const batch of plan.rows) {
    for (const { row, cells } of batch) {
      let verdict = classifyRow(cells);
      if (!verdict) continue;
      if (verdict.label === 'Unclear') verdict = explainRow(cells) as Verdict;
      if (items.length >= limit) {
        throw new UsageError(
          `${file.label} has more than ${limit.toLocaleString('en-US')} rows, the most a roll-up holds in memory; roll up one account or region at a time (classify has no limit)`,
        );
      }
      const { id, title, description, account, parent } = recordOf(cells, layout);
      items.push({ row, record: { id: own(id), title: own(title), description: own(description), account: once(account), parent: once(parent) }, verdict: slim(verdict, once) });
    }
  }
  const rollup = buildRollup(items);
  const mapping = { ...layoutReport(layout), headerRow: plan.headerLine };
  for (const chunk of rollupChunks(rollup, options.format, options.raw, mapping)) await output.write(chunk);
  return rollup.summary;
}
