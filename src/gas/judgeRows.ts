/**
 * Plan rows in, rows of verdict cells out; blank rows stay blank. The set of parent keys
 * (what other rows name as their parent) can be passed in: a row named as a parent reads
 * as a goal, so when rows are judged chunk by chunk the keys must come from the whole
 * plan, or a row's verdict would depend on which chunk or selection it fell in.
 */
import {
  classify,
  isBlankRow,
  isParentRow,
  isSheetsError,
  mappedFields,
  parentKeys,
  recordOf,
  type CellValue,
  type ClassifyOptions,
  type PlanLayout,
  type Verdict,
} from '../core';
import { blankRow, verdictCells, type VerdictCell } from './outputRow';

export function judgeRows(
  rows: CellValue[][],
  layout: PlanLayout,
  options: ClassifyOptions,
  parents: ReadonlySet<string> = parentKeys(layout, rows),
): VerdictCell[][] {
  return judgeVerdicts(rows, layout, options, parents).map((verdict) => (verdict ? verdictCells(verdict) : blankRow()));
}

/** The same judgement as whole verdicts (null for a blank row), for the sidebar, which shows the evidence too. */
export function judgeVerdicts(
  rows: CellValue[][],
  layout: PlanLayout,
  options: ClassifyOptions,
  parents: ReadonlySet<string> = parentKeys(layout, rows),
): Array<Verdict | null> {
  const mapped = mappedFields(layout);
  const columns = Object.values(layout.columns) as number[];
  return rows.map((row) => {
    if (isBlankRow(row)) return null;
    const record = recordOf(row, layout);
    const verdict = classify(record, options, { mapped, isParent: isParentRow(record, parents) });
    const errors = columns.filter((i) => isSheetsError(row[i])).map((i) => ({ header: layout.headers[i], value: String(row[i]) }));
    return errors.length ? withErrorCells(verdict, errors) : verdict;
  });
}

/** One cell's value read as a bare statement. */
export function judgeStatement(value: CellValue, options: ClassifyOptions): VerdictCell[] {
  return isBlankRow([value]) ? blankRow() : verdictCells(classify(value, options));
}

/**
 * The engine reads an error value as a blank cell. In a sheet the error is usually a
 * broken lookup the user will want to fix, so the reason says which cells were skipped.
 */
function withErrorCells(verdict: Verdict, errors: Array<{ header: string; value: string }>): Verdict {
  if (errors.every(({ value }) => verdict.reason.includes(value))) return verdict; // the engine already said so
  const cells = errors.map(({ header, value }) => `${header} shows ${value}`).join(', ');
  return { ...verdict, reason: `${verdict.reason} (read as blank: ${cells})` };
}
