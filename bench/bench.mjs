#!/usr/bin/env node
// `npm run bench`: bundles the TypeScript benchmarks with esbuild (the same bundler as the
// product), runs them, and prints one table. Figures go to BENCHMARKS.md by hand, with the
// machine they were measured on.
import { build } from 'esbuild';
import { mkdirSync } from 'node:fs';
import { cpus } from 'node:os';

mkdirSync('build', { recursive: true });
await build({
  entryPoints: ['bench/engine.bench.ts'],
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  outfile: 'build/engine.bench.mjs',
  logLevel: 'warning',
});
const { engineBench } = await import(new URL('../build/engine.bench.mjs', import.meta.url).href);

const sizes = (process.env.BENCH_SIZES ?? '10000,100000').split(',').map(Number);
console.log(`Goalpost benchmark — node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}`);
console.log('');
console.log('| what | rows | time (s) | rows/s |');
console.log('|---|---:|---:|---:|');
for (const { name, rows, ms } of engineBench(sizes)) {
  console.log(`| ${name} | ${rows.toLocaleString('en-US')} | ${(ms / 1000).toFixed(2)} | ${Math.round(rows / (ms / 1000)).toLocaleString('en-US')} |`);
}
