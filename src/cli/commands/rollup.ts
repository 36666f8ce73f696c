/**
 * `goalpost rollup <file|->`: which initiatives serve which goal, with totals and gaps.
 * The roll-up needs every row at once (links point anywhere in the plan), so unlike
 * classify it holds the plan's records in memory.
 */
import { buildRollup, layoutReport, isBlankRow, parentKey, recordOf, rowClassifier, type CellValue, type PlanItem, type Verdict } from '../../core';
import { layoutNotice } from '../layoutNotice';
import type { Output } from '../output';
import { readPlan, type PlanReadOptions } from '../planReader';
import { renderRollup, type RollupFormat } from '../rollupFormats';
import type { PlanFile } from '../sources/rowSource';

export interface RollupCommandOptions extends PlanReadOptions {
  format: RollupFormat;
  output?: string;
  threshold?: number;
  raw?: boolean;
  quiet?: boolean;
}

export async function runRollup(file: PlanFile, output: Output, options: RollupCommandOptions): Promise<void> {
  const plan = await readPlan(file, options);
  const { layout, rows } = plan;
  if (!options.quiet) process.stderr.write(layoutNotice(plan, file.label));
  const data: Array<{ row: number; cells: CellValue[] }> = [];
  const parents = new Set<string>();
  const parentColumn = layout.columns.parent;
  for await (const { row, cells } of rows) {
    if (isBlankRow(cells)) continue;
    data.push({ row, cells });
    const key = parentColumn === undefined ? '' : parentKey(cells[parentColumn]);
    if (key) parents.add(key);
  }
  const classifyRow = rowClassifier(layout, { threshold: options.threshold }, parents);
  const items: PlanItem[] = data.map(({ row, cells }) => ({ row, record: recordOf(cells, layout), verdict: classifyRow(cells) as Verdict }));
  const mapping = { ...layoutReport(layout), headerRow: plan.headerLine };
  await output.write(renderRollup(buildRollup(items), options.format, options.raw, mapping));
}
