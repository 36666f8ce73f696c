/**
 * The goal roll-up: which initiatives serve which goal, what they add up to, and where the
 * gaps are. Only explicit links count towards a goal's figures; a suggested link is listed
 * with its similarity so the seller can confirm it with the customer. Budgets are summed per
 * currency and never across currencies; amounts with no currency stay apart.
 */
import { chainOf, resolveLinks, suggestGoals, titleOf, whyChainText, type LinkProblem, type PlanItem } from './link';
import { plural, type PlanSummary } from './planSummary';
import { cellText } from './text';
import type { Money, Theme } from './types';

export interface RollupInitiative {
  name: string;
  row: number;
  id: string | null;
  link: 'explicit' | 'suggested';
  similarity?: number;
  budget: { amount: number; currency: string | null } | null;
  score: number;
  organization: string | null;
  leaders: string[];
  start: string | null;
  end: string | null;
  whyChain: string;
}

export interface BudgetTotal {
  currency: string | null;
  amount: number;
}

export interface RollupGoal {
  name: string;
  row: number;
  id: string | null;
  account: string | null;
  theme: Theme | null;
  initiatives: RollupInitiative[];
  /** Initiatives linked explicitly; suggestions are not counted. */
  initiativeCount: number;
  suggestedCount: number;
  budget: BudgetTotal[];
  start: string | null;
  end: string | null;
  organizations: string[];
  leaders: string[];
  /** Goals under this one (objectives on the way), shown within its block. */
  subGoals: Array<{ name: string; row: number }>;
  flags: string[];
}

export interface RollupRow {
  name: string;
  row: number;
  account: string | null;
  reason: string;
  whyChain?: string;
  suggestion?: { goal: string; row: number; similarity: number };
  /** For an initiative with no goal: what it brings, as a linked initiative shows it. */
  initiative?: Pick<RollupInitiative, 'score' | 'budget' | 'start' | 'end' | 'organization' | 'leaders'>;
}

export interface Rollup {
  goals: RollupGoal[];
  orphanInitiatives: RollupRow[];
  unclear: RollupRow[];
  problems: string[];
  /** The gaps worth a seller's attention, one line each, most useful first. */
  flags: string[];
  /** The counts every view of the plan gives. */
  summary: PlanSummary;
}

function budgetOf(money: Money | null): RollupInitiative['budget'] {
  return money ? { amount: money.amount, currency: money.currency } : null;
}

/** Sums per currency, in order of first appearance, rounded to cents against float drift. */
export function sumBudgets(budgets: ReadonlyArray<RollupInitiative['budget']>): BudgetTotal[] {
  const totals = new Map<string | null, number>();
  for (const budget of budgets) {
    if (!budget) continue;
    totals.set(budget.currency, (totals.get(budget.currency) ?? 0) + budget.amount);
  }
  return [...totals].map(([currency, amount]) => ({ currency, amount: Math.round(amount * 100) / 100 }));
}

function earliest(dates: Array<string | null>): string | null {
  return dates.filter((date): date is string => !!date).sort()[0] ?? null;
}

function latest(dates: Array<string | null>): string | null {
  return dates.filter((date): date is string => !!date).sort().pop() ?? null;
}

function problemText(problem: LinkProblem, byRow: ReadonlyMap<number, PlanItem>): string {
  if (problem.kind === 'missing') {
    const item = byRow.get(problem.row);
    return `Row ${problem.row} (${item ? titleOf(item) : '?'}) names a parent “${problem.reference}” that is not in the plan`;
  }
  return `Rows ${problem.rows.join(' → ')} → ${problem.rows[0]} name each other as parents in a cycle`;
}

/** Goals a flag names before it only counts the rest. */
const FLAG_NAMES = 10;

/** Builds the roll-up of classified plan rows. */
export function buildRollup(items: readonly PlanItem[]): Rollup {
  const byRow = new Map(items.map((item) => [item.row, item]));
  const links = resolveLinks(items);
  const isGoal = (row: number) => byRow.get(row)?.verdict.label === 'Goal';

  // The goal a row serves is the highest goal on its chain; a goal under another goal is an
  // objective on the way, shown in why-chains rather than as a goal of its own.
  const roots = new Map<number, number | null>();
  const rootGoal = (row: number): number | null => {
    const known = roots.get(row);
    if (known !== undefined) return known;
    const chain = chainOf(row, links);
    let root: number | null = null;
    for (let i = chain.length - 1; i >= 1 && root === null; i--) if (isGoal(chain[i])) root = chain[i];
    roots.set(row, root);
    return root;
  };
  const goals = items.filter((item) => item.verdict.label === 'Goal' && rootGoal(item.row) === null);
  const blocks = new Map<number, RollupGoal>();
  for (const goal of goals) {
    blocks.set(goal.row, {
      name: titleOf(goal),
      row: goal.row,
      id: cellText(goal.record.id) || null,
      account: cellText(goal.record.account) || null,
      theme: goal.verdict.theme,
      initiatives: [],
      initiativeCount: 0,
      suggestedCount: 0,
      budget: [],
      start: null,
      end: null,
      organizations: [],
      leaders: [],
      subGoals: [],
      flags: [],
    });
  }
  for (const item of items) {
    if (item.verdict.label !== 'Goal') continue;
    const root = rootGoal(item.row);
    if (root !== null) blocks.get(root)?.subGoals.push({ name: titleOf(item), row: item.row });
  }

  const brings = (item: PlanItem): NonNullable<RollupRow['initiative']> => {
    const { facts } = item.verdict;
    return {
      score: item.verdict.score,
      budget: budgetOf(facts.budget),
      start: facts.timeframe?.start ?? null,
      end: facts.timeframe?.end ?? null,
      organization: facts.organization,
      leaders: facts.people,
    };
  };
  const entry = (item: PlanItem, link: 'explicit' | 'suggested', whyChain = whyChainText(item.row, links, byRow)): RollupInitiative => {
    const { score, budget, start, end, organization, leaders } = brings(item);
    return { name: titleOf(item), row: item.row, id: cellText(item.record.id) || null, link, budget, score, organization, leaders, start, end, whyChain };
  };

  const orphans: PlanItem[] = [];
  const orphanReasons = new Map<number, string>();
  for (const item of items) {
    if (item.verdict.label !== 'Initiative') continue;
    const goalRow = links.onCycle.has(item.row) ? null : rootGoal(item.row);
    const block = goalRow === null ? undefined : blocks.get(goalRow);
    if (block) {
      block.initiatives.push(entry(item, 'explicit'));
      continue;
    }
    orphans.push(item);
    const parent = links.parentOf.get(item.row);
    orphanReasons.set(
      item.row,
      links.onCycle.has(item.row)
        ? 'its parent links form a cycle'
        : parent !== undefined
          ? `its parent chain ends at “${titleOf(byRow.get(chainOf(item.row, links).pop() as number) as PlanItem)}”, which is not a goal`
          : cellText(item.record.parent)
            ? `its parent “${cellText(item.record.parent)}” is not in the plan`
            : 'no parent goal is named: ask the customer why it matters',
    );
  }

  const suggestions = suggestGoals(orphans, goals);
  const orphanInitiatives: RollupRow[] = orphans.map((item) => {
    const suggestion = suggestions.get(item.row);
    const whyChain = whyChainText(item.row, links, byRow);
    const row: RollupRow = {
      name: titleOf(item),
      row: item.row,
      account: cellText(item.record.account) || null,
      reason: orphanReasons.get(item.row) ?? '',
      whyChain,
      initiative: brings(item),
    };
    if (suggestion) {
      const goal = blocks.get(suggestion.goalRow) as RollupGoal;
      row.suggestion = { goal: goal.name, row: goal.row, similarity: suggestion.similarity };
      goal.initiatives.push({ ...entry(item, 'suggested', whyChain), similarity: suggestion.similarity });
    }
    return row;
  });

  for (const block of blocks.values()) {
    const explicit = block.initiatives.filter((initiative) => initiative.link === 'explicit');
    block.initiativeCount = explicit.length;
    block.suggestedCount = block.initiatives.length - explicit.length;
    block.budget = sumBudgets(explicit.map((initiative) => initiative.budget));
    const goal = byRow.get(block.row) as PlanItem;
    block.start = earliest(explicit.map((initiative) => initiative.start)) ?? goal.verdict.facts.timeframe?.start ?? null;
    block.end = latest(explicit.map((initiative) => initiative.end)) ?? goal.verdict.facts.timeframe?.end ?? null;
    block.organizations = [...new Set(explicit.map((initiative) => initiative.organization).filter((org): org is string => !!org))];
    // A loop, not flatMap: flatMap was most of the roll-up's own time on plans with thousands of goals.
    const leaders = new Set<string>();
    for (const initiative of explicit) for (const leader of initiative.leaders) leaders.add(leader);
    block.leaders = [...leaders];
    if (block.initiativeCount === 0) block.flags.push('no initiatives: an opening to shape them with the customer');
    else if (block.initiativeCount === 1) block.flags.push('only one initiative');
    if (block.suggestedCount) block.flags.push(`${plural(block.suggestedCount, 'suggested initiative')} to confirm`);
  }

  // A row the user marked as not a plan row is no gap to fill.
  const unclear: RollupRow[] = items
    .filter((item) => item.verdict.label === 'Unclear' && item.verdict.taught?.label !== 'Not a plan row')
    .map((item) => ({ name: titleOf(item), row: item.row, account: cellText(item.record.account) || null, reason: item.verdict.reason }));

  // Accounts in the order they first appear, goals by row within each.
  const accountOrder = new Map<string, number>();
  for (const item of items) {
    const account = cellText(item.record.account);
    if (!accountOrder.has(account)) accountOrder.set(account, accountOrder.size);
  }
  const ordered = [...blocks.values()].sort(
    (a, b) => (accountOrder.get(a.account ?? '') ?? 0) - (accountOrder.get(b.account ?? '') ?? 0) || a.row - b.row,
  );

  const problems = links.problems.map((problem) => problemText(problem, byRow));
  const none = ordered.filter((goal) => goal.initiativeCount === 0);
  const single = ordered.filter((goal) => goal.initiativeCount === 1);
  const flags: string[] = [];
  const suggested = orphanInitiatives.filter((row) => row.suggestion).length;
  const many = (count: number, one: string, other: string) => (count === 1 ? one : other);
  if (none.length) {
    // A flag is one line a seller reads: a plan of thousands of bare goals would make it a page.
    const named = none.slice(0, FLAG_NAMES).map((goal) => goal.name).join('; ') + (none.length > FLAG_NAMES ? `; and ${(none.length - FLAG_NAMES).toLocaleString('en-US')} more` : '');
    flags.push(`${plural(none.length, 'goal')} ${many(none.length, 'has', 'have')} no initiatives: ${named}`);
  }
  if (single.length) flags.push(`${plural(single.length, 'goal')} ${many(single.length, 'has', 'have')} only one initiative`);
  if (orphanInitiatives.length) {
    const withSuggestion = suggested ? `, ${suggested.toLocaleString('en-US')} with a suggested goal` : '';
    flags.push(`${plural(orphanInitiatives.length, 'initiative')} ${many(orphanInitiatives.length, 'serves', 'serve')} no goal yet (ask “why?”)${withSuggestion}`);
  }
  if (unclear.length) flags.push(`${plural(unclear.length, 'row')} ${many(unclear.length, 'is unclear and needs', 'are unclear and need')} more information`);
  if (problems.length) flags.push(plural(problems.length, 'broken parent link'));

  const subGoals = ordered.reduce((sum, goal) => sum + goal.subGoals.length, 0);
  const linked = ordered.reduce((sum, goal) => sum + goal.initiativeCount, 0);
  const summary: PlanSummary = {
    rows: items.length,
    goals: ordered.length + subGoals,
    subGoals,
    initiatives: linked + orphanInitiatives.length,
    linked,
    suggested,
    unlinked: orphanInitiatives.length - suggested,
    unclear: unclear.length,
  };
  return { goals: ordered, orphanInitiatives, unclear, problems, flags, summary };
}
