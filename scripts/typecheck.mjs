// npm run typecheck: every layer against its own tsconfig.json, so each sees only the
// globals it runs with (src/core none of Node, DOM or Apps Script; src/gas Apps Script;
// src/sidebar the DOM; src/cli Node; ...), then tests, benchmarks and scripts with all.
// Two compilers at a time: one tsc is single-threaded, and CI has two cores.

import { spawn } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const PROJECTS = ['src/core', 'src/bigquery', 'src/gas', 'src/sidebar', 'src/cli', 'src/training', '.'];
const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');

function check(project) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [tsc, '--noEmit', '--pretty', 'false', '-p', project], { cwd: root });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (code) => resolve({ project, code, output }));
  });
}

const projects = process.argv.length > 2 ? process.argv.slice(2) : PROJECTS;
const queue = [...projects];
const failed = [];
async function worker() {
  for (let project = queue.shift(); project !== undefined; project = queue.shift()) {
    const { code, output } = await check(project);
    if (code !== 0) {
      failed.push(project);
      process.stderr.write(`${project === '.' ? 'tests, bench, scripts' : project} (${join(project, 'tsconfig.json')}):\n${output}\n`);
    }
  }
}
await Promise.all(Array.from({ length: Math.min(2, availableParallelism()) }, worker));
if (failed.length) {
  console.error(`typecheck failed in ${failed.join(', ')}`);
  process.exit(1);
}
console.log(`typecheck: ${projects.length} projects clean`);
