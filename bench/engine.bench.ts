/**
 * Engine throughput: classify on synthetic structured rows and on bare text, at 10k and
 * 100k rows, plus the roll-up of 100k rows. Run through `npm run bench` (bench/bench.mjs
 * bundles this file first).
 */
import { buildRollup, classify, classifyRows, detectLayout, planItems } from '../src/core';
import { bareRows, structuredRows, SYNTHETIC_HEADERS } from './synthetic';

export interface Measure {
  name: string;
  rows: number;
  ms: number;
  /** CPU time of the process (user + system), which other work on a shared machine disturbs less than the wall clock. */
  cpuMs: number;
}

function time(fn: () => void): { ms: number; cpuMs: number } {
  const start = performance.now();
  const cpu = process.cpuUsage();
  fn();
  const used = process.cpuUsage(cpu);
  return { ms: performance.now() - start, cpuMs: (used.user + used.system) / 1000 };
}

export function engineBench(sizes: number[]): Measure[] {
  const results: Measure[] = [];
  // Warm the JIT on a small plan so the first size is not charged for compilation.
  const warm = structuredRows(2000);
  classifyRows(warm, detectLayout([SYNTHETIC_HEADERS, ...warm]));
  for (const size of sizes) {
    const rows = structuredRows(size);
    const layout = detectLayout([SYNTHETIC_HEADERS, ...rows.slice(0, 200)]);
    results.push({ name: 'classify structured rows', rows: size, ...time(() => classifyRows(rows, layout)) });
    const statements = bareRows(size);
    results.push({ name: 'classify bare text', rows: size, ...time(() => statements.forEach((row) => classify(row[0]))) });
    results.push({ name: 'classify + roll-up', rows: size, ...time(() => buildRollup(planItems(rows, layout))) });
  }
  return results;
}
