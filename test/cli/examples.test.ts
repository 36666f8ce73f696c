/** `goalpost classify|rollup --examples FILE`: the real CLI, spawned on temp files. */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const root = join(__dirname, '../..');
const bin = join(root, 'bin/goalpost.js');
const dir = mkdtempSync(join(tmpdir(), 'goalpost-examples-'));

function run(args: string[]) {
  const result = spawnSync('node', [bin, ...args], { encoding: 'utf8', cwd: root });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

function file(name: string, content: string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

const plan = file(
  'plan.csv',
  [
    'ID,Title,Parent',
    'P1,Launch the partner onboarding portal for resellers,',
    'P2,Launch the partner onboarding portal for distributors,',
    'P3,Migrate payroll to the new HR system,P4',
    'P4,Grow recurring revenue in the Nordics by 15%,',
    'P5,Zusammenfassung der Quartalszahlen,',
  ].join('\n'),
);

function verdicts(args: string[]) {
  const { code, out, err } = run(['classify', plan, '--format', 'ndjson', '--quiet', ...args]);
  expect(err).toBe('');
  expect(code).toBe(0);
  return out
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line));
}

beforeAll(() => {
  if (!existsSync(join(root, 'build/goalpost.mjs'))) execFileSync('node', ['build.mjs', '--cli'], { cwd: root });
});

describe('goalpost classify --examples', () => {
  const examples = file(
    'examples.csv',
    'Statement,Label\nLaunch the partner onboarding portal for resellers,Goal\nZusammenfassung der Quartalszahlen,Not a plan row\n',
  );

  it('fixes the corrected rows, shifts a similar row naming the example, and leaves the others as they were', () => {
    const plain = verdicts([]);
    const taught = verdicts(['--examples', examples]);
    // The last line reads as a heading of the plan by itself (Unclear); the example makes it a row that is no plan row.
    expect(plain.map((v) => v.label)).toEqual(['Initiative', 'Initiative', 'Initiative', 'Goal', 'Unclear']);
    expect(plain[4].basis).not.toBe('correction');
    expect(taught[0]).toMatchObject({ label: 'Goal', basis: 'correction', correction: { label: 'Goal', row: 1, source: 'examples.csv' } });
    expect(taught[1]).toMatchObject({ label: 'Goal', basis: 'similar-correction', correction: { label: 'Goal', row: 1, source: 'examples.csv' } });
    expect(taught[1].correction.similarity).toBeGreaterThan(0.5);
    expect(taught[1].reason).toMatch(/^Goal, like row 1 of “examples\.csv” you corrected/);
    expect(taught[4]).toMatchObject({ label: 'Unclear', basis: 'correction' });
    expect(taught[2]).toEqual(plain[2]);
    expect(taught[3]).toEqual(plain[3]);
    expect('correction' in plain[1]).toBe(false);
  });

  it('gives the same verdicts on a rerun, and the engine’s own once the example is removed', () => {
    expect(verdicts(['--examples', examples])).toEqual(verdicts(['--examples', examples]));
    const fewer = file('fewer.csv', 'Statement,Label\nZusammenfassung der Quartalszahlen,Not a plan row\n');
    const left = verdicts(['--examples', fewer]);
    expect(left.slice(0, 4)).toEqual(verdicts([]).slice(0, 4));
  });

  it('teaches the roll-up too: a row marked "not a plan row" is no unclear gap, and the corrected goal is a goal', () => {
    const { code, out } = run(['rollup', plan, '--format', 'json', '--quiet', '--examples', examples]);
    expect(code).toBe(0);
    const rollup = JSON.parse(out);
    const goals = rollup.goals.map((g: { name: string }) => g.name);
    expect(goals).toContain('Launch the partner onboarding portal for resellers');
    expect(rollup.unclear).toEqual([]);
  });

  it('refuses an unreadable label, an examples file as --output, and standard input, with exit 2 and nothing written', () => {
    const bad = file('bad.csv', 'Statement,Label\nLaunch the partner onboarding portal for resellers,Goal\nMigrate payroll,perhaps\n');
    const refused = run(['classify', plan, '--examples', bad]);
    expect(refused.code).toBe(2);
    expect(refused.err).toMatch(/--examples .*bad\.csv: examples row 2: “perhaps” is not a label; write Goal, Initiative, Not a plan row/);
    expect(refused.out).toBe('');

    const before = readFileSync(examples, 'utf8');
    const overwrite = run(['classify', plan, '--examples', examples, '--output', examples]);
    expect(overwrite.code).toBe(2);
    expect(readFileSync(examples, 'utf8')).toBe(before);

    expect(run(['classify', plan, '--examples', '-']).code).toBe(2);
    const empty = run(['classify', plan, '--examples', file('none.csv', 'Statement,Label\n')]);
    expect(empty.code).toBe(2);
    expect(empty.err).toMatch(/holds no examples/);
  });
});
