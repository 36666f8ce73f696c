/**
 * The roll-up as one table: a line per goal (its count, budgets per currency, dates, who is
 * involved), a line per initiative under it, then the initiatives with no goal and the
 * unclear rows of each account. The roll-up sheet and =GOAL_ROLLUP show this same table.
 * Goal lines give their budget as text ("USD 630,000 + EUR 1,335,000") since currencies
 * never add up; initiative lines give a number and its currency, so a sheet can SUMIFS them.
 */
import type { BudgetTotal, Rollup, RollupGoal } from './rollup';

export const ROLLUP_TABLE_HEADERS = [
  'Account', 'Goal', 'Theme', 'Initiatives', 'Initiative', 'Link', 'Similarity', 'Criteria met',
  'Budget', 'Currency', 'Start', 'End', 'Organizations', 'Leaders', 'Why-chain', 'Row',
] as const;

/** Where each column sits, for writers that format or link them. */
export const ROLLUP_COLUMN = Object.fromEntries(ROLLUP_TABLE_HEADERS.map((header, index) => [header, index])) as Record<
  (typeof ROLLUP_TABLE_HEADERS)[number],
  number
>;

export type RollupCell = string | number;

/** The kind of each line, for writers that style goal lines apart from initiative lines. */
export type RollupLineKind = 'goal' | 'initiative' | 'orphan' | 'unclear';

export interface RollupLine {
  kind: RollupLineKind;
  cells: RollupCell[];
}

export function budgetText(totals: readonly BudgetTotal[]): string {
  return totals
    .map(({ amount, currency }) => {
      const figure = amount.toLocaleString('en-US', { maximumFractionDigits: 2 });
      return currency ? `${currency} ${figure}` : `${figure} (no currency)`;
    })
    .join(' + ');
}

function goalLine(goal: RollupGoal): RollupCell[] {
  return [
    goal.account ?? '', goal.name, goal.theme ?? '', goal.initiativeCount, '', '', '', '',
    budgetText(goal.budget), '', goal.start ?? '', goal.end ?? '', goal.organizations.join(', '), goal.leaders.join(', '), '', goal.row,
  ];
}

/** The lines of the roll-up table, grouped by account (in plan order), goals by row within each. */
export function rollupLines(rollup: Rollup): RollupLine[] {
  const accounts: string[] = [];
  const seen = (account: string | null) => {
    const name = account ?? '';
    if (!accounts.includes(name)) accounts.push(name);
  };
  rollup.goals.forEach((goal) => seen(goal.account));
  rollup.orphanInitiatives.forEach((row) => seen(row.account));
  rollup.unclear.forEach((row) => seen(row.account));

  const lines: RollupLine[] = [];
  for (const account of accounts) {
    for (const goal of rollup.goals.filter((g) => (g.account ?? '') === account)) {
      lines.push({ kind: 'goal', cells: goalLine(goal) });
      for (const i of goal.initiatives) {
        lines.push({
          kind: 'initiative',
          cells: [
            account, goal.name, '', '', i.name, i.link, i.similarity ?? '', i.score, i.budget?.amount ?? '', i.budget?.currency ?? '',
            i.start ?? '', i.end ?? '', i.organization ?? '', i.leaders.join(', '), i.whyChain, i.row,
          ],
        });
      }
    }
    for (const orphan of rollup.orphanInitiatives.filter((o) => (o.account ?? '') === account)) {
      const hint = orphan.suggestion ? `; maybe “${orphan.suggestion.goal}”` : '';
      const i = orphan.initiative;
      lines.push({
        kind: 'orphan',
        cells: [
          account, '(no goal)', '', '', orphan.name, 'none', orphan.suggestion?.similarity ?? '', i?.score ?? '', i?.budget?.amount ?? '', i?.budget?.currency ?? '',
          i?.start ?? '', i?.end ?? '', i?.organization ?? '', i?.leaders.join(', ') ?? '', `${orphan.reason}${hint}`, orphan.row,
        ],
      });
    }
    for (const row of rollup.unclear.filter((u) => (u.account ?? '') === account)) {
      lines.push({ kind: 'unclear', cells: [account, '(unclear)', '', '', row.name, '', '', '', '', '', '', '', '', '', row.reason, row.row] });
    }
  }
  return lines;
}

/** The table with its header row first, as =GOAL_ROLLUP spills it. */
export function rollupTable(rollup: Rollup): RollupCell[][] {
  return [[...ROLLUP_TABLE_HEADERS], ...rollupLines(rollup).map((line) => line.cells)];
}
