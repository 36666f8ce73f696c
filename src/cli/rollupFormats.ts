/** How `goalpost rollup` prints the roll-up: a tree for people, Markdown, flat CSV, or the JSON contract. */
import { budgetText, clip, plural, rollupTable, summaryText, type BudgetTotal, type LayoutReport, type Rollup, type RollupGoal } from '../core';
import { csvLine, printable } from './formats';

export const ROLLUP_FORMATS = ['table', 'md', 'csv', 'json'] as const;
export type RollupFormat = (typeof ROLLUP_FORMATS)[number];

function money(total: BudgetTotal | null): string {
  return total ? budgetText([total]) : '';
}

function budgets(goal: RollupGoal): string {
  return budgetText(goal.budget) || 'no budget';
}

function span(goal: RollupGoal): string {
  if (goal.start && goal.end) return `${goal.start} → ${goal.end}`;
  if (goal.end) return `due ${goal.end}`;
  return goal.start ? `from ${goal.start}` : 'no dates';
}

/** A table lists this many unclear rows; the md, csv and json formats list them all. */
const UNCLEAR_LISTED = 20;

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
  if (rollup.unclear.length) {
    lines.push('', 'Unclear rows (what each needs is in its reason):');
    for (const row of rollup.unclear.slice(0, UNCLEAR_LISTED)) lines.push(`  • ${row.name || '(no title)'} (row ${row.row}): ${clip(row.reason ?? '', 110)}`);
    const more = rollup.unclear.length - UNCLEAR_LISTED;
    if (more > 0) lines.push(`  … and ${plural(more, 'more row')}: --format md, csv or json lists them all`);
  }
  return lines.map(printable).join('\n') + '\n';
}

// What a Markdown viewer would act on: links and images ([…](…)), HTML tags and entities, code,
// emphasis and table pipes. Each is escaped, so a cell's text shows as it was written.
const MARKDOWN_ACTIVE = /[\\`*_[\]<>&|~]/g;

function cell(text: string): string {
  return printable(text).replace(/\s+/g, ' ').replace(MARKDOWN_ACTIVE, (sign) => `\\${sign}`);
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

/** Array elements stringified at once by the JSON output. */
const JSON_ELEMENTS = 64;

/**
 * The JSON contract, exactly as JSON.stringify(rollup, null, 2) writes it, but in pieces of
 * JSON_ELEMENTS array elements, so a roll-up of a million rows is never one huge string.
 */

export function* rollupJson(rollup: Rollup, mapping?: LayoutReport): Generator<string> {
  const indent = (text: string, by: string) => text.replace(/\n/g, `\n${by}`);
  const entries = Object.entries(mapping ? { ...rollup, mapping } : rollup);
  yield '{';
  for (const [index, [key, value]] of entries.entries()) {
    yield `${index ? ',' : ''}\n  ${JSON.stringify(key)}: `;
    if (!Array.isArray(value) || !value.length) {
      yield indent(JSON.stringify(value, null, 2), '  ');
      continue;
    }
    yield '[';
    // A few elements at a time, nested two deep so that JSON.stringify itself indents them by
    // four spaces: the same text as each element stringified and re-indented, without a
    // pattern pass over every line (a tenth of a 100k roll-up's time), and still in pieces.
    for (let i = 0; i < value.length; i += JSON_ELEMENTS) {
      const text = JSON.stringify([value.slice(i, i + JSON_ELEMENTS)], null, 2);
      yield `${i ? ',' : ''}\n    ${text.slice('[\n  [\n    '.length, -'\n  ]\n]'.length)}`;
    }
    yield '\n  ]';
  }
  yield '\n}\n';
}

/** The roll-up in `format`, in pieces to write one after another. */
export function* rollupChunks(rollup: Rollup, format: RollupFormat, raw = false, mapping?: LayoutReport): Generator<string> {
  if (format === 'json') yield* rollupJson(rollup, mapping);
  else yield renderRollup(rollup, format, raw, mapping);
}

/** `mapping` is how the plan was read (layoutReport); the JSON output carries it. */
export function renderRollup(rollup: Rollup, format: RollupFormat, raw = false, mapping?: LayoutReport): string {
  switch (format) {
    case 'json':
      return [...rollupJson(rollup, mapping)].join('');
    case 'md':
      return rollupMarkdown(rollup);
    case 'csv':
      return rollupCsv(rollup, raw);
    default:
      return rollupTree(rollup);
  }
}
