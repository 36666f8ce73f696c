/**
 * The BigQuery library: the engine as one self-contained script (build.mjs bundles this
 * entry into build/goalpost-bq.js, an IIFE that defines the global `goalpost`). BigQuery
 * runs it in a sandbox with no Node, DOM or network, loading it from Cloud Storage for the
 * `LANGUAGE js` functions that goalpost.sql creates; each function's own code only calls
 * these exports.
 */
import { classify, parentKey as corePlanParentKey, recordOf, rowClassifier, type Field, type PlanLayout } from '../core';
import { cellValue, planRow } from './record';
import { flatResult, type FlatResult } from './result';

/**
 * Classifies one plan row. `record` holds the row's fields by name (`title`, `budget`...,
 * strings or null) plus `isParent`, true when other rows name this row as their parent;
 * `threshold` is the criteria an initiative must meet (default 3); `columns`, the fields
 * the plan has columns for, and `headers`, their header texts. The row goes through the
 * engine's own row classifier, as in `goalpost classify`. Never throws: odd values give a
 * verdict with a reason.
 */
export function classifyRecord(record: unknown, threshold?: unknown, columns?: unknown, headers?: unknown): FlatResult {
  const row = planRow(record, columns, headers);
  const layout: PlanLayout = {
    hasHeaderRow: true,
    headerIndex: 0,
    headers: row.headers,
    columns: Object.fromEntries(row.fields.map((field, index) => [field, index])) as Partial<Record<Field, number>>,
    how: {},
    evidence: {},
    notes: [],
    units: {},
    dayFirst: {},
    bareText: row.fields.length === 1,
    twoRowHeader: false,
  };
  const options = { threshold: typeof threshold === 'number' && Number.isFinite(threshold) ? threshold : undefined };
  const isParent = typeof record === 'object' && record !== null && (record as { isParent?: unknown }).isParent === true;
  // The join has already decided isParent; the row classifier asks it of the row's own keys.
  const own = recordOf(row.cells, layout);
  const parents = new Set(isParent ? [own.id, own.title].map(corePlanParentKey).filter(Boolean) : []);
  // A row whose mapped cells are all blank still gets a verdict: its other columns hold something.
  const verdict = rowClassifier(layout, options, parents)(row.cells) ?? classify(own, options, { mapped: new Set(row.fields), isParent });
  return flatResult(verdict);
}

/** How a parent reference is compared (case, accents and punctuation ignored), for the SQL join that finds parents. */
export function parentKey(value: unknown): string {
  return corePlanParentKey(cellValue(value));
}
