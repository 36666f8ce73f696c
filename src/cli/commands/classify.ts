/** `goalpost classify <file|->`: a verdict for every data row of an exported plan. */
import { cellText, classifyRows, detectLayout, PlanError, type FieldOverrides, type PlanLayout } from '../../core';
import { UsageError } from '../errors';
import { csvLines, table, verdictObject, type ClassifiedRow, type ClassifyFormat } from '../formats';
import { readTable } from '../readTable';

export interface ClassifyCommandOptions {
  format: ClassifyFormat;
  map?: FieldOverrides;
  threshold?: number;
  raw?: boolean;
  columns?: number;
}

/** The plan's layout, or a one-line error that says what was found and how to fix it. */
export function layoutFor(rows: string[][], map: FieldOverrides | undefined, source: string): PlanLayout {
  try {
    return detectLayout(rows, { overrides: map });
  } catch (error) {
    if (error instanceof PlanError) throw new UsageError(`${source}: ${error.message} (use --map title=HEADER)`);
    throw error;
  }
}

/** Classifies a plan's rows; blank rows are skipped but keep their numbers. */
export function classifyPlan(rows: string[][], options: Pick<ClassifyCommandOptions, 'map' | 'threshold'>, source: string) {
  const layout = layoutFor(rows, options.map, source);
  const data = layout.hasHeaderRow ? rows.slice(1) : rows;
  const verdicts = classifyRows(data, layout, { threshold: options.threshold });
  const titleColumn = layout.columns.title ?? layout.columns.description ?? 0;
  const classified: ClassifiedRow[] = [];
  verdicts.forEach((verdict, index) => {
    if (verdict) classified.push({ row: index + 1, cells: data[index], title: cellText(data[index][titleColumn]), verdict });
  });
  return { layout, classified, data };
}

export function runClassify(path: string, options: ClassifyCommandOptions): string {
  const rows = readTable(path);
  const { layout, classified } = classifyPlan(rows, options, path === '-' ? 'standard input' : path);
  switch (options.format) {
    case 'ndjson':
      return classified.map((row) => JSON.stringify(verdictObject(row))).join('\n') + (classified.length ? '\n' : '');
    case 'json':
      return JSON.stringify(classified.map(verdictObject), null, 2) + '\n';
    case 'csv': {
      const width = layout.headers.length;
      const padded = classified.map((row) => ({ ...row, cells: Array.from({ length: width }, (_, i) => row.cells[i] ?? '') }));
      return csvLines(layout.headers, padded, options.raw === true, true);
    }
    default:
      return table(classified, options.columns);
  }
}
