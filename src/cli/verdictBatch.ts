/**
 * Classifies a batch of data rows and renders each as output text: the unit of work of
 * `goalpost classify`, done on the main thread for small files and in worker threads for
 * large ones. Everything it needs travels as plain data, so a worker can rebuild it.
 */
import { cellText, correctionIndex, rowClassifier, type CellValue, type Correction, type Label, type PlanLayout } from '../core';
import { verdictWriter, type ClassifyFormat, type VerdictWriter } from './formats';

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
  /**
   * The batch's non-blank rows rendered, in order, joined by the writer's `between`, as UTF-8:
   * bytes a worker hands over without a copy, which never become a string on the main thread
   * (a batch's text is a large object there, and those piled up until a full collection).
   */
  text: Uint8Array;
  /** How many rows `text` holds. */
  rows: number;
  counts: Record<Label, number>;
}

const utf8 = new TextEncoder();

/**
 * Text appended as UTF-8 into one growing buffer: each row's text can go as soon as it is
 * written, instead of every verdict and every piece of a batch's text staying alive until the
 * batch is joined (a worker's young generation then has little to keep at each scavenge).
 * The bytes are those a stream writes for the joined text: rows end whole, so no surrogate
 * pair is cut, and a lone surrogate becomes U+FFFD either way.
 */
class Utf8Text {
  private bytes: Uint8Array;
  private length = 0;

  constructor(capacity: number) {
    this.bytes = new Uint8Array(capacity);
  }

  add(text: string): void {
    // A UTF-16 unit is at most 3 bytes of UTF-8.
    if (this.bytes.length - this.length < text.length * 3) {
      const grown = new Uint8Array(Math.max(this.bytes.length * 2, this.length + text.length * 3));
      grown.set(this.bytes.subarray(0, this.length));
      this.bytes = grown;
    }
    this.length += utf8.encodeInto(text, this.bytes.subarray(this.length)).written;
  }

  done(): Uint8Array {
    return this.bytes.subarray(0, this.length);
  }
}

/** About what a rendered row takes (the bench plan's: 370 bytes as CSV, 525 as ndjson). */
const ROW_BYTES = 640;

/** Prepares the per-file work once (sets, writer), then renders batches. */
export function batchRenderer(context: BatchContext): (rows: BatchRow[]) => BatchResult {
  const { layout } = context;
  const corrections = context.examples?.length ? correctionIndex(context.examples) : undefined;
  const classifyRow = rowClassifier(layout, { threshold: context.threshold, corrections }, new Set(context.parents));
  const titleColumn = layout.columns.title ?? layout.columns.description ?? 0;
  const writer: VerdictWriter = verdictWriter(context.format, context.headers, { raw: context.raw, columns: context.columns, delimiter: context.delimiter });
  return (rows) => {
    const text = new Utf8Text(rows.length * ROW_BYTES);
    const counts: Record<Label, number> = { Initiative: 0, Goal: 0, Unclear: 0 };
    let done = 0;
    for (const { row, cells } of rows) {
      const verdict = classifyRow(cells);
      if (!verdict) continue;
      counts[verdict.label]++;
      if (done++ && writer.between) text.add(writer.between);
      text.add(writer.row({ row, cells, title: cellText(cells[titleColumn]), verdict }));
    }
    return { text: text.done(), rows: done, counts };
  };
}
