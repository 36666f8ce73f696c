/**
 * Two runs on one spreadsheet never interleave their writes: every entry point that writes
 * takes the document lock, waits a bounded time for it, and otherwise says another run is
 * in progress and changes nothing. Reading (the sidebar's state and previews, the custom
 * functions) takes no lock, so it keeps working while a run writes.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as addOn from '../../src/gas/index';
import { LOCK_WAIT_MS } from '../../src/gas/lock';
import { ROLLUP_SHEET_NAME } from '../../src/gas/rollupSheet';
import { UserError } from '../../src/gas/userError';
import { FakeRange, installFakeAppsScript, SERVICE_FAILURE, uninstallFakeAppsScript, type FakeAppsScript } from '../fakes/appsScript';
import { plan } from '../gas/plans';

afterEach(() => {
  uninstallFakeAppsScript();
  vi.restoreAllMocks();
});

const BUSY = 'Another Goalpost run is in progress in this spreadsheet. Try again when it has finished.';
const settings = { mapping: {}, threshold: 3 };

interface Run {
  name: string;
  /** Runs the entry point; returns the message the user sees when it refuses, or null. */
  start: (env: FakeAppsScript) => string | null;
}

/** The user is on the plan with its rows selected (building the roll-up moves them to the roll-up sheet). */
const onPlan = (env: FakeAppsScript) => env.spreadsheet.getSheetByName('Plan')!.setActiveSelection('A1:A8');

/** A menu item shows a refusal in an alert; a sidebar endpoint throws it to the sidebar. */
const fromMenu = (work: () => void) => (env: FakeAppsScript) => {
  onPlan(env);
  const seen = env.ui.alerts.length;
  work();
  return env.ui.alerts[seen]?.prompt ?? null;
};
const fromSidebar = (work: () => unknown) => (env: FakeAppsScript) => {
  onPlan(env);
  try {
    work();
    return null;
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    return error.message;
  }
};

const WRITERS: Run[] = [
  { name: 'Classify selected rows (menu)', start: fromMenu(() => addOn.classifySelectedRows()) },
  { name: 'Build goal roll-up (menu)', start: fromMenu(() => addOn.buildRollupFromMenu()) },
  { name: 'buildRollupSheet (sidebar)', start: fromSidebar(() => addOn.buildRollupSheet()) },
  {
    name: 'classifySidebarChunk writing (sidebar)',
    start: fromSidebar(() => addOn.classifySidebarChunk({ sheetName: 'Plan', firstRow: 2, numRows: 7, settings, write: true, checkThrough: 8 })),
  },
];

function setUp() {
  const env = installFakeAppsScript();
  const sheet = env.spreadsheet.addSheet('Plan', plan());
  sheet.setActiveSelection('A1:A8');
  return { env, sheet };
}

/** Every sheet's cells, and which sheets exist. */
const everything = (env: FakeAppsScript) => env.spreadsheet.getSheets().map((s) => [s.getName(), s.snapshot()]);

describe.each(WRITERS)('$name', (run) => {
  it(`waits ${LOCK_WAIT_MS / 1000} seconds for a run holding the lock, then says so and changes nothing`, () => {
    const { env } = setUp();
    env.holdDocumentLock();
    const before = everything(env);
    expect(run.start(env)).toBe(BUSY);
    expect(env.lockAttempts).toEqual([LOCK_WAIT_MS]);
    expect(everything(env)).toEqual(before);
    expect(env.spreadsheet.getSheetByName(ROLLUP_SHEET_NAME)).toBeNull();
  });

  it('releases the lock when it fails midway, so the next run is not shut out', () => {
    const { env } = setUp();
    env.failOn('Range.setValues', 1);
    expect(() => run.start(env)).toThrow(SERVICE_FAILURE);
    expect(env.lockHeld).toBe(false);
    expect(run.start(env)).toBeNull();
  });

  it.each(WRITERS)('refuses $name started while it writes, which then runs once it is done', (second) => {
    const alone = aloneResult(run);
    const { env } = setUp();
    let secondSaw: string | null | undefined;
    let midway: string | null = null;
    const setValues = FakeRange.prototype.setValues;
    vi.spyOn(FakeRange.prototype, 'setValues').mockImplementation(function (this: FakeRange, values) {
      if (secondSaw === undefined) {
        const seen = env.ui.alerts.length;
        secondSaw = second.start(env);
        env.ui.alerts.splice(seen); // the first run's own alerts are what it returns
        // A sidebar preview reads only, so it is not held up by the run.
        midway = JSON.stringify(addOn.classifySidebarChunk({ sheetName: 'Plan', firstRow: 2, numRows: 7, settings, write: false }).rows.length);
      }
      return setValues.call(this, values);
    });
    expect(run.start(env)).toBeNull();
    expect(secondSaw).toBe(BUSY);
    expect(midway).toBe('6');
    // The first run's result is exactly what it writes with no one else about.
    expect(everything(env)).toEqual(alone);
    expect(env.lockHeld).toBe(false);
    vi.restoreAllMocks();
    expect(second.start(env)).toBeNull();
  });
});

/** The spreadsheet after `run` with no other run about. */
function aloneResult(run: Run) {
  const { env } = setUp();
  expect(run.start(env)).toBeNull();
  const result = everything(env);
  uninstallFakeAppsScript();
  return result;
}
