#!/usr/bin/env node
// `npm run bench`: Goalpost's throughput, in one run, on deterministic synthetic plans.
//   1. the engine in-process: classify on structured rows and on bare text, and the roll-up;
//   2. the command line on CSV files of 10k, 100k and 1M rows, against a plain
//      parse-and-rewrite of the same file with the CLI's own CSV library, papaparse (the
//      ratio is the figure that matters; csv-parse + csv-stringify's, the library the CLI
//      read with before, is shown beside it), with the CLI's peak memory;
//   3. =CLASSIFY on a 10,000-row range through the add-on's entry point;
//   4. the BigQuery library (build/goalpost-bq.js): its size and goalpost_classify's cost
//      per row in a bare node:vm context.
//   5. the money and time-frame readers on hostile 50,000-character cells (the tests
//      assert what they read; the time is measured here).
// The TypeScript parts are bundled with esbuild first. BENCH_SIZES (engine) and
// BENCH_FILE_SIZES (CLI) override the sizes, e.g. BENCH_FILE_SIZES=10000 for a quick look.
// Record the figures in BENCHMARKS.md with the machine they were measured on.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { createWriteStream, mkdirSync, rmSync, statSync } from 'node:fs';
import { once } from 'node:events';
import { cpus } from 'node:os';
import { stringify } from 'csv-stringify/sync';

const sizes = (process.env.BENCH_SIZES ?? '10000,100000').split(',').map(Number);
const fileSizes = (process.env.BENCH_FILE_SIZES ?? '10000,100000,1000000').split(',').map(Number);
const work = 'build/bench';
mkdirSync(work, { recursive: true });

await build({
  entryPoints: {
    engine: 'bench/engine.bench.ts',
    customFunction: 'bench/customFunction.bench.ts',
    hostileText: 'bench/hostileText.bench.ts',
    synthetic: 'bench/synthetic.ts',
  },
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  outdir: work,
  outExtension: { '.js': '.mjs' },
  logLevel: 'warning',
});
const load = (name) => import(new URL(`../${work}/${name}.mjs`, import.meta.url).href);
const { engineBench } = await load('engine');
const { customFunctionBench } = await load('customFunction');
const { structuredRows, bareRows, SYNTHETIC_HEADERS } = await load('synthetic');

const rate = (rows, ms) => Math.round(rows / (ms / 1000)).toLocaleString('en-US');
const count = (n) => n.toLocaleString('en-US');

console.log(`Goalpost benchmark — node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}`);
console.log('\n## Engine (in-process)\n');
console.log('| what | rows | time (s) | rows/s | CPU µs per row |');
console.log('|---|---:|---:|---:|---:|');
for (const { name, rows, ms, cpuMs } of engineBench(sizes)) {
  console.log(`| ${name} | ${count(rows)} | ${(ms / 1000).toFixed(2)} | ${rate(rows, ms)} | ${((cpuMs * 1000) / rows).toFixed(1)} |`);
}

/** A synthetic plan file: structured rows with every tenth row a bare statement in the title column. */
async function writePlan(path, rows) {
  const out = createWriteStream(path);
  out.write(stringify([SYNTHETIC_HEADERS]));
  const batch = 10_000;
  for (let done = 0; done < rows; done += batch) {
    const n = Math.min(batch, rows - done);
    const structured = structuredRows(n, 11 + done);
    const bare = bareRows(Math.ceil(n / 10), 13 + done);
    structured.forEach((row, i) => {
      if (i % 10 === 9) structured[i] = [row[0], '', bare[Math.floor(i / 10)][0], '', '', '', '', '', '', '', ''];
    });
    if (!out.write(stringify(structured))) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}

function timed(args) {
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 1 << 26 });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.status !== 0) throw new Error(`${args.join(' ')} failed (${result.status}): ${result.stderr}`);
  const rss = /peak-rss-kb (\d+)/.exec(result.stderr)?.[1];
  return { ms, rssMb: rss ? Math.round(Number(rss) / 1024) : null };
}

console.log('\n## Command line on CSV files\n');
console.log('| rows | file (MB) | papaparse parse + rewrite (s) | csv-parse parse + rewrite (s) | goalpost classify --format csv (s) | ratio to papaparse | ratio to csv-parse | classify rows/s | peak RSS (MB) | goalpost rollup (s) | rollup peak RSS (MB) |');
console.log('|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
for (const rows of fileSizes) {
  const input = `${work}/plan-${rows}.csv`;
  await writePlan(input, rows);
  const mb = (statSync(input).size / 1e6).toFixed(1);
  const baseline = timed(['bench/parseRewrite.mjs', input, `${work}/rewrite.csv`]);
  const csvParse = timed(['bench/parseRewrite.mjs', input, `${work}/rewrite.csv`, '--csv-parse']);
  const cli = timed(['bench/peakRss.mjs', 'bin/goalpost.js', 'classify', input, '--format', 'csv', '--output', `${work}/out.csv`, '--quiet']);
  // The roll-up holds the plan in memory by design (about 2.4 KB a row), so its memory is shown beside it.
  const rollup = timed(['bench/peakRss.mjs', 'bin/goalpost.js', 'rollup', input, '--format', 'json', '--output', `${work}/rollup.json`]);
  rmSync(`${work}/rollup.json`, { force: true });
  console.log(
    `| ${count(rows)} | ${mb} | ${(baseline.ms / 1000).toFixed(2)} | ${(csvParse.ms / 1000).toFixed(2)} | ${(cli.ms / 1000).toFixed(2)} | ${(cli.ms / baseline.ms).toFixed(2)} | ${(cli.ms / csvParse.ms).toFixed(2)} | ${rate(rows, cli.ms)} | ${cli.rssMb ?? '?'} | ${(rollup.ms / 1000).toFixed(2)} | ${rollup.rssMb ?? '?'} |`,
  );
  rmSync(input, { force: true });
}

console.log('\n## =CLASSIFY on a range (one custom-function call)\n');
const fn = customFunctionBench(10_000);
console.log(`| rows | time (s) | rows/s | CPU (s) |\n|---:|---:|---:|---:|\n| ${count(fn.rows)} | ${(fn.ms / 1000).toFixed(2)} | ${rate(fn.rows, fn.ms)} | ${(fn.cpuMs / 1000).toFixed(2)} |`);
rmSync(`${work}/out.csv`, { force: true });
rmSync(`${work}/rewrite.csv`, { force: true });

console.log('\n## BigQuery library (goalpost_classify in a bare vm)\n');
{
  const { bigQueryBench } = await import('./bigquery.bench.mjs');
  const out = `${work}/bigquery`;
  rmSync(out, { recursive: true, force: true });
  const made = spawnSync('node', ['bin/goalpost.js', 'bigquery', '--out', out, '--library-uri', 'gs://bench/goalpost-bq.js', '--quiet'], { encoding: 'utf8' });
  if (made.status !== 0) throw new Error(made.stderr);
  const rows = structuredRows(100_000);
  const bq = bigQueryBench(`${out}/goalpost.sql`, `${out}/goalpost-bq.js`, SYNTHETIC_HEADERS, rows);
  console.log('| library (KB) | load (ms) | rows | time (s) | µs per row | rows/s |\n|---:|---:|---:|---:|---:|---:|');
  console.log(`| ${(bq.bytes / 1024).toFixed(0)} | ${bq.loadMs.toFixed(1)} | ${count(bq.rows)} | ${(bq.ms / 1000).toFixed(2)} | ${bq.usPerRow.toFixed(1)} | ${rate(bq.rows, bq.ms)} |`);
}

console.log('\n## Hostile 50,000-character cells (money and time-frame readers)\n');
{
  const { hostileTextBench } = await load('hostileText');
  console.log('| text | time (ms) |\n|---|---:|');
  for (const { name, ms } of hostileTextBench()) console.log(`| ${name} | ${ms.toFixed(1)} |`);
}
