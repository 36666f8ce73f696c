/**
 * `goalpost classify <file|->`: a verdict for every data row of an exported plan, streamed:
 * rows are read, classified and written one at a time, so memory stays flat however large
 * the file. A plan with a parent column is read twice: first the parent references (a row
 * named as a parent reads as a goal, and parents are often named by rows further down).
 */
import { cellText, classify, isBlankRow, isParentRow, mappedFields, recordOf, type Label } from '../../core';
import { verdictWriter, type ClassifyFormat } from '../formats';
import { Output } from '../output';
import { readParentKeys, readPlan, type PlanReadOptions } from '../planReader';
import { progressBar } from '../progress';
import type { PlanFile } from '../sources/rowSource';

export interface ClassifyCommandOptions extends PlanReadOptions {
  format: ClassifyFormat;
  output?: string;
  threshold?: number;
  raw?: boolean;
  progress?: boolean;
  columns?: number;
}

export interface RunSummary {
  rows: number;
  counts: Record<Label, number>;
}

export async function runClassify(file: PlanFile, options: ClassifyCommandOptions): Promise<RunSummary> {
  const readOptions = { map: options.map, sheet: options.sheet, skipBadRows: options.skipBadRows, onBadRow: options.onBadRow };
  const plan = await readPlan(file, readOptions);
  const { layout } = plan;
  const parents = await readParentKeys(file, layout, readOptions);
  const mapped = mappedFields(layout);
  const titleColumn = layout.columns.title ?? layout.columns.description ?? 0;
  const threshold = { threshold: options.threshold };

  const output = Output.open(options.output);
  const writer = verdictWriter(options.format, plan.headers, { raw: options.raw, columns: options.columns });
  const progress = progressBar(options.progress === true, plan.source.totalBytes, 'Classifying');
  const counts: Record<Label, number> = { Initiative: 0, Goal: 0, Unclear: 0 };
  let done = 0;
  try {
    await output.write(writer.start());
    for await (const { row, cells } of plan.rows) {
      if (isBlankRow(cells)) continue;
      const record = recordOf(cells, layout);
      const verdict = classify(record, threshold, { mapped, isParent: isParentRow(record, parents) });
      counts[verdict.label]++;
      await output.write(writer.row({ row, cells, title: cellText(cells[titleColumn]), verdict }));
      if (++done % 2000 === 0) {
        progress.update(done, plan.source.bytesRead());
        if (output.gone) break;
      }
    }
    await output.write(writer.end(counts));
  } finally {
    progress.stop();
    await output.end();
  }
  return { rows: done, counts };
}
