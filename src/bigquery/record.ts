/**
 * What BigQuery hands a JavaScript function, turned into the record the engine reads. The
 * generated SQL passes every field as STRING, but the library is also called from users'
 * own functions, so it takes what BigQuery's documented type mapping can deliver: null for
 * NULL, a Number for FLOAT64 (and for NUMERIC that fits one, else a string), a Date for
 * DATE and TIMESTAMP, a boolean for BOOL. Anything else (an ARRAY, a STRUCT) is no cell
 * value and reads as blank rather than as text the user never wrote.
 */
import { FIELDS, type CellValue, type Field } from '../core';

/**
 * The record's fields in the order of DESIGN.md's contract, which is the order of the SQL
 * function's arguments: the engine's FIELDS with the identifiers (id, account) last.
 */
// The currency column came after this contract: a new argument in its middle would shift every
// argument after it in users' own SQL calls, so the record keeps the contract's fields.
export const RECORD_FIELDS: readonly Field[] = [...FIELDS.filter((field) => field !== 'id' && field !== 'account' && field !== 'currency'), 'id', 'account'];

/** A value as BigQuery delivers it, as a cell value the engine reads. */
export function cellValue(value: unknown): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'bigint') return Number(value);
  // A Date made in another realm (a test's vm context) fails instanceof, so ask its tag.
  if (Object.prototype.toString.call(value) === '[object Date]') {
    const time = (value as Date).getTime();
    return Number.isNaN(time) ? null : new Date(time);
  }
  return null;
}

/** One plan row as the engine's row classifier takes it: the fields with a column, their cells, their headers. */
export interface PlanRow {
  fields: Field[];
  cells: CellValue[];
  headers: string[];
}

/**
 * The row of a record. `columns` names the fields the plan has columns for (the generated
 * query passes exactly the mapped ones, so a field with no column is told from a blank
 * cell); without it, every field the record carries counts as a column. `headers` are the
 * plan's header texts for those columns, which reasons quote ("Budget shows #REF!").
 */
export function planRow(input: unknown, columns?: unknown, headers?: unknown): PlanRow {
  const source = typeof input === 'object' && input !== null ? (input as Record<string, unknown>) : {};
  const named = Array.isArray(columns) ? columns.filter((name): name is Field => (FIELDS as readonly unknown[]).includes(name)) : [];
  const fields = [...new Set<Field>(named.length ? named : FIELDS.filter((field) => source[field] !== undefined))];
  const texts = Array.isArray(headers) && Array.isArray(columns) && headers.length === columns.length ? headers : null;
  return {
    fields,
    cells: fields.map((field) => cellValue(source[field])),
    headers: fields.map((field) => {
      const header = texts?.[(columns as unknown[]).indexOf(field)];
      return typeof header === 'string' && header.trim() ? header : field;
    }),
  };
}
