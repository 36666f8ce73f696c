/**
 * Says on stderr how a plan was read — the header row, the column of each field and why,
 * the columns left out — so a user sees at a glance why a verdict is off. --quiet silences it.
 */
import { layoutReport, layoutReportLines } from '../core';
import type { PlanRows } from './planReader';

export function layoutNotice(plan: Pick<PlanRows, 'layout' | 'headerLine'> & { source?: { note?: string } }, label: string): string {
  const lines = layoutReportLines(layoutReport(plan.layout), { headerLine: plan.headerLine, explicitWord: '--map' });
  if (plan.source?.note) lines.push(`note: ${plan.source.note}`);
  const [first, ...rest] = lines;
  return [`goalpost: ${label}: ${first}`, ...rest.map((line) => `  ${line}`)].join('\n') + '\n';
}
