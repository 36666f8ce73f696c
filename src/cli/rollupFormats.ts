/** How `goalpost rollup` prints the roll-up: a tree for people, Markdown, flat CSV, or the JSON contract. */
import { budgetText, plural, rollupTable, summaryText, type BudgetTotal, type LayoutReport, type Rollup, type RollupGoal } from '../core';
import { csvLine } from './formats';

export const ROLLUP_FORMATS = ['table', 'md', 'csv', 'json'] as const;
export type RollupFormat = (typeof ROLLUP_FORMATS)[number];

function money(total: BudgetTotal | null): string {
  return total ? budgetText([total]) : '';
}

function budgets(goal: RollupGoal): string {
  return budgetText(goal.budget) || 'no budget';
}

function span(goal: RollupGoal): string {
  return goal.start || goal.end ? `${goal.start ?? '?'} → ${goal.end ?? '?'}` : 'no dates';
}

/** "3 initiatives + 1 suggested": what the lines listed under a goal add up to. */
function initiativeCount(goal: RollupGoal): string {
  return plural(goal.initiativeCount, 'initiative') + (goal.suggestedCount ? ` + ${goal.suggestedCount.toLocaleString('en-US')} suggested` : '');
}

function subGoalText(goal: RollupGoal): string {
  return `${goal.subGoals.length === 1 ? 'sub-goal' : 'sub-goals'}: ${goal.subGoals.map((sub) => `${sub.name} (row ${sub.row})`).join('; ')}`;
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

export function rollupTree(rollup: Rollup): string {
  const lines = [`Goal roll-up of ${summaryText(rollup.summary)}`];
  if (rollup.flags.length) lines.push('', 'Look at:', ...rollup.flags.map((flag) => `  ! ${flag}`));
  for (const [account, goals] of byAccount(rollup)) {
    lines.push('', account || '(no account)');
    for (const goal of goals) {
      lines.push(`  ◆ ${goal.name}  [${goal.theme ?? 'no theme'}]  row ${goal.row}`);
      lines.push(`    ${initiativeCount(goal)} · ${budgets(goal)} · ${span(goal)}`);
      if (goal.subGoals.length) lines.push(`    ${subGoalText(goal)}`);
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
  const lines = ['# Goal roll-up', '', cell(summaryText(rollup.summary)), ''];
  if (rollup.flags.length) lines.push(...rollup.flags.map((flag) => `- ${cell(flag)}`), '');
  for (const [account, goals] of byAccount(rollup)) {
    lines.push(`## ${cell(account || 'No account')}`, '');
    for (const goal of goals) {
      lines.push(`### ${cell(goal.name)}`, '', `Theme: ${goal.theme ?? '—'} · ${initiativeCount(goal)} · ${budgets(goal)} · ${span(goal)}`, '');
      if (goal.subGoals.length) lines.push(cell(subGoalText(goal)[0].toUpperCase() + subGoalText(goal).slice(1)), '');
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

/** The same table as the roll-up sheet and =GOAL_ROLLUP, one line per goal, initiative, orphan or unclear row. */
export function rollupCsv(rollup: Rollup, raw: boolean): string {
  return rollupTable(rollup)
    .map((row) => csvLine(row, raw))
    .join('');
}

/** `mapping` is how the plan was read (layoutReport); the JSON output carries it. */
export function renderRollup(rollup: Rollup, format: RollupFormat, raw = false, mapping?: LayoutReport): string {
  switch (format) {
    case 'json':
      return JSON.stringify(mapping ? { ...rollup, mapping } : rollup, null, 2) + '\n';
    case 'md':
      return rollupMarkdown(rollup);
    case 'csv':
      return rollupCsv(rollup, raw);
    default:
      return rollupTree(rollup);
  }
}
