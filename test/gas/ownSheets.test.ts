/** Goalpost's own sheets are not plans: every path that reads a plan refuses them, and changes nothing. */
import { afterEach, describe, expect, it } from 'vitest';
import * as addOn from '../../src/gas/index';
import { ROLLUP_SHEET_NAME } from '../../src/gas/rollupSheet';
import { installFakeAppsScript, uninstallFakeAppsScript } from '../fakes/appsScript';
import { plan } from './plans';

afterEach(uninstallFakeAppsScript);

/** A plan sheet and its roll-up, built from the sidebar as a user would. */
function withRollup() {
  const env = installFakeAppsScript();
  const sheet = env.spreadsheet.addSheet('Plan', plan());
  sheet.activate();
  addOn.buildRollupSheet();
  const rollup = env.spreadsheet.getSheetByName(ROLLUP_SHEET_NAME)!;
  return { env, sheet, rollup };
}

const NAMES_THE_PLAN = /Goalpost's own roll-up sheet, not a plan.*Open “Plan”, the plan it was built from/;

describe("Goalpost's roll-up sheet", () => {
  it('the sidebar stays on the plan after Build roll-up, so Run classifies the plan', () => {
    const { env } = withRollup();
    expect(env.spreadsheet.getActiveSheet().getName()).toBe('Plan');
    expect(addOn.sidebarState().sheetName).toBe('Plan');
  });

  it('the sidebar refuses it, for its mapping, its settings and a writing Run, naming the plan to open; nothing changes', () => {
    const { env, rollup } = withRollup();
    rollup.activate();
    const before = rollup.snapshot();
    const saved = env.documentProperties.getProperties();
    expect(() => addOn.sidebarState()).toThrow(NAMES_THE_PLAN);
    expect(() => addOn.saveSidebarSettings(ROLLUP_SHEET_NAME, { mapping: { title: 'Goal' }, threshold: 3 })).toThrow(NAMES_THE_PLAN);
    expect(() =>
      addOn.classifySidebarChunk({ sheetName: ROLLUP_SHEET_NAME, firstRow: 2, numRows: 50, settings: { mapping: {}, threshold: 3 }, write: true, checkThrough: 50 }),
    ).toThrow(NAMES_THE_PLAN);
    expect(rollup.snapshot()).toEqual(before);
    expect(env.documentProperties.getProperties()).toEqual(saved);
  });

  it('"Classify selected rows" and "Build goal roll-up" refuse it with an alert; nothing changes', () => {
    const { env, rollup } = withRollup();
    rollup.activate();
    rollup.setActiveSelection('A1:P20');
    const before = rollup.snapshot();
    addOn.classifySelectedRows();
    expect(env.ui.alerts.at(-1)?.prompt).toMatch(NAMES_THE_PLAN);
    addOn.buildRollupFromMenu();
    expect(env.ui.alerts.at(-1)?.prompt).toMatch(NAMES_THE_PLAN);
    expect(rollup.snapshot()).toEqual(before);
  });

  it('is known by its contents when renamed, and then names the other sheets', () => {
    const { env, rollup } = withRollup();
    rollup.setName('My summary');
    env.spreadsheet.getSheetByName('Plan')!.setName('Plan 2026');
    rollup.activate();
    expect(() => addOn.sidebarState()).toThrow(/“My summary” is Goalpost's own roll-up sheet.*“Plan 2026”/);
  });

  it('a sheet holding only Goalpost columns is refused too', () => {
    const env = installFakeAppsScript();
    const sheet = env.spreadsheet.addSheet('Copied results', [['Goalpost: Label', 'Goalpost: Score'], ['Goal', 1]]);
    env.spreadsheet.addSheet('Plan', plan());
    sheet.activate();
    expect(() => addOn.sidebarState()).toThrow(/“Copied results” holds only Goalpost's own columns.*“Plan”/);
  });
});

describe('the sheets named to open instead', () => {
  it('leave out a roll-up built beside a sheet of the user\'s, as “Goalpost roll-up (2)”', () => {
    const env = installFakeAppsScript();
    const plansheet = env.spreadsheet.addSheet('Plan', plan());
    env.spreadsheet.addSheet(ROLLUP_SHEET_NAME, [['my pivot']]);
    plansheet.activate();
    expect(addOn.buildRollupSheet().sheetName).toBe(`${ROLLUP_SHEET_NAME} (2)`);
    const copied = env.spreadsheet.addSheet('Copied results', [['Goalpost: Label'], ['Goal']]);
    copied.activate();
    expect(() => addOn.sidebarState()).toThrow(/holds only Goalpost's own columns; there is no plan in it to read\. Open the sheet that holds your plan \(“Plan”\) and run there\./);
  });
});

describe('custom functions given Goalpost output', () => {
  it('refuse the roll-up table, as =GOAL_ROLLUP spills it, instead of classifying it', () => {
    const env = installFakeAppsScript();
    env.spreadsheet.addSheet('Plan', plan());
    const rows = plan();
    const table = addOn.GOAL_ROLLUP(rows.slice(1), [rows[0]]) as Array<Array<string | number | Date>>;
    expect(table.length).toBeGreaterThan(2);
    expect(() => addOn.CLASSIFY(table.slice(1), [table[0]])).toThrow(/Goalpost's own output .* not a plan/);
    expect(() => addOn.CLASSIFY(table)).toThrow(/Goalpost's own output/);
    expect(() => addOn.GOAL_ROLLUP(table.slice(1), [table[0]])).toThrow(/Goalpost's own output/);
    // The plan itself is still read.
    expect((addOn.CLASSIFY(rows.slice(1), [rows[0]]) as unknown[][]).length).toBe(rows.length - 1);
  });
});
