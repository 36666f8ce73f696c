/**
 * Plan rows in, rows of verdict cells out, for the sheet: blank rows stay blank. The
 * classifying itself is the core's (classifyRows); see rowClassifier for why the parent keys
 * may be passed in.
 */
import { classify, classifyRows, isBlankRow, type CellValue, type ClassifyOptions, type PlanLayout } from '../core';
import { blankRow, verdictCells, type VerdictCell } from './outputRow';

export function classifyRowsToCells(rows: CellValue[][], layout: PlanLayout, options: ClassifyOptions, parents?: ReadonlySet<string>): VerdictCell[][] {
  return classifyRows(rows, layout, options, parents).map((verdict) => (verdict ? verdictCells(verdict) : blankRow()));
}

/** One cell's value read as a bare statement. */
export function classifyStatementToCells(value: CellValue, options: ClassifyOptions): VerdictCell[] {
  return isBlankRow([value]) ? blankRow() : verdictCells(classify(value, options));
}
