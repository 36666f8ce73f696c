/**
 * The sidebar's corrections: the user sets a result to Goal, Initiative or "not a plan row"
 * (with an optional note), or removes that correction. Each call records it in the hidden
 * corrections sheet and answers with the row judged again, so the list shows the user's
 * label at once; when the sheet already holds Goalpost's columns for the row, they are
 * rewritten too, through the same write-back as a run (never over a cell that is not
 * Goalpost's). Rows like the corrected one change on the next run, which the sidebar says.
 */
import { cellText, readTaughtLabel, type Field } from '../core';
import { classifyChunk, dataRowsWithin, openPlanToClassify, type PlanToClassify } from './classifyRows';
import { removeCorrection, saveCorrection } from './corrections';
import { withDocumentLock } from './lock';
import { verdictCells } from './outputRow';
import { cleanSettings } from './settings';
import { rowOf, sheetNamed, type SidebarRow } from './sidebarApi';
import { UserError } from './userError';
import { foreignCells, writeVerdicts } from './writeBack';

export interface CorrectionRequest {
  sheetName: string;
  /** The sheet row of the result. */
  row: number;
  /** Goal, Initiative or Not a plan row; absent to remove the correction. */
  label?: string;
  note?: string;
  settings: unknown;
}

const NOTE_CHARS = 500;

function requestOf(raw: unknown): CorrectionRequest {
  const ask = (typeof raw === 'object' && raw !== null ? raw : {}) as Partial<Record<keyof CorrectionRequest, unknown>>;
  if (typeof ask.row !== 'number' || !Number.isInteger(ask.row) || ask.row < 1)
    throw new UserError('Goalpost was asked to correct a row it cannot find. Run again, then correct the result.');
  return {
    sheetName: String(ask.sheetName),
    row: ask.row,
    label: typeof ask.label === 'string' ? ask.label : undefined,
    note: typeof ask.note === 'string' ? ask.note.trim().slice(0, NOTE_CHARS) : '',
    settings: ask.settings,
  };
}

/** The row's statement as the engine reads it (title, else description) and how to find the row again (id, else title). */
function statementAt(plan: PlanToClassify, cells: readonly unknown[]): { statement: string; ref: string } {
  const text = (field: Field) => {
    const at = plan.layout.columns[field];
    return at === undefined ? '' : cellText(cells[at] as never);
  };
  const statement = text('title') || text('description');
  return { statement, ref: text('id') || text('title') };
}

function change(raw: unknown, remove: boolean): SidebarRow {
  const ask = requestOf(raw);
  const sheet = sheetNamed(ask.sheetName);
  const label = remove ? null : readTaughtLabel(ask.label ?? '');
  if (!remove && !label) throw new UserError(`“${String(ask.label)}” is not a label Goalpost can learn: choose Goal, Initiative or Not a plan row.`);
  return withDocumentLock(() => {
    const settings = cleanSettings(ask.settings);
    const before = openPlanToClassify(sheet, settings);
    if (dataRowsWithin(before, ask.row, ask.row).numRows !== 1)
      throw new UserError(`Row ${ask.row} is not a data row of “${sheet.getName()}” any more. Run again, then correct the result.`);
    const { statement, ref } = statementAt(before, classifyChunk(before, ask.row, 1).rows[0]);
    if (!statement) throw new UserError(`Row ${ask.row} has no title or description, so there is no statement for Goalpost to learn from.`);
    // The row's Goalpost cells are rewritten only where they are Goalpost's; a refusal must not follow a saved correction.
    const canWrite = !before.out.missing.length && foreignCells(sheet, before.out, ask.row, 1).length === 0;
    const spreadsheet = sheet.getParent();
    if (label) saveCorrection(spreadsheet, { statement, label, sheet: sheet.getName(), row: ask.row, ref, note: ask.note ?? '' });
    else removeCorrection(spreadsheet, sheet.getName(), statement);
    // Judged again with the corrections as they now stand.
    const plan = openPlanToClassify(sheet, settings);
    const { rows, verdicts } = classifyChunk(plan, ask.row, 1);
    const verdict = verdicts[0];
    if (!verdict) throw new UserError(`Row ${ask.row} is blank now; there is nothing to correct.`);
    if (canWrite) writeVerdicts(sheet, ask.row, [verdictCells(verdict)], plan.out);
    return rowOf(ask.row, rows[0], plan, verdict);
  });
}

/** Records the user's label for a row, and answers with the row as Goalpost now judges it. */
export function correctSidebarRow(request: unknown): SidebarRow {
  return change(request, false);
}

/** Removes the user's correction of a row: Goalpost's own verdict comes back. */
export function removeSidebarCorrection(request: unknown): SidebarRow {
  return change(request, true);
}
