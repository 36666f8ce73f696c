/**
 * A bulk run stopped anywhere leaves every row with its whole Goalpost result or none, and
 * the next run finishes the sheet exactly as an uninterrupted run would have.
 *
 * Rows are read and written in chunks of CHUNK_ROWS (2,000). To reach every stopping point
 * of a sheet small enough to try them all, the chunk size is made 2 here by mocking
 * sheetIO's constant: the production code is unchanged and runs as it does in Sheets.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as addOn from '../../src/gas/index';
import { VERDICT_HEADERS } from '../../src/gas/outputRow';
import { saveSettings } from '../../src/gas/settings';
import { CHUNK_ROWS } from '../../src/gas/sheetIO';
import { ChunkedRun } from '../../src/sidebar/run';
import { installFakeAppsScript, SERVICE_FAILURE, uninstallFakeAppsScript, type Cell, type FakeAppsScript, type FakeSheet } from '../fakes/appsScript';
import { HEADERS, plan } from '../gas/plans';

vi.mock('../../src/gas/sheetIO', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/gas/sheetIO')>();
  const size = 2;
  return { ...actual, CHUNK_ROWS: size, chunksOf: (first: number, numRows: number, chunk = size) => actual.chunksOf(first, numRows, chunk) };
});

afterEach(() => {
  uninstallFakeAppsScript();
  vi.restoreAllMocks();
});

type Snapshot = ReturnType<FakeSheet['snapshot']>;

interface Layout {
  name: string;
  values: () => Cell[][];
  /** What the sheet looked like before: nothing of Goalpost's, or the result of an earlier run on other inputs. */
  prepare?: (env: FakeAppsScript, sheet: FakeSheet) => void;
}

/** The example plan with every data row edited, so an earlier run's verdicts differ from the next run's. */
function editInputs(sheet: FakeSheet, headers: Cell[]) {
  const title = headers.indexOf('Title') + 1;
  const budget = headers.indexOf('Budget') + 1;
  const { values } = sheet.snapshot();
  for (let row = 2; row <= values.length; row++) {
    const text = values[row - 1][title - 1];
    if (text !== '') sheet.getRange(row, title).setValues([[`${text} (v2)`]]);
    if (row % 2 === 0) sheet.getRange(row, budget).setValues([['TBD']]);
  }
}

const apart = () => plan().map((row, r) => [r === 0 ? 'Goalpost: Label' : '', ...row, r === 0 ? 'Notes' : `note ${r}`, r === 0 ? 'Goalpost: Reason' : '']);

const LAYOUTS: Layout[] = [
  { name: 'a sheet Goalpost has not written to', values: plan },
  {
    name: 'a sheet holding an earlier result for other inputs',
    values: plan,
    prepare: (env, sheet) => {
      runMenu(env, sheet);
      editInputs(sheet, HEADERS);
      saveSettings(sheet as unknown as GoogleAppsScript.Spreadsheet.Sheet, { threshold: 4 });
    },
  },
  // The user dragged Label to column A and Reason past a column of their own notes: a row then takes two writes.
  { name: 'Goalpost columns the user moved apart', values: apart },
  {
    name: 'Goalpost columns moved apart, holding an earlier result for other inputs',
    values: apart,
    prepare: (env, sheet) => {
      runMenu(env, sheet);
      editInputs(sheet, ['Goalpost: Label', ...HEADERS]);
      saveSettings(sheet as unknown as GoogleAppsScript.Spreadsheet.Sheet, { threshold: 5 });
    },
  },
];

function setUp(layout: Layout) {
  const env = installFakeAppsScript();
  const sheet = env.spreadsheet.addSheet('Plan', layout.values());
  layout.prepare?.(env, sheet);
  sheet.setActiveSelection(`A1:A${sheet.getLastRow()}`);
  env.calls.reset();
  return { env, sheet };
}

function runMenu(_env: FakeAppsScript, sheet: FakeSheet, selection = `A1:A${sheet.getLastRow()}`) {
  sheet.setActiveSelection(selection);
  addOn.classifySelectedRows();
}

/** The sheet after an uninterrupted run, and the service calls that run made. */
function uninterrupted(layout: Layout) {
  const { env, sheet } = setUp(layout);
  const before = sheet.snapshot();
  runMenu(env, sheet);
  expect(env.ui.alerts).toEqual([]);
  return { before, final: sheet.snapshot(), calls: env.calls.all() };
}

/** Columns holding Goalpost's output, by their header in the finished sheet. */
function ownColumns(final: Snapshot): number[] {
  return final.values[0].flatMap((header, c) => ((VERDICT_HEADERS as readonly Cell[]).includes(header) ? [c] : []));
}

/**
 * Every cell outside Goalpost's columns is as it was, and every row's Goalpost cells are
 * whole: as before the run (none of this run's result), as in the finished sheet (all of
 * it), or, where a row takes more than one write, without a label (a row Goalpost has not
 * finished; the next run fills it).
 */
function expectWholeRows(before: Snapshot, now: Snapshot, final: Snapshot) {
  const own = ownColumns(final);
  const label = final.values[0].indexOf('Goalpost: Label');
  const split = own.some((c, i) => i > 0 && c !== own[i - 1] + 1);
  const cell = (s: Snapshot, r: number, c: number) => [s.values[r]?.[c] ?? '', s.formulas[r]?.[c] ?? ''];
  for (let r = 0; r < final.values.length; r++) {
    for (let c = 0; c < final.values[0].length; c++) {
      if (!own.includes(c)) expect(cell(now, r, c), `cell ${r + 1},${c + 1}`).toEqual(cell(before, r, c));
    }
    if (r === 0) continue;
    const cells = (s: Snapshot) => own.map((c) => cell(s, r, c));
    const whole = [cells(before), cells(final)].some((expected) => JSON.stringify(expected) === JSON.stringify(cells(now)));
    const unfinished = split && (now.values[r]?.[label] ?? '') === '';
    expect(whole || unfinished, `row ${r + 1} holds part of a result: ${JSON.stringify(cells(now))}`).toBe(true);
  }
}

/**
 * Every write the run makes, as [method, n-th call]. The sheet changes only at a write, so
 * a run killed at any moment (between two statements, or in any read) leaves the sheet as
 * one that fails at its next write: failing each write in turn reaches every state an
 * interrupted run can leave. (Reads are failed too, once each, to show a failed read
 * writes nothing; the lock is left out: Apps Script releases it when a run ends.)
 */
function stoppingPoints(calls: Record<string, number>): Array<[string, number]> {
  const WRITES = /^(Range\.(set|clear)|Sheet\.(insert|set|clear)|Spreadsheet\.insertSheet|Properties\.set)/;
  return Object.entries(calls)
    .filter(([name]) => /^(Range|Sheet|Spreadsheet|Properties)\./.test(name))
    .flatMap(([name, count]) => Array.from({ length: WRITES.test(name) ? count : 1 }, (_, i) => [name, i + 1] as [string, number]));
}

it('runs with chunks of 2 rows, so a 7-row plan takes 4 chunks', () => {
  expect(CHUNK_ROWS).toBe(2);
});

describe.each(LAYOUTS)('on $name', (layout) => {
  const reference = () => uninterrupted(layout);

  it('a run that fails at any service call leaves whole rows, and the next run finishes the sheet', () => {
    const { final, calls } = reference();
    const points = stoppingPoints(calls);
    expect(points.filter(([name]) => name === 'Range.setValues').length).toBeGreaterThanOrEqual(4);
    for (const [method, n] of points) {
      uninstallFakeAppsScript();
      const { env, sheet } = setUp(layout);
      const before = sheet.snapshot();
      env.failOn(method, n);
      let error: unknown = null;
      try {
        runMenu(env, sheet);
      } catch (thrown) {
        error = thrown;
      }
      const where = `stopped at ${method} #${n}`;
      if (error) expect((error as Error).message, where).toBe(SERVICE_FAILURE);
      expect(env.lockHeld, where).toBe(false);
      expectWholeRows(before, sheet.snapshot(), final);

      env.ui.alerts.length = 0;
      runMenu(env, sheet);
      expect(env.ui.alerts, where).toEqual([]);
      expect(sheet.snapshot(), where).toEqual(final);
    }
  });

  it('a run that reaches its time budget after any chunk stops between chunks, and rerunning the rows it names finishes the sheet', () => {
    const { final } = reference();
    const chunks = Math.ceil((final.values.length - 1) / CHUNK_ROWS);
    for (let done = 1; done < chunks; done++) {
      uninstallFakeAppsScript();
      vi.restoreAllMocks();
      const { env, sheet } = setUp(layout);
      const before = sheet.snapshot();
      // The run reads the clock when it starts and before each chunk after the first.
      let reads = 0;
      vi.spyOn(Date, 'now').mockImplementation(() => (++reads <= done ? 0 : 5 * 60_000));
      runMenu(env, sheet);
      const now = sheet.snapshot();
      expectWholeRows(before, now, final);
      const lastDone = 1 + done * CHUNK_ROWS;
      const own = ownColumns(final);
      for (let r = 1; r < final.values.length; r++) {
        const expected = r < lastDone ? final : before;
        expect(own.map((c) => now.values[r][c] ?? ''), `row ${r + 1} after ${done} chunks`).toEqual(own.map((c) => expected.values[r]?.[c] ?? ''));
      }
      const prompt = env.ui.alerts[0]?.prompt ?? '';
      expect(prompt).toBe(
        `Goalpost stopped after row ${lastDone} to stay inside Apps Script's time limit. Select rows ${lastDone + 1} to ${final.values.length} and run it again.`,
      );

      vi.restoreAllMocks();
      const [, from, to] = /Select rows (\d+) to (\d+)/.exec(prompt)!;
      env.ui.alerts.length = 0;
      runMenu(env, sheet, `B${from}:B${to}`);
      expect(env.ui.alerts).toEqual([]);
      expect(sheet.snapshot(), `stopped after ${done} chunks`).toEqual(final);
    }
  });
});

describe('a sidebar run', () => {
  const layout = LAYOUTS[1];
  const server = { classifySidebarChunk: async (request: Parameters<typeof addOn.classifySidebarChunk>[0]) => addOn.classifySidebarChunk(request) };
  const span = (sheet: FakeSheet) => ({ sheetName: 'Plan', firstRow: 2, lastRow: sheet.getLastRow(), settings: { mapping: {}, threshold: 4 }, write: true });

  it('cancelled or closed after any block leaves whole rows; continuing or starting again finishes the sheet as the menu does', async () => {
    const { final } = uninterrupted(layout);
    const blocks = Math.ceil((final.values.length - 1) / CHUNK_ROWS);
    for (let done = 0; done <= blocks; done++) {
      for (const next of ['continue', 'start again'] as const) {
        uninstallFakeAppsScript();
        const { sheet } = setUp(layout);
        const before = sheet.snapshot();
        const run = new ChunkedRun(span(sheet), server, CHUNK_ROWS);
        // Cancel is pressed while block `done` is in flight: that block finishes, no other starts.
        const outcome = await run.run((progress) => {
          if (progress.block && progress.block.to >= done * CHUNK_ROWS) run.cancel();
        });
        if (done === 0) expect(outcome).toBe('cancelled');
        expectWholeRows(before, sheet.snapshot(), final);

        // Closing the sidebar forgets the run; reopening it starts from the first row.
        const again = next === 'continue' ? run : new ChunkedRun(span(sheet), server, CHUNK_ROWS);
        expect(await again.run()).toBe('done');
        expect(sheet.snapshot(), `cancelled after ${done} blocks, then ${next}`).toEqual(final);
      }
    }
  });

  it('failing at any write leaves whole rows, and running again retries the failed block and finishes the sheet', async () => {
    const { final } = uninterrupted(layout);
    for (let n = 1; ; n++) {
      uninstallFakeAppsScript();
      const { env, sheet } = setUp(layout);
      const before = sheet.snapshot();
      env.failOn('Range.setValues', n);
      const run = new ChunkedRun(span(sheet), server, CHUNK_ROWS);
      const failed = await run.run().then(
        () => false,
        (error: Error) => {
          expect(error.message).toBe(SERVICE_FAILURE);
          return true;
        },
      );
      if (!failed) break; // n is past the run's last write
      expect(env.lockHeld).toBe(false);
      expectWholeRows(before, sheet.snapshot(), final);
      expect(await run.run()).toBe('done');
      expect(sheet.snapshot(), `failed at write ${n}`).toEqual(final);
    }
  });
});
