/**
 * =CLASSIFY over a 10,000-row range, as Sheets would call it: one call, the whole range,
 * through the add-on's own entry point with the in-memory Apps Script fakes installed.
 */
import * as addOn from '../src/gas/index';
import { AuthMode, installFakeAppsScript, uninstallFakeAppsScript } from '../test/fakes/appsScript';
import { structuredRows, SYNTHETIC_HEADERS } from './synthetic';

export function customFunctionBench(rows: number): { rows: number; ms: number; cpuMs: number } {
  installFakeAppsScript({ authMode: AuthMode.CUSTOM_FUNCTION }).spreadsheet.addSheet('Plan', [SYNTHETIC_HEADERS]);
  try {
    const range = structuredRows(rows, 7);
    addOn.CLASSIFY(range.slice(0, 500), [SYNTHETIC_HEADERS]);
    const start = performance.now();
    // CPU time of the process too: V8 compiles on other threads, and other work on a shared
    // machine moves the wall clock of one call by half or more.
    const cpu = process.cpuUsage();
    const result = addOn.CLASSIFY(range, [SYNTHETIC_HEADERS]) as unknown[][];
    const ms = performance.now() - start;
    const used = process.cpuUsage(cpu);
    if (result.length !== rows) throw new Error(`CLASSIFY returned ${result.length} rows for ${rows}`);
    return { rows, ms, cpuMs: (used.user + used.system) / 1000 };
  } finally {
    uninstallFakeAppsScript();
  }
}
