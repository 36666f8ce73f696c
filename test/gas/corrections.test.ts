/** Corrections through the Sheets fake: the sidebar's endpoints, the hidden sheet, the custom functions' examples, and a run's remembered progress. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import { afterEach, describe, expect, it } from 'vitest';
import * as addOn from '../../src/gas/index';
import { CORRECTIONS_SHEET_NAME } from '../../src/gas/ownSheets';
import type { ChunkRequest } from '../../src/gas/sidebarApi';
import { AuthMode, FakeAppsScript, installFakeAppsScript, uninstallFakeAppsScript, type Cell } from '../fakes/appsScript';

afterEach(uninstallFakeAppsScript);

const HEADERS = ['ID', 'Title'];
const CORRECTED = 'Launch the partner onboarding portal for resellers';
const SIMILAR = 'Launch the partner onboarding portal for distributors';
const UNRELATED = 'Migrate payroll to the new HR system';
const GOAL = 'Grow recurring revenue in the Nordics by 15%';
const PLAN: Cell[][] = [HEADERS, ['P1', CORRECTED], ['P2', SIMILAR], ['P3', UNRELATED], ['P4', GOAL]];

const SETTINGS = { mapping: {}, threshold: 3 };
const ask = (request: Partial<ChunkRequest> = {}): ChunkRequest => ({
  sheetName: 'Plan',
  firstRow: 2,
  numRows: 4,
  settings: SETTINGS,
  write: true,
  ...request,
});

function setUp() {
  const env = installFakeAppsScript();
  const sheet = env.spreadsheet.addSheet('Plan', PLAN);
  sheet.setActiveSelection('A1');
  return { env, sheet };
}

const run = () => addOn.classifySidebarChunk(ask()).rows;
const labelsIn = (sheet: ReturnType<typeof setUp>['sheet']) => [2, 3, 4, 5].map((row) => sheet.cell(row, 3));

describe('correcting in the sidebar', () => {
  it('fixes the row, shifts a similar row on the next run, leaves an unrelated row alone, survives reruns, and is removed', () => {
    const { env, sheet } = setUp();
    const plain = run();
    expect(plain.map((r) => r.label)).toEqual(['Initiative', 'Initiative', 'Initiative', 'Goal']);

    const fixed = addOn.correctSidebarRow({ sheetName: 'Plan', row: 2, label: 'Goal', note: 'our channel goals', settings: SETTINGS });
    expect(fixed).toMatchObject({ row: 2, label: 'Goal', basis: 'correction', taught: { label: 'Goal', row: 2 } });
    expect(fixed.reason).toMatch(/^You corrected this row to Goal \(“our channel goals”\); Goalpost alone said Initiative/);
    // The row's Goalpost column follows at once; the user stays on the plan.
    expect(sheet.cell(2, 3)).toBe('Goal');
    expect(env.spreadsheet.getActiveSheet().getName()).toBe('Plan');

    const store = env.spreadsheet.getSheetByName(CORRECTIONS_SHEET_NAME)!;
    expect(store.isSheetHidden()).toBe(true);
    expect(store.getRange(1, 1, 2, 6).getValues()).toEqual([
      ['Statement', 'Label', 'Sheet', 'Row', 'Id or title', 'Note'],
      [CORRECTED, 'Goal', 'Plan', 2, 'P1', 'our channel goals'],
    ]);
    expect(store.cell(2, 7)).toBeInstanceOf(Date);

    for (let rerun = 0; rerun < 2; rerun++) {
      const rows = run();
      expect(rows[0]).toMatchObject({ label: 'Goal', basis: 'correction' });
      expect(rows[1]).toMatchObject({ label: 'Goal', basis: 'similar-correction', taught: { row: 2, label: 'Goal' } });
      expect(rows[1].reason).toMatch(/^Goal, like row 2 you corrected \(“Launch the partner onboarding portal for resellers”, Goal; \d+% alike\)/);
      expect(rows.slice(2)).toEqual(plain.slice(2));
      expect(labelsIn(sheet)).toEqual(['Goal', 'Goal', 'Initiative', 'Goal']);
    }

    // Correcting again replaces the correction rather than adding one.
    addOn.correctSidebarRow({ sheetName: 'Plan', row: 2, label: 'Not a plan row', settings: SETTINGS });
    expect(store.getLastRow()).toBe(2);
    expect(run()[0]).toMatchObject({ label: 'Unclear', basis: 'correction' });

    const removed = addOn.removeSidebarCorrection({ sheetName: 'Plan', row: 2, settings: SETTINGS });
    expect(removed).toMatchObject({ label: 'Initiative', basis: 'wording' });
    expect(removed.taught).toBeUndefined();
    expect(run()).toEqual(plain);
    expect(labelsIn(sheet)).toEqual(['Initiative', 'Initiative', 'Initiative', 'Goal']);
    expect(store.getRange(2, 1, 1, 2).getValues()).toEqual([['', '']]);
  });

  it('reads the corrections sheet as the user edited it, and skips a line whose label it cannot read', () => {
    const { env } = setUp();
    addOn.correctSidebarRow({ sheetName: 'Plan', row: 2, label: 'Goal', settings: SETTINGS });
    const store = env.spreadsheet.getSheetByName(CORRECTIONS_SHEET_NAME)!;
    store.showSheet();
    store.getRange(2, 2).setValue('Initiative');
    store.getRange(3, 1, 1, 2).setValues([[UNRELATED, 'perhaps']]);
    const rows = run();
    expect(rows[0]).toMatchObject({ label: 'Initiative', basis: 'correction' });
    expect(rows[2].basis).toBe('wording');
  });

  it('refuses a label it cannot learn and a row that is not a data row, saving nothing', () => {
    const { env } = setUp();
    expect(() => addOn.correctSidebarRow({ sheetName: 'Plan', row: 2, label: 'Maybe', settings: SETTINGS })).toThrow(
      /“Maybe” is not a label Goalpost can learn/,
    );
    expect(() => addOn.correctSidebarRow({ sheetName: 'Plan', row: 1, label: 'Goal', settings: SETTINGS })).toThrow(/not a data row/);
    expect(env.spreadsheet.getSheetByName(CORRECTIONS_SHEET_NAME)).toBeNull();
  });

  it('never classifies or writes into its own corrections sheet', () => {
    const { env } = setUp();
    addOn.correctSidebarRow({ sheetName: 'Plan', row: 2, label: 'Goal', settings: SETTINGS });
    const store = env.spreadsheet.getSheetByName(CORRECTIONS_SHEET_NAME)!;
    const before = store.getRange(1, 1, 3, 9).getValues();
    expect(() => addOn.classifySidebarChunk(ask({ sheetName: CORRECTIONS_SHEET_NAME }))).toThrow(/where Goalpost keeps your corrections, not a plan/);
    expect(() => addOn.saveSidebarSettings(CORRECTIONS_SHEET_NAME, SETTINGS)).toThrow(/corrections/);
    expect(store.getRange(1, 1, 3, 9).getValues()).toEqual(before);
  });
});

describe('a writing run remembered in the document', () => {
  it('is offered to continue where it stopped, until it reaches its last row or the settings change', () => {
    const { sheet } = setUp();
    addOn.classifySidebarChunk(ask({ numRows: 2, span: { firstRow: 2, lastRow: 5 } }));
    expect(addOn.sidebarState().resume).toEqual({ firstRow: 2, lastRow: 5, next: 4 });
    addOn.saveSidebarSettings('Plan', { mapping: {}, threshold: 2 });
    expect(addOn.sidebarState().resume).toBeNull();
    addOn.saveSidebarSettings('Plan', SETTINGS);
    expect(addOn.sidebarState().resume).toEqual({ firstRow: 2, lastRow: 5, next: 4 });
    addOn.classifySidebarChunk(ask({ firstRow: 4, numRows: 2, span: { firstRow: 2, lastRow: 5 } }));
    expect(addOn.sidebarState().resume).toBeNull();
    expect(labelsIn(sheet)).toEqual(['Initiative', 'Initiative', 'Initiative', 'Goal']);
  });
});

describe('custom functions with an examples range', () => {
  const range = PLAN.slice(1);
  const examples: Cell[][] = [
    ['Statement', 'Label'],
    [CORRECTED, 'Goal'],
    ['', ''],
  ];

  it('fix the example’s row, shift a similar row, leave an unrelated one, and forget when the example is gone', () => {
    const env = installFakeAppsScript({ authMode: AuthMode.CUSTOM_FUNCTION });
    env.spreadsheet.addSheet('Plan', PLAN);
    expect(addOn.CLASSIFY(range, [HEADERS], examples)).toEqual([['Goal'], ['Goal'], ['Initiative'], ['Goal']]);
    const reasons = addOn.CLASSIFY_REASON(range, [HEADERS], examples) as string[][];
    expect(reasons[1][0]).toMatch(/^Goal, like row 1 you corrected/);
    expect(addOn.CLASSIFY_REASON(range, [HEADERS], examples)).toEqual(reasons);
    expect(addOn.CLASSIFY(range, [HEADERS], [['Statement', 'Label']])).toEqual([['Initiative'], ['Initiative'], ['Initiative'], ['Goal']]);
    expect(addOn.CLASSIFY(SIMILAR, '', examples)).toBe('Goal');
    expect(addOn.INITIATIVE_SCORE(range, [HEADERS], examples)).toEqual(addOn.INITIATIVE_SCORE(range, [HEADERS]));
    const rollup = addOn.GOAL_ROLLUP(range, [HEADERS], examples) as unknown[][];
    expect(rollup.map((line) => line[1])).toContain(CORRECTED);
    // Goalpost's own corrections sheet is a fine examples range: its first columns are statement and label.
    expect(
      addOn.CLASSIFY(
        range,
        [HEADERS],
        [
          ['Statement', 'Label', 'Sheet'],
          [CORRECTED, 'Goal', 'Plan'],
        ],
      ),
    ).toEqual([['Goal'], ['Goal'], ['Initiative'], ['Goal']]);
  });

  it('say which example cannot be read, and refuse the corrections sheet as a plan', () => {
    installFakeAppsScript({ authMode: AuthMode.CUSTOM_FUNCTION }).spreadsheet.addSheet('Plan', PLAN);
    expect(() => addOn.CLASSIFY(range, [HEADERS], [[CORRECTED, 'Goalish']])).toThrow(/CLASSIFY: examples row 1: “Goalish” is not a label/);
    expect(() => addOn.CLASSIFY(range, [HEADERS], 'Goal')).toThrow(/two columns/);
    expect(() =>
      addOn.CLASSIFY([
        ['Statement', 'Label', 'Sheet', 'Row', 'Id or title', 'Note', 'When'],
        [CORRECTED, 'Goal', 'Plan', 2, 'P1', '', ''],
      ]),
    ).toThrow(/Goalpost's own output/);
  });

  it('work the same in the built bundle, dist/Code.js, in a bare script context', () => {
    const env = new FakeAppsScript({ authMode: AuthMode.CUSTOM_FUNCTION });
    env.spreadsheet.addSheet('Plan', PLAN);
    const context = vm.createContext({ ...env.globals() });
    vm.runInContext(readFileSync(join(__dirname, '../../dist/Code.js'), 'utf8'), context, { filename: 'Code.js' });
    const call = (name: string, ...args: unknown[]) => (context[name] as (...a: unknown[]) => unknown)(...args);
    expect(call('CLASSIFY', range, [HEADERS], examples)).toEqual([['Goal'], ['Goal'], ['Initiative'], ['Goal']]);
    expect(call('CLASSIFY', range, [HEADERS])).toEqual([['Initiative'], ['Initiative'], ['Initiative'], ['Goal']]);
    expect((call('CLASSIFY_REASON', range, [HEADERS], examples) as string[][])[0][0]).toMatch(/^You corrected this row to Goal/);
  });
});
