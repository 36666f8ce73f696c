/** How `goalpost rollup` prints the roll-up: a tree for people, Markdown, flat CSV, or the JSON contract. */
import Papa from 'papaparse';
import type { BudgetTotal, Rollup, RollupGoal } from '../core';
import { neutralise } from './formats';

export const ROLLUP_FORMATS = ['table', 'md', 'csv', 'json'] as const;
export type RollupFormat = (typeof ROLLUP_FORMATS)[number];

export function money(total: BudgetTotal | { amount: number; currency: string | null } | null): string {
  if (!total) return '';
  const amount = total.amount.toLocaleString('en-US', { maximumFractionDigits: 2 });
  return total.currency ? `${total.currency} ${amount}` : `${amount} (no currency)`;
}

function budgets(goal: RollupGoal): string {
  return goal.budget.length ? goal.budget.map(money).join(' + ') : 'no budget';
}

function span(goal: RollupGoal): string {
  return goal.start || goal.end ? `${goal.start ?? '?'} → ${goal.end ?? '?'}` : 'no dates';
}

/** Accounts in roll-up order, each with its goals. */
function byAccount(rollup: Rollup): Array<[string, RollupGoal[]]> {
  const groups = new Map<string, RollupGoal[]>();
  for (const goal of rollup.goals) {
    const key = goal.account ?? '';
    groups.set(key, [...(groups.get(key) ?? []), goal]);
  }
  return [...groups];
}

export function rollupTable(rollup: Rollup): string {
  const linked = rollup.goals.reduce((sum, goal) => sum + goal.initiativeCount, 0);
  const lines = [
    `Goal roll-up: ${rollup.goals.length} goals, ${linked} linked initiatives, ${rollup.orphanInitiatives.length} initiatives without a goal, ${rollup.unclear.length} unclear rows`,
  ];
  if (rollup.flags.length) lines.push('', 'Look at:', ...rollup.flags.map((flag) => `  ! ${flag}`));
  for (const [account, goals] of byAccount(rollup)) {
    lines.push('', account || '(no account)');
    for (const goal of goals) {
      lines.push(`  ◆ ${goal.name}  [${goal.theme ?? 'no theme'}]  row ${goal.row}`);
      lines.push(`    ${goal.initiativeCount} initiative${goal.initiativeCount === 1 ? '' : 's'} · ${budgets(goal)} · ${span(goal)}`);
      goal.initiatives.forEach((initiative, index) => {
        const branch = index === goal.initiatives.length - 1 ? '└' : '├';
        const link = initiative.link === 'suggested' ? ` suggested, similarity ${initiative.similarity}` : '';
        const cost = initiative.budget ? `, ${money(initiative.budget)}` : '';
        lines.push(`    ${branch} ${initiative.name} (row ${initiative.row}, ${initiative.score}/5${cost}${link})`);
      });
    }
  }
  if (rollup.orphanInitiatives.length) {
    lines.push('', 'Initiatives without a goal:');
    for (const orphan of rollup.orphanInitiatives) {
      const hint = orphan.suggestion ? ` — maybe “${orphan.suggestion.goal}” (similarity ${orphan.suggestion.similarity})` : '';
      lines.push(`  • ${orphan.name} (row ${orphan.row}): ${orphan.reason}${hint}`);
    }
  }
  if (rollup.problems.length) lines.push('', 'Broken links:', ...rollup.problems.map((problem) => `  • ${problem}`));
  return lines.join('\n') + '\n';
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\s+/g, ' ');
}

export function rollupMarkdown(rollup: Rollup): string {
  const lines = ['# Goal roll-up', ''];
  if (rollup.flags.length) lines.push(...rollup.flags.map((flag) => `- ${cell(flag)}`), '');
  for (const [account, goals] of byAccount(rollup)) {
    lines.push(`## ${cell(account || 'No account')}`, '');
    for (const goal of goals) {
      lines.push(`### ${cell(goal.name)}`, '', `Theme: ${goal.theme ?? '—'} · ${budgets(goal)} · ${span(goal)}`, '');
      if (!goal.initiatives.length) {
        lines.push('_No initiatives yet._', '');
        continue;
      }
      lines.push('| Initiative | Row | Link | Criteria | Budget | Start | End |', '|---|---|---|---|---|---|---|');
      for (const i of goal.initiatives) {
        const link = i.link === 'suggested' ? `suggested (${i.similarity})` : 'explicit';
        lines.push(`| ${cell(i.name)} | ${i.row} | ${link} | ${i.score}/5 | ${cell(money(i.budget))} | ${i.start ?? ''} | ${i.end ?? ''} |`);
      }
      lines.push('');
    }
  }
  if (rollup.orphanInitiatives.length) {
    lines.push('## Initiatives without a goal', '', ...rollup.orphanInitiatives.map((o) => `- ${cell(o.name)} (row ${o.row}): ${cell(o.reason)}`), '');
  }
  if (rollup.unclear.length) lines.push('## Unclear rows', '', ...rollup.unclear.map((u) => `- ${cell(u.name)} (row ${u.row})`), '');
  return lines.join('\n');
}

export const ROLLUP_CSV_HEADERS = [
  'Account', 'Goal', 'Goal row', 'Theme', 'Initiative', 'Initiative row', 'Link', 'Similarity',
  'Criteria met', 'Budget', 'Currency', 'Start', 'End', 'Why-chain',
];

export function rollupCsv(rollup: Rollup, raw: boolean): string {
  const fix = raw ? (text: string) => text : neutralise;
  const rows: string[][] = [ROLLUP_CSV_HEADERS];
  for (const goal of rollup.goals) {
    const head = [goal.account ?? '', goal.name, String(goal.row), goal.theme ?? ''];
    if (!goal.initiatives.length) rows.push([...head, '', '', '', '', '', '', '', goal.start ?? '', goal.end ?? '', '']);
    for (const i of goal.initiatives) {
      rows.push([
        ...head, i.name, String(i.row), i.link, i.similarity === undefined ? '' : String(i.similarity), String(i.score),
        i.budget ? String(i.budget.amount) : '', i.budget?.currency ?? '', i.start ?? '', i.end ?? '', i.whyChain,
      ]);
    }
  }
  for (const orphan of rollup.orphanInitiatives) {
    rows.push([orphan.account ?? '', '', '', '', orphan.name, String(orphan.row), 'none', '', '', '', '', '', '', orphan.whyChain ?? '']);
  }
  return Papa.unparse(rows.map((row) => row.map(fix)), { newline: '\n' }) + '\n';
}

export function renderRollup(rollup: Rollup, format: RollupFormat, raw = false): string {
  switch (format) {
    case 'json':
      return JSON.stringify(rollup, null, 2) + '\n';
    case 'md':
      return rollupMarkdown(rollup);
    case 'csv':
      return rollupCsv(rollup, raw);
    default:
      return rollupTable(rollup);
  }
}
