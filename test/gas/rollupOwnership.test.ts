/**
 * The roll-up never lands on a sheet that is not Goalpost's: a sheet the user named
 * "Goalpost roll-up" is left alone, and Goalpost's own roll-up, once the user has changed
 * it, is kept as they left it; the roll-up goes to a new sheet and the user is told.
 */
import { afterEach, describe, expect, it } from 'vitest';
import * as addOn from '../../src/gas/index';
import { ROLLUP_SHEET_NAME } from '../../src/gas/rollupSheet';
import { installFakeAppsScript, SERVICE_FAILURE, uninstallFakeAppsScript, type FakeAppsScript, type FakeSheet } from '../fakes/appsScript';
import { plan } from './plans';

afterEach(uninstallFakeAppsScript);

const SECOND = `${ROLLUP_SHEET_NAME} (2)`;

function setUp() {
  const env = installFakeAppsScript();
  const sheet = env.spreadsheet.addSheet('Plan', plan());
  sheet.activate();
  return { env, sheet };
}

/** "Build goal roll-up" from the menu, as the user runs it from the plan. */
function buildFromMenu(env: FakeAppsScript) {
  env.spreadsheet.getSheetByName('Plan')!.activate();
  env.ui.alerts.length = 0;
  env.spreadsheet.toasts.length = 0;
  addOn.buildRollupFromMenu();
  return { alerts: env.ui.alerts.map((alert) => alert.prompt), toasts: env.spreadsheet.toasts.map((toast) => toast.message) };
}

const names = (env: FakeAppsScript) => env.spreadsheet.getSheets().map((sheet) => sheet.getName());
const isRollup = (env: FakeAppsScript, name: string) => env.spreadsheet.getSheetByName(name)!.snapshot().values[0][0] === 'Goal roll-up of “Plan”';

describe('a sheet the user named “Goalpost roll-up”', () => {
  it('is left as it is; the roll-up goes to “Goalpost roll-up (2)”, and the user is told', () => {
    const { env } = setUp();
    const mine = env.spreadsheet.addSheet(ROLLUP_SHEET_NAME, [['My pivot — do not delete'], ['Region', 'Total'], ['EMEA', 1200]]);
    mine.seedFormula('C3', '=SUM(B3:B9)', 1200);
    const before = mine.snapshot();

    const { alerts } = buildFromMenu(env);
    expect(mine.snapshot()).toEqual(before);
    expect(mine.charts).toHaveLength(0);
    expect(names(env)).toEqual(['Plan', ROLLUP_SHEET_NAME, SECOND]);
    expect(isRollup(env, SECOND)).toBe(true);
    expect(env.spreadsheet.getActiveSheet().getName()).toBe(SECOND);
    expect(alerts).toHaveLength(1);
    expect(alerts[0]).toMatch(/^“Goalpost roll-up” is not a sheet Goalpost built .*left as it is; the new roll-up is in “Goalpost roll-up \(2\)”\./);
    expect(alerts[0]).toMatch(/6 rows: 3 initiatives/);
  });

  it('stays untouched on every rebuild, which rewrites “Goalpost roll-up (2)” in place and says nothing more', () => {
    const { env } = setUp();
    const mine = env.spreadsheet.addSheet(ROLLUP_SHEET_NAME, [['notes for the QBR']]);
    buildFromMenu(env);
    const first = env.spreadsheet.getSheetByName(SECOND)!.snapshot();
    const again = buildFromMenu(env);
    expect(again.alerts).toEqual([]);
    expect(again.toasts[0]).toMatch(/^6 rows: 3 initiatives/);
    expect(names(env)).toEqual(['Plan', ROLLUP_SHEET_NAME, SECOND]);
    expect(env.spreadsheet.getSheetByName(SECOND)!.snapshot()).toEqual(first);
    expect(mine.snapshot().values).toEqual([['notes for the QBR']]);
  });

  it('takes the next free name when “(2)” is taken too, whatever its case', () => {
    const { env } = setUp();
    env.spreadsheet.addSheet(ROLLUP_SHEET_NAME.toUpperCase(), [['mine']]);
    env.spreadsheet.addSheet(SECOND, [['mine too']]);
    const summary = addOn.buildRollupSheet();
    expect(summary.sheetName).toBe(`${ROLLUP_SHEET_NAME} (3)`);
    expect(summary.notice).toMatch(/the new roll-up is in “Goalpost roll-up \(3\)”/);
    expect(env.spreadsheet.getSheetByName(SECOND)!.snapshot().values).toEqual([['mine too']]);
  });
});

describe("Goalpost's own roll-up, changed by the user", () => {
  it.each([
    ['a note typed beside a goal', (sheet: FakeSheet) => sheet.write(9, 3, 'ask Dana about Q3')],
    ['a value overwritten in the table', (sheet: FakeSheet) => sheet.write(10, 9, 999)],
    ['a note far below the table', (sheet: FakeSheet) => sheet.write(60, 1, 'decided: keep the portal')],
    ['a cell cleared', (sheet: FakeSheet) => sheet.write(2, 1, '')],
  ])('%s: the edited sheet is kept as the user left it, the new roll-up goes beside it, and the user is told', (_, edit) => {
    const { env } = setUp();
    buildFromMenu(env);
    const own = env.spreadsheet.getSheetByName(ROLLUP_SHEET_NAME)!;
    edit(own);
    const edited = own.snapshot();

    const { alerts } = buildFromMenu(env);
    expect(own.snapshot()).toEqual(edited);
    expect(own.charts).toHaveLength(1);
    expect(names(env)).toEqual(['Plan', ROLLUP_SHEET_NAME, SECOND]);
    expect(isRollup(env, SECOND)).toBe(true);
    expect(alerts).toEqual([expect.stringMatching(/^You changed “Goalpost roll-up” since Goalpost built it, so it is kept as you left it; the new roll-up is in “Goalpost roll-up \(2\)”\./)]);

    // The edited sheet is the user's now: later rebuilds go to "(2)" and never come back to it.
    const later = buildFromMenu(env);
    expect(later.alerts).toEqual([]);
    expect(names(env)).toEqual(['Plan', ROLLUP_SHEET_NAME, SECOND]);
    expect(own.snapshot()).toEqual(edited);
  });

  it('a chart the user added counts as a change: it is not removed', () => {
    const { env } = setUp();
    addOn.buildRollupSheet();
    const own = env.spreadsheet.getSheetByName(ROLLUP_SHEET_NAME)!;
    own.insertChart(own.newChart().setChartType('PIE').addRange(own.getRange('A1:B3')).build());
    env.spreadsheet.getSheetByName('Plan')!.activate();
    const summary = addOn.buildRollupSheet();
    expect(summary.sheetName).toBe(SECOND);
    expect(own.charts.map((chart) => chart.type)).toEqual(['COMBO', 'PIE']);
  });

  it('renamed, it is the user\'s: kept as they left it, and the roll-up is built again under its own name', () => {
    const { env } = setUp();
    addOn.buildRollupSheet();
    const kept = env.spreadsheet.getSheetByName(ROLLUP_SHEET_NAME)!;
    kept.setName('Roll-up for the QBR');
    const before = kept.snapshot();
    const summary = addOn.buildRollupSheet();
    expect(summary.sheetName).toBe(ROLLUP_SHEET_NAME);
    expect(summary.notice).toMatch(/^You renamed “Roll-up for the QBR” since Goalpost built it/);
    expect(kept.snapshot()).toEqual(before);
    expect(names(env)).toEqual(['Plan', 'Roll-up for the QBR', ROLLUP_SHEET_NAME]);
    // The new one is Goalpost's: the next build rewrites it in place.
    expect(addOn.buildRollupSheet()).toMatchObject({ sheetName: ROLLUP_SHEET_NAME, notice: null });
  });

  it('a copy of the roll-up is the user\'s, even carrying Goalpost\'s metadata', () => {
    const { env } = setUp();
    addOn.buildRollupSheet();
    const original = env.spreadsheet.getSheetByName(ROLLUP_SHEET_NAME)!;
    const copy = env.spreadsheet.duplicateSheet(original, 'Copy of roll-up');
    env.spreadsheet.deleteSheet(original);
    copy.setName(ROLLUP_SHEET_NAME);
    const before = copy.snapshot();
    const summary = addOn.buildRollupSheet();
    expect(summary.sheetName).toBe(SECOND);
    expect(summary.notice).toMatch(/is not a sheet Goalpost built/);
    expect(copy.snapshot()).toEqual(before);
  });

  it('the mark is developer metadata visible to Goalpost\'s project only, and onOpen still reads nothing', () => {
    const { env } = setUp();
    addOn.buildRollupSheet();
    const marks = env.spreadsheet.createDeveloperMetadataFinder().withKey('goalpost.rollup').find();
    expect(marks.map((mark) => [mark.getLocation().getSheet()?.getName(), mark.getVisibility()])).toEqual([[ROLLUP_SHEET_NAME, 'PROJECT']]);
    env.authMode = 'NONE';
    env.calls.reset();
    addOn.onOpen();
    expect(env.calls.startingWith('DeveloperMetadata')).toBe(0);
    expect(env.ui.menus).toHaveLength(1);
  });

  it('the sidebar\'s Build roll-up returns the notice, so the sidebar can say it', () => {
    const { env } = setUp();
    env.spreadsheet.addSheet(ROLLUP_SHEET_NAME, [['mine']]);
    const summary = addOn.buildRollupSheet();
    expect(summary.notice).toMatch(/the new roll-up is in “Goalpost roll-up \(2\)”/);
    expect(env.spreadsheet.getActiveSheet().getName()).toBe('Plan');
  });
});

describe('a build that stopped midway', () => {
  it.each([
    ['the first build, after its first write', false, 'Range.setValues', 2],
    ['a rebuild, after its first write', true, 'Range.setValues', 2],
    ['a build, once every cell was written but not yet fingerprinted', false, 'DeveloperMetadata.setValue', 1],
  ])('%s: its sheet is still Goalpost\'s, and the next build rebuilds it in place', (_, rebuild, call, n) => {
    const { env } = setUp();
    if (rebuild) addOn.buildRollupSheet();
    env.failOn(call, n);
    expect(() => addOn.buildRollupSheet()).toThrow(SERVICE_FAILURE);
    const { alerts } = buildFromMenu(env);
    expect(alerts).toEqual([]);
    expect(names(env)).toEqual(['Plan', ROLLUP_SHEET_NAME]);
    expect(isRollup(env, ROLLUP_SHEET_NAME)).toBe(true);
  });

  it('a note typed beside what it had written is kept: the next build goes beside it', () => {
    const { env } = setUp();
    env.failOn('Range.setValues', 2);
    expect(() => addOn.buildRollupSheet()).toThrow(SERVICE_FAILURE);
    const unfinished = env.spreadsheet.getSheetByName(ROLLUP_SHEET_NAME)!;
    unfinished.write(3, 30, 'why did this stop?');
    const before = unfinished.snapshot();
    const summary = addOn.buildRollupSheet();
    expect(summary.sheetName).toBe(SECOND);
    expect(summary.notice).toMatch(/^You changed “Goalpost roll-up”/);
    expect(unfinished.snapshot()).toEqual(before);
  });
});
