/**
 * Plans a new user brought that were read wrongly: every row of theirs must come back, and
 * the columns must be the ones a person would point at. Run on the built command line.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const bin = join(__dirname, '../../bin/goalpost.js');
const dir = mkdtempSync(join(tmpdir(), 'goalpost-misreads-'));

function run(args: string[]) {
  const result = spawnSync('node', [bin, ...args], { encoding: 'utf8' });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

function file(name: string, content: string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

function ndjson(out: string): Array<{ row: number; label: string; reason: string; criteria: Record<string, boolean> }> {
  return out.trim().split('\n').filter(Boolean).map((line) => JSON.parse(line));
}

describe('totals and note lines inside a plan', () => {
  const plan = file(
    'totals.csv',
    [
      'Ref,Customer,Plan item,Budget',
      'K1,Initech,Lift renewal rate to 95% by 2028,',
      'K2,Initech,Move payroll onto Workday,"$310,000"',
      ',,Notes: ring the buyer about the renewal,',
      ',,Total,"$310,000"',
      ',,Summe,',
    ].join('\n'),
  );

  it('gives every line a row of its own, Unclear with a reason, and counts it', () => {
    const { code, out, err } = run(['classify', plan, '--format', 'ndjson']);
    expect(code).toBe(0);
    const rows = ndjson(out);
    expect(rows.map((row) => row.row)).toEqual([1, 2, 3, 4, 5]);
    expect(rows.slice(2).map((row) => row.label)).toEqual(['Unclear', 'Unclear', 'Unclear']);
    expect(rows[3].reason).toMatch(/totals row/i);
    expect(rows[4].reason).toMatch(/totals row/i);
    expect(err).not.toMatch(/error/i);
  });

  it('keeps those lines in the --output file and in the table count', () => {
    const target = join(dir, 'totals-out.csv');
    const { code, out } = run(['classify', plan, '--output', target, '--format', 'csv', '--quiet']);
    expect(code).toBe(0);
    const lines = readFileSync(target, 'utf8').trim().split(/\r?\n/);
    expect(lines).toHaveLength(6);
    expect(lines[4]).toMatch(/^,,Total,/);
    expect(lines[4]).toMatch(/Unclear/);
    expect(out).toBe('');
    const table = run(['classify', plan]).out;
    expect(table).toMatch(/^5 rows:.*3 unclear/m);
  });

  it('never sums a total into a goal’s budget in the roll-up', () => {
    const { out } = run(['rollup', plan, '--format', 'json', '--quiet']);
    const rollup = JSON.parse(out);
    expect(rollup.unclear.map((row: { row: number }) => row.row)).toEqual([3, 4, 5]);
    expect(rollup.summary.rows).toBe(5);
  });
});

describe('columns whose cells could mislead', () => {
  it('reads a "Deadline" column of bare years as the end of each year, not as a budget', () => {
    const plan = file('years.csv', ['Initiative,Unit,Deadline', 'Retire the on-prem mail servers,IT,2027', 'Grow repeat orders 15%,Sales,2029'].join('\n'));
    const { code, out, err } = run(['classify', plan, '--format', 'ndjson']);
    expect(code).toBe(0);
    expect(err).toMatch(/end ← "Deadline"/);
    expect(err).not.toMatch(/budget ←/);
    const rows = ndjson(out);
    expect(rows.map((row) => [row.criteria.timeframe, row.criteria.budget])).toEqual([[true, false], [true, false]]);
    const rollup = JSON.parse(run(['rollup', plan, '--format', 'json', '--quiet']).out);
    const ends = [...rollup.goals, ...rollup.orphanInitiatives.map((o: { initiative: object }) => o.initiative)].map((item: { end: string | null }) => item.end);
    expect(ends.sort()).toEqual(['2027-12-31', '2029-12-31']);
  });

  it('keeps the "Statement" column as the statements when one cell holds a pasted e-mail', () => {
    const email = `Hi all, forwarding the thread below. ${'The vendor confirmed the timeline and asked us to sign off on the scope by Friday. '.repeat(40)}`;
    const plan = file('essay.csv', ['Statement,Notes', 'Cut onboarding time to two weeks,', `"${email}",see thread`, 'Deploy Zendesk for tier-1 support,waiting on IT', 'Become the preferred supplier in Nordics,'].join('\n'));
    const { code, err } = run(['classify', plan, '--format', 'ndjson']);
    expect(code).toBe(0);
    expect(err).toMatch(/title ← "Statement"/);
    expect(err).toMatch(/description ← "Notes"/);
  });
});
