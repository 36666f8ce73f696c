/**
 * One summary of a classified plan, worded one way, for every view: the classify table,
 * the roll-up (CLI, sheet, =GOAL_ROLLUP), the sidebar and the menu's toast. Goals are
 * counted as rows labelled Goal, everywhere; the roll-up then says how many of them are
 * sub-goals shown inside a higher goal's block, so no view seems to lose one. Suggested
 * links are counted apart from explicit ones.
 */
export interface LabelCounts {
  Initiative: number;
  Goal: number;
  Unclear: number;
}

export interface PlanSummary {
  /** Non-blank rows classified. */
  rows: number;
  goals: number;
  /** Goals under another goal: shown in that goal's block and its why-chains. */
  subGoals: number;
  initiatives: number;
  /** Initiatives whose parent links lead to a goal. */
  linked: number;
  /** Initiatives with no goal of their own but a suggested one (by wording), to confirm. */
  suggested: number;
  /** Initiatives with no goal at all. */
  unlinked: number;
  unclear: number;
}

/** "1 goal", "2 goals": the count and the right form of the noun. */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count.toLocaleString('en-US')} ${count === 1 ? one : many}`;
}

export function emptyCounts(): LabelCounts {
  return { Initiative: 0, Goal: 0, Unclear: 0 };
}

/** "51 rows: 26 initiatives, 15 goals, 10 unclear": what classify knows of a plan. */
export function countsText(counts: LabelCounts): string {
  const rows = counts.Initiative + counts.Goal + counts.Unclear;
  return `${plural(rows, 'row')}: ${plural(counts.Initiative, 'initiative')}, ${plural(counts.Goal, 'goal')}, ${counts.Unclear.toLocaleString('en-US')} unclear`;
}

/**
 * The same counts with what the roll-up adds: where sub-goals went and how initiatives
 * are linked. "51 rows: 26 initiatives (19 linked to a goal, 3 with a suggested goal, 4
 * with none), 15 goals (1 a sub-goal shown within its goal), 10 unclear".
 */
export function summaryText(summary: PlanSummary): string {
  const links = [
    `${summary.linked.toLocaleString('en-US')} linked to a goal`,
    summary.suggested ? `${summary.suggested.toLocaleString('en-US')} with a suggested goal` : '',
    summary.unlinked ? `${summary.unlinked.toLocaleString('en-US')} with none` : '',
  ].filter(Boolean);
  const initiatives = summary.initiatives ? `${plural(summary.initiatives, 'initiative')} (${links.join(', ')})` : plural(0, 'initiative');
  const goals = summary.subGoals
    ? `${plural(summary.goals, 'goal')} (${summary.subGoals === 1 ? '1 a sub-goal' : `${summary.subGoals.toLocaleString('en-US')} sub-goals`} shown within ${summary.subGoals === 1 ? 'its goal' : 'their goals'})`
    : plural(summary.goals, 'goal');
  return `${plural(summary.rows, 'row')}: ${initiatives}, ${goals}, ${summary.unclear.toLocaleString('en-US')} unclear`;
}

/**
 * The closing warning for text that is not a plan (gibberish, a log, a code listing):
 * when most rows came out Unclear, the verdicts are not worth reading one by one.
 */
export function notAPlanWarning(counts: LabelCounts): string | null {
  const rows = counts.Initiative + counts.Goal + counts.Unclear;
  if (rows < 2 || counts.Unclear * 2 <= rows) return null;
  return `most rows (${counts.Unclear.toLocaleString('en-US')} of ${rows.toLocaleString('en-US')}) did not read as plan statements and are Unclear: check that this is the plan export, and that its statement column is the one read (--map title=HEADER)`;
}
