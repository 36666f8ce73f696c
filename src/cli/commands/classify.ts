/**
 * `goalpost classify <file|->`: a verdict for every data row of an exported plan, streamed:
 * rows are read, classified and written a batch at a time, so memory stays flat however
 * large the file. A plan with a parent column is read twice: first the parent references
 * (a row named as a parent reads as a goal, and parents are often named by rows further
 * down). Large files are classified in worker threads while the main thread reads and
 * writes; the output is the same either way.
 */
import { availableParallelism } from 'node:os';
import type { Correction, Label } from '../../core';
import { ClassifierPool } from '../classifierPool';
import { verdictWriter, type ClassifyFormat } from '../formats';
import { layoutNotice } from '../layoutNotice';
import type { Output } from '../output';
import { readParentKeys, readPlan, type PlanReadOptions } from '../planReader';
import { progressBar } from '../progress';
import type { PlanFile } from '../sources/rowSource';
import { batchRenderer, type BatchContext, type BatchResult, type BatchRow } from '../verdictBatch';

export interface ClassifyCommandOptions extends PlanReadOptions {
  format: ClassifyFormat;
  output?: string;
  threshold?: number;
  raw?: boolean;
  progress?: boolean;
  columns?: number;
  /** No report of how the plan was read. */
  quiet?: boolean;
  /** The user's examples (--examples): corrected statements keep their label, similar ones lean their way. */
  examples?: Correction[];
}

export interface RunSummary {
  rows: number;
  counts: Record<Label, number>;
}

/**
 * Rows a batch holds. Small batches keep little alive at once: a worker's batch (its cells,
 * and formerly its verdicts) survived the young generation's collections and was promoted, so
 * the old generation of a 48 MB-capped worker grew to its cap and collected ever more often.
 * 100-row batches, 8 in flight with two workers, against 1,000-row batches, 4 in flight, at
 * 1M rows: peak RSS 229-232 -> 168-171 MB and CPU 52-56 -> 38-40 s (BENCHMARKS.md).
 */
const BATCH_ROWS = 100;
/** Below this size, starting threads costs more than they save. */
const WORKER_THRESHOLD_BYTES = 4 * 1024 * 1024;

/** How many worker threads classify: GOALPOST_WORKERS if set (0 = none), else one per core for large files. */
export function workerCount(bytes: number): number {
  const set = process.env.GOALPOST_WORKERS;
  if (set !== undefined && set !== '' && Number.isInteger(Number(set))) return Math.max(0, Math.min(16, Number(set)));
  return bytes >= WORKER_THRESHOLD_BYTES ? Math.min(4, availableParallelism()) : 0;
}

export async function runClassify(file: PlanFile, output: Output, options: ClassifyCommandOptions): Promise<RunSummary> {
  const readOptions = { map: options.map, headerRow: options.headerRow, sheet: options.sheet, skipBadRows: options.skipBadRows, onBadRow: options.onBadRow };
  const plan = await readPlan(file, readOptions);
  if (!options.quiet) process.stderr.write(layoutNotice(plan, file.label));
  const parents = await readParentKeys(file, plan.layout, readOptions);
  const context: BatchContext = {
    layout: plan.layout,
    parents: [...parents],
    threshold: options.threshold,
    examples: options.examples,
    format: options.format,
    headers: plan.headers,
    raw: options.raw,
    columns: options.columns,
    delimiter: plan.source.delimiter,
  };
  const writer = verdictWriter(options.format, plan.headers, { raw: options.raw, columns: options.columns, delimiter: plan.source.delimiter });
  const workers = workerCount(file.size);
  const pool = workers > 0 ? new ClassifierPool(workers, context) : null;
  const render = pool ? null : batchRenderer(context);
  // Each worker (or the renderer) has its own set of the parent keys now: a million-row plan's
  // keys are megabytes the main thread need not keep.
  parents.clear();
  context.parents = [];
  // Batches in flight, oldest first: enough to keep every worker busy while this thread waits
  // for the processor (four 2-3 ms batches each), few enough to bound memory.
  const window = pool ? workers * 4 : 1;
  const inFlight: Array<Promise<BatchResult>> = [];

  const progress = progressBar(options.progress === true, plan.source.totalBytes, 'Classifying');
  const counts: Record<Label, number> = { Initiative: 0, Goal: 0, Unclear: 0 };
  let done = 0;
  const emit = async (result: BatchResult) => {
    if (result.rows) {
      if (done > 0 && writer.between) await output.write(writer.between);
      await output.write(result.text);
    }
    done += result.rows;
    for (const label of Object.keys(counts) as Label[]) counts[label] += result.counts[label];
    progress.update(done, plan.source.bytesRead());
  };
  const submit = (batch: BatchRow[]) => inFlight.push(pool ? pool.classify(batch) : Promise.resolve((render as NonNullable<typeof render>)(batch)));

  try {
    await output.write(writer.start());
    let batch: BatchRow[] = [];
    let stopped: unknown = null;
    try {
      reading: for await (const rows of plan.rows) {
        for (const { row, cells } of rows) {
          batch.push({ row, cells });
          if (batch.length < BATCH_ROWS) continue;
          submit(batch);
          batch = [];
          while (inFlight.length >= window) await emit(await (inFlight.shift() as Promise<BatchResult>));
          if (output.gone) break reading;
        }
      }
    } catch (error) {
      // A malformed row stops the run: the rows before it still reach standard output as they
      // were read (a file output is then discarded whole, and the target left as it was).
      stopped = error;
    }
    if (batch.length && !output.gone) submit(batch);
    while (inFlight.length) await emit(await (inFlight.shift() as Promise<BatchResult>));
    if (stopped) throw stopped;
    await output.write(writer.end(counts));
  } finally {
    progress.stop();
    await pool?.close();
  }
  return { rows: done, counts };
}
