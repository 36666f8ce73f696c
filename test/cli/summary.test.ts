/** Every view of a plan gives the same counts, says where sub-goals went, and reads right in the singular. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterEach, describe, expect, it } from 'vitest';
import * as addOn from '../../src/gas/index';
import { ROLLUP_SHEET_NAME } from '../../src/gas/rollupSheet';
import { installFakeAppsScript, uninstallFakeAppsScript } from '../fakes/appsScript';

const root = join(__dirname, '../..');
const example = join(root, 'examples/account-plan.csv');
const run = (args: string[]) => spawnSync('node', [join(root, 'bin/goalpost.js'), ...args], { encoding: 'utf8', cwd: root });

afterEach(uninstallFakeAppsScript);

describe('one summary of the example plan', () => {
  const labels = run(['classify', example, '-f', 'ndjson']).stdout.trim().split('\n').map((line) => JSON.parse(line).label as string);
  const count = (label: string) => labels.filter((l) => l === label).length;
  const rollup = JSON.parse(run(['rollup', example, '-f', 'json']).stdout);

  it('classify and rollup count the same goals, initiatives and unclear rows, sub-goals included', () => {
    expect(rollup.summary).toMatchObject({ rows: labels.length, goals: count('Goal'), initiatives: count('Initiative'), unclear: count('Unclear') });
    // The example folds a sub-goal under its goal and suggests a goal for an orphan: the cases that disagreed.
    expect(rollup.summary.subGoals).toBeGreaterThan(0);
    expect(rollup.summary.suggested).toBeGreaterThan(0);
    expect(rollup.goals.length + rollup.summary.subGoals).toBe(count('Goal'));
    expect(rollup.summary.linked + rollup.summary.suggested + rollup.summary.unlinked).toBe(count('Initiative'));
    const table = run(['classify', example]).stdout;
    expect(table).toContain(`${labels.length} rows: ${count('Initiative')} initiatives, ${count('Goal')} goals, ${count('Unclear')} unclear`);
  });

  it('the roll-up text, Markdown and sheet give those numbers and say where sub-goals went', () => {
    const sentence = `${labels.length} rows: ${count('Initiative')} initiatives (${rollup.summary.linked} linked to a goal, ${rollup.summary.suggested} with a suggested goal, ${rollup.summary.unlinked} with none), ${count('Goal')} goals (${rollup.summary.subGoals === 1 ? '1 a sub-goal shown within its goal' : `${rollup.summary.subGoals} sub-goals shown within their goals`}), ${count('Unclear')} unclear`;
    const tree = run(['rollup', example]).stdout;
    expect(tree.split('\n')[0]).toBe(`Goal roll-up of ${sentence}`);
    const parent = rollup.goals.find((goal: { subGoals: unknown[] }) => goal.subGoals.length);
    expect(tree).toContain(`sub-goal: ${parent.subGoals[0].name} (row ${parent.subGoals[0].row})`);
    expect(run(['rollup', example, '-f', 'md']).stdout).toContain(sentence);

    const env = installFakeAppsScript();
    const rows = parse(readFileSync(example, 'utf8')) as string[][];
    env.spreadsheet.addSheet('Plan', rows).activate();
    const built = addOn.buildRollupSheet();
    expect(built.text).toBe(sentence);
    expect(env.spreadsheet.getSheetByName(ROLLUP_SHEET_NAME)!.snapshot().values[1][0]).toBe(sentence);
  });

  it('a goal with a suggested initiative counts it apart from the ones it lists as explicit', () => {
    const goal = rollup.goals.find((g: { suggestedCount: number }) => g.suggestedCount > 0);
    expect(goal.initiatives).toHaveLength(goal.initiativeCount + goal.suggestedCount);
    const tree = run(['rollup', example]).stdout;
    expect(tree).toContain(`${goal.initiativeCount} initiative${goal.initiativeCount === 1 ? '' : 's'} + ${goal.suggestedCount} suggested ·`);
  });
});

describe('singular and plural', () => {
  it('says "1 initiative", "1 goal", "1 row", never "1 initiatives" or "1 unclear rows"', () => {
    const dir = mkdtempSync(join(tmpdir(), 'goalpost-summary-'));
    const path = join(dir, 'one.csv');
    writeFileSync(path, ['Objective,Team,Lead,Budget,Due,Parent', 'Grow EMEA revenue 20% by FY27,,CRO,,FY27,', 'Migrate the core ledger to the cloud,Finance IT,Dana Whitfield,$2.4M,2027-06-30,Grow EMEA revenue 20% by FY27', 'Follow up with procurement,,,,,'].join('\n'));
    const classify = run(['classify', path]).stdout;
    expect(classify).toContain('3 rows: 1 initiative, 1 goal, 1 unclear');
    const tree = run(['rollup', path]).stdout;
    expect(tree).toContain('Goal roll-up of 3 rows: 1 initiative (1 linked to a goal), 1 goal, 1 unclear');
    expect(tree).toContain('1 initiative · ');
    for (const text of [classify, tree]) expect(text).not.toMatch(/\b1 (initiatives|goals|rows|unclear rows)\b/);
  });
});
