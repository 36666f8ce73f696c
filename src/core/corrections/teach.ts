/**
 * Classifying with the user's corrections. A row the user corrected keeps the user's label
 * (basis `correction`); a row whose statement reads like corrected ones leans their way: the
 * neighbours' similarity-weighted vote is added to the model's log-odds, and when that
 * changes the label the verdict says so (basis `similar-correction`, "like row 12 you
 * corrected"). Everything else about the verdict — criteria, evidence, facts — is the
 * engine's own reading of the row.
 */
import { themeOf } from '../theme';
import { cellText, clip } from '../text';
import type { CellValue, ClassifyOptions, Label, PlanRecord, Verdict } from '../types';
import type { RowContext } from '../classify';
import { whereText, type Correction, type TaughtBy } from './correction';
import { leaningOf, type CorrectionIndex } from './correctionIndex';

type Judge = (input: PlanRecord | CellValue, options: ClassifyOptions, context: RowContext) => Verdict;

function recordOf(input: PlanRecord | CellValue): PlanRecord {
  return typeof input === 'object' && input !== null && !(input instanceof Date) ? (input as PlanRecord) : { title: input };
}

/** The statement classify reads: the title, or the description when there is none. */
function statementOf(input: PlanRecord | CellValue): string {
  const record = recordOf(input);
  const text = (value: CellValue) => (typeof value === 'string' ? cellText(value) : '');
  return text(record.title) || text(record.description);
}

const LABEL_OF: Record<Correction['label'], Label> = { Goal: 'Goal', Initiative: 'Initiative', 'Not a plan row': 'Unclear' };

function taughtBy(correction: Correction, similarity?: number): TaughtBy {
  const by: TaughtBy = { label: correction.label, row: correction.row, statement: correction.statement };
  if (correction.source) by.source = correction.source;
  if (similarity !== undefined) by.similarity = Math.round(similarity * 100) / 100;
  return by;
}

/** The row the user corrected: their label, with Goalpost's own reading kept in the reason. */
function corrected(input: PlanRecord | CellValue, own: Verdict, correction: Correction): Verdict {
  const label = LABEL_OF[correction.label];
  const note = correction.note ? ` (“${clip(correction.note, 60)}”)` : '';
  // An example from a range or a file names where it was given; a correction in the sidebar is this row's own.
  const given = correction.source ? ` (${whereText(correction)})` : '';
  const said =
    correction.label === 'Not a plan row'
      ? `You marked this statement as not a plan row${given}`
      : correction.source
        ? `You labelled this statement ${correction.label}${given}`
        : `You corrected this row to ${correction.label}`;
  const record = recordOf(input);
  const theme = label === 'Goal' ? (own.theme ?? themeOf(cellText(record.title)) ?? themeOf(cellText(record.description))) : null;
  return {
    ...own,
    label,
    basis: 'correction',
    theme,
    goalSignals: label === 'Goal' ? own.goalSignals : [],
    reason: `${said}${note}; Goalpost alone said ${own.label}: ${own.reason}`,
    taught: taughtBy(correction),
  };
}

export function classifyTaught(input: PlanRecord | CellValue, options: ClassifyOptions, context: RowContext, judge: Judge, index: CorrectionIndex): Verdict {
  const plain: ClassifyOptions = { ...options, corrections: undefined };
  const own = judge(input, plain, context);
  const statement = statementOf(input);
  if (!statement) return own;
  const correction = index.exact(statement);
  if (correction) return corrected(input, own, correction);
  const neighbours = index.neighbours(statement);
  if (!neighbours.length) return own;
  const lean = leaningOf(neighbours, index.settings);
  const shifted = judge(input, { ...plain, lean }, context);
  if (shifted.label === own.label) return own;
  // The reason names the neighbour that pulled most toward the new label.
  const toward = shifted.label === 'Goal' ? 'Goal' : shifted.label === 'Initiative' ? 'Initiative' : own.label === 'Goal' ? 'Initiative' : 'Goal';
  const nearest = neighbours.find((n) => n.correction.label === toward) ?? neighbours[0];
  const like = `like ${whereText(nearest.correction)} you corrected (“${clip(nearest.correction.statement, 50)}”, ${nearest.correction.label}; ${Math.round(nearest.similarity * 100)}% alike)`;
  const others = neighbours.length > 1 ? ` and ${neighbours.length - 1} more you corrected` : '';
  return {
    ...shifted,
    basis: 'similar-correction',
    reason: `${shifted.label}, ${like}${others}; by itself Goalpost said ${own.label}: ${own.reason}`,
    taught: taughtBy(nearest.correction, nearest.similarity),
  };
}
