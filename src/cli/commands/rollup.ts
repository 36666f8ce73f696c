/**
 * `goalpost rollup <file|->`: which initiatives serve which goal, with totals and gaps.
 * The roll-up needs every row at once (links point anywhere in the plan), so unlike
 * classify it holds the plan's records in memory.
 */
import { buildRollup, cellText, classify, isBlankRow, isParentRow, mappedFields, normalize, recordOf, type PlanItem, type PlanRecord } from '../../core';
import { Output } from '../output';
import { readPlan, type PlanReadOptions } from '../planReader';
import { renderRollup, type RollupFormat } from '../rollupFormats';
import type { PlanFile } from '../sources/rowSource';

export interface RollupCommandOptions extends PlanReadOptions {
  format: RollupFormat;
  output?: string;
  threshold?: number;
  raw?: boolean;
}

export async function runRollup(file: PlanFile, options: RollupCommandOptions): Promise<void> {
  const { layout, rows } = await readPlan(file, options);
  const records: Array<{ row: number; record: PlanRecord }> = [];
  const parents = new Set<string>();
  for await (const { row, cells } of rows) {
    if (isBlankRow(cells)) continue;
    const record = recordOf(cells, layout);
    records.push({ row, record });
    const parent = normalize(cellText(record.parent));
    if (parent) parents.add(parent);
  }
  const mapped = mappedFields(layout);
  const items: PlanItem[] = records.map(({ row, record }) => ({
    row,
    record,
    verdict: classify(record, { threshold: options.threshold }, { mapped, isParent: isParentRow(record, parents) }),
  }));
  const output = Output.open(options.output);
  await output.write(renderRollup(buildRollup(items), options.format, options.raw));
  await output.end();
}
