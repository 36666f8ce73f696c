/**
 * Classifies a batch of data rows and renders each as output text: the unit of work of
 * `goalpost classify`, done on the main thread for small files and in worker threads for
 * large ones. Everything it needs travels as plain data, so a worker can rebuild it.
 */
import { cellText, correctionIndex, rowClassifier, type CellValue, type Correction, type Label, type PlanLayout } from '../core';
import { verdictWriter, type ClassifiedRow, type ClassifyFormat, type VerdictWriter } from './formats';

/** What a batch needs besides its rows; plain data, as workers receive it. */
export interface BatchContext {
  layout: PlanLayout;
  parents: string[];
  threshold?: number;
  /** The user's examples; each worker builds its own index of them. */
  examples?: Correction[];
  format: ClassifyFormat;
  headers: string[];
  raw?: boolean;
  columns?: number;
  /** CSV output's delimiter: the input file's. */
  delimiter?: string;
}

export interface BatchRow {
  row: number;
  cells: CellValue[];
}

export interface BatchResult {
  /** The batch's non-blank rows rendered, in order, joined by the writer's `between`. */
  text: string;
  /** How many rows `text` holds. */
  rows: number;
  counts: Record<Label, number>;
}

/** Prepares the per-file work once (sets, writer), then renders batches. */
export function batchRenderer(context: BatchContext): (rows: BatchRow[]) => BatchResult {
  const { layout } = context;
  const corrections = context.examples?.length ? correctionIndex(context.examples) : undefined;
  const classifyRow = rowClassifier(layout, { threshold: context.threshold, corrections }, new Set(context.parents));
  const titleColumn = layout.columns.title ?? layout.columns.description ?? 0;
  const writer: VerdictWriter = verdictWriter(context.format, context.headers, { raw: context.raw, columns: context.columns, delimiter: context.delimiter });
  return (rows) => {
    const classified: ClassifiedRow[] = [];
    const counts: Record<Label, number> = { Initiative: 0, Goal: 0, Unclear: 0 };
    for (const { row, cells } of rows) {
      const verdict = classifyRow(cells);
      if (!verdict) continue;
      counts[verdict.label]++;
      classified.push({ row, cells, title: cellText(cells[titleColumn]), verdict });
    }
    return { text: classified.length ? writer.rows(classified) : '', rows: classified.length, counts };
  };
}
