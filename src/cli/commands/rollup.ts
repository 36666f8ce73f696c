/** `goalpost rollup <file|->`: which initiatives serve which goal, with totals and gaps. */
import { buildRollup, planItems } from '../../core';
import { renderRollup, type RollupFormat } from '../rollupFormats';
import { readTable } from '../readTable';
import { layoutFor, type ClassifyCommandOptions } from './classify';

export function runRollup(path: string, options: Pick<ClassifyCommandOptions, 'map' | 'threshold' | 'raw'> & { format: RollupFormat }): string {
  const rows = readTable(path);
  const layout = layoutFor(rows, options.map, path === '-' ? 'standard input' : path);
  const data = layout.hasHeaderRow ? rows.slice(1) : rows;
  return renderRollup(buildRollup(planItems(data, layout, { threshold: options.threshold })), options.format, options.raw);
}
