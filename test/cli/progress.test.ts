import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '../..');
const bin = join(root, 'bin/goalpost.js');
// util-linux `script` gives the command a real terminal, which the progress bar needs.
const hasScript = existsSync('/usr/bin/script');

function plan(): string {
  const dir = mkdtempSync(join(tmpdir(), 'goalpost-progress-'));
  const path = join(dir, 'plan.csv');
  const rows = Array.from({ length: 20_000 }, (_, i) => `Migrate ledger ${i} to the cloud,Finance IT`);
  writeFileSync(path, ['Objective,Team', ...rows].join('\n'));
  return path;
}

describe.skipIf(!hasScript)('the progress bar', () => {
  it('shows rows, rows/s and time left on a terminal when the output goes to a file', () => {
    const input = plan();
    const output = `${input}.out.csv`;
    const result = spawnSync('script', ['-qec', `node ${bin} classify ${input} -f csv -o ${output}`, '/dev/null'], { encoding: 'utf8' });
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/Classifying \|.*\| \d+% \| [\d,]+ rows \| [\d,]+ rows\/s \| ETA/);
    expect(readFileSync(output, 'utf8').split('\n').length).toBe(20_002);
  });

  it('stays hidden with --quiet', () => {
    const input = plan();
    const result = spawnSync('script', ['-qec', `node ${bin} classify ${input} -f csv -o ${input}.out.csv --quiet`, '/dev/null'], { encoding: 'utf8' });
    expect(result.status).toBe(0);
    expect(result.stdout).not.toMatch(/Classifying/);
  });
});
