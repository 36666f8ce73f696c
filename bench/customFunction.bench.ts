/**
 * =CLASSIFY over a 10,000-row range, as Sheets would call it: one call, the whole range,
 * through the add-on's own entry point with the in-memory Apps Script fakes installed.
 */
import * as addOn from '../src/gas/index';
import { AuthMode, installFakeAppsScript, uninstallFakeAppsScript } from '../test/fakes/appsScript';
import { structuredRows, SYNTHETIC_HEADERS } from './synthetic';

export function customFunctionBench(rows: number): { rows: number; ms: number } {
  installFakeAppsScript({ authMode: AuthMode.CUSTOM_FUNCTION }).spreadsheet.addSheet('Plan', [SYNTHETIC_HEADERS]);
  try {
    const range = structuredRows(rows, 7);
    addOn.CLASSIFY(range.slice(0, 500), [SYNTHETIC_HEADERS]);
    const start = performance.now();
    const result = addOn.CLASSIFY(range, [SYNTHETIC_HEADERS]) as unknown[][];
    const ms = performance.now() - start;
    if (result.length !== rows) throw new Error(`CLASSIFY returned ${result.length} rows for ${rows}`);
    return { rows, ms };
  } finally {
    uninstallFakeAppsScript();
  }
}
