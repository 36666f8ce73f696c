/**
 * One data row of a plan as the record the engine reads, under the plan's layout: each mapped
 * column's cell, with the column's unit applied and a day-first column's dates made ISO.
 */
import type { PlanLayout } from './detectLayout';
import { withUnit } from './units';
import { isBlank } from '../text';
import type { CellValue, Field, PlanRecord } from '../types';

export function isBlankRow(row: readonly CellValue[]): boolean {
  return row.every(isBlank);
}

const SLASH_DATE = /\b(\d{1,2})[/.](\d{1,2})[/.](\d{4})\b/g;

/**
 * The ambiguous slash dates of a day-first column ("01/03/2026" under a "30/11/2026") as ISO
 * days; a date only one reading fits is left as the user wrote it, so evidence quotes it.
 */
function isoDates(value: CellValue, dayFirst: boolean): CellValue {
  if (!dayFirst || typeof value !== 'string' || !/\d[/.]\d/.test(value)) return value;
  return value.replace(SLASH_DATE, (whole, day: string, month: string, year: string) => {
    if (Number(day) > 12 || Number(month) < 1 || Number(month) > 12 || Number(day) < 1) return whole;
    return `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  });
}

/** The record of one data row under a layout. */
export function recordOf(row: readonly CellValue[], layout: PlanLayout): PlanRecord {
  return recordReader(layout)(row);
}

/**
 * recordOf for many rows of one layout: which fields, columns, units and date orders it
 * maps is read once, not once a row. The layout must not change while the reader is used.
 */
export function recordReader(layout: PlanLayout): (row: readonly CellValue[]) => PlanRecord {
  const fields = Object.keys(layout.columns) as Field[];
  const indexes = fields.map((field) => layout.columns[field] as number);
  const units = indexes.map((index) => layout.units?.[index]);
  const dayFirst = indexes.map((index) => layout.dayFirst?.[index]);
  const plain = units.every((unit) => !unit) && dayFirst.every((way) => way === undefined);
  return (row) => {
    const record: PlanRecord = {};
    for (let k = 0; k < fields.length; k++) {
      let value = row[indexes[k]];
      if (!plain) {
        const unit = units[k];
        if (unit) value = withUnit(value, unit);
        const way = dayFirst[k];
        if (way !== undefined) value = isoDates(value, way);
      }
      record[fields[k]] = value;
    }
    return record;
  };
}

/** The set of fields a layout maps, which classify needs to tell "no column" from "blank cell". */
export function mappedFields(layout: PlanLayout): ReadonlySet<Field> {
  return new Set(Object.keys(layout.columns) as Field[]);
}
