import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'goalpost-workers-'));

/** A plan of a few thousand rows with goals, initiatives, parents, blank and thin rows. */
function plan(): string {
  const lines = ['ID,Objective,Team,Lead,Budget,Due,Parent'];
  for (let i = 0; i < 4_500; i++) {
    if (i % 9 === 0) lines.push(`G${i},Grow segment ${i} revenue ${i % 30}% by FY27,,CRO,,FY27,`);
    else if (i % 9 === 4) lines.push(',,,,,,');
    else if (i % 9 === 7) lines.push(`N${i},Follow up with procurement ${i},,,,,`);
    else lines.push(`I${i},"Migrate ledger ${i} to the cloud, phase ${i % 3}",Finance IT,Dana Whitfield,$${i}k,2027-06-30,G${i - (i % 9)}`);
  }
  const path = join(dir, 'plan.csv');
  writeFileSync(path, lines.join('\n'));
  return path;
}

function classify(path: string, format: string, workers: number): string {
  const out = join(dir, `out-${format}-${workers}`);
  const result = spawnSync('node', [join(root, 'bin/goalpost.js'), 'classify', path, '-f', format, '-o', out, '--quiet'], {
    env: { ...process.env, GOALPOST_WORKERS: String(workers) },
    encoding: 'utf8',
  });
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  return readFileSync(out, 'utf8');
}

describe('classify in worker threads', () => {
  const path = plan();
  it.each(['csv', 'json', 'ndjson', 'table'])('writes the same %s, in the same order, as the main thread alone', (format) => {
    const alone = classify(path, format, 0);
    expect(classify(path, format, 2)).toBe(alone);
    expect(classify(path, format, 3)).toBe(alone);
  });

  it('keeps every non-blank row, numbered as read', () => {
    const rows = JSON.parse(classify(path, 'json', 2)) as Array<{ row: number; label: string }>;
    expect(rows).toHaveLength(4_000);
    expect(rows[0]).toMatchObject({ row: 1, label: 'Goal' });
    expect(rows.every((row, i) => i === 0 || row.row > rows[i - 1].row)).toBe(true);
  });
});
