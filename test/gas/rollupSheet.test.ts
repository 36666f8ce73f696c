import { afterEach, describe, expect, it } from 'vitest';
import * as addOn from '../../src/gas/index';
import { ROLLUP_SHEET_NAME } from '../../src/gas/rollupSheet';
import { installFakeAppsScript, uninstallFakeAppsScript, type Cell } from '../fakes/appsScript';
import { bigPlan, plan } from './plans';

afterEach(uninstallFakeAppsScript);

function setUp(values: Cell[][]) {
  const env = installFakeAppsScript();
  const sheet = env.spreadsheet.addSheet('Plan', values);
  sheet.activate();
  env.calls.reset();
  return { env, sheet };
}

const TABLE_HEADERS = [
  'Account', 'Goal', 'Theme', 'Initiatives', 'Initiative', 'Link', 'Similarity', 'Criteria met',
  'Budget', 'Currency', 'Start', 'End', 'Organizations', 'Leaders', 'Why-chain', 'Row',
];

describe('Build goal roll-up', () => {
  it('writes flags, a frozen header and one block per goal with a link back to each source row', () => {
    const { env, sheet } = setUp(plan());
    const before = sheet.snapshot();
    addOn.buildRollupFromMenu();
    const rollup = env.spreadsheet.getSheetByName(ROLLUP_SHEET_NAME)!;
    const { values, formulas } = rollup.snapshot();
    expect(values[0][0]).toBe('Goal roll-up of “Plan”');
    expect(values[1][0]).toBe('6 rows: 3 initiatives (3 linked to a goal), 2 goals, 1 unclear');
    expect(values[2][0]).toBe('Look at:');
    const headerRow = values.findIndex((row) => row[0] === 'Account') + 1;
    expect(values[headerRow - 1].slice(0, 16)).toEqual(TABLE_HEADERS);
    expect(rollup.getFrozenRows()).toBe(headerRow);

    const lines = values.slice(headerRow).map((row) => row.slice(0, 16));
    expect(lines[0].slice(0, 4)).toEqual(['Acme', 'Increase EMEA revenue 20% by FY2027', 'Growth', 2]);
    expect(lines[0][8]).toBe('USD 2,400,000 + EUR 85,000');
    expect(lines[1].slice(4, 10)).toEqual(['Migrate finance ERP to SAP S/4HANA', 'explicit', '', 5, 2400000, 'USD']);
    expect(lines[1][10]).toEqual(new Date(2026, 0, 15));
    expect(formulas[headerRow + 1][15]).toBe(`=HYPERLINK("#gid=${sheet.getSheetId()}&range=A3", "Row 3")`);
    expect(lines.find((line) => line[1] === '(unclear)')?.[4]).toBe('Follow up with procurement');

    expect(rollup.fontWeights.get(`${headerRow + 1},2`)).toBe('bold');
    expect(rollup.formats.get(`${headerRow + 2},9`)).toBe('#,##0.##');
    expect(rollup.formats.get(`${headerRow + 2},11`)).toBe('yyyy-mm-dd');
    expect(rollup.charts).toHaveLength(1);
    expect(rollup.charts[0]).toMatchObject({ type: 'COMBO', options: { title: 'Initiatives and budget per goal' } });
    expect(sheet.snapshot()).toEqual(before);
    expect(env.spreadsheet.getActiveSheet().getName()).toBe(ROLLUP_SHEET_NAME);
  });

  it('replaces the roll-up sheet in place on a rerun: same cells, one chart, no other sheet touched', () => {
    const { env, sheet } = setUp(plan());
    env.spreadsheet.addSheet('Notes', [['keep me']]);
    addOn.buildRollupFromMenu();
    const first = env.spreadsheet.getSheetByName(ROLLUP_SHEET_NAME)!.snapshot();
    sheet.activate();
    addOn.buildRollupFromMenu();
    const again = env.spreadsheet.getSheetByName(ROLLUP_SHEET_NAME)!;
    expect(again.snapshot()).toEqual(first);
    expect(again.charts).toHaveLength(1);
    expect(env.spreadsheet.getSheetByName('Notes')!.snapshot().values).toEqual([['keep me']]);
    expect(env.spreadsheet.getSheets?.().length ?? 3).toBe(3);
  });

  it('writes text that looks like a formula as text', () => {
    const values = plan();
    values[2][2] = '=IMPORTXML("http://evil.example", "//a")';
    values[1][1] = '+Acme';
    const { env } = setUp(values);
    addOn.buildRollupFromMenu();
    const { values: cells, formulas } = env.spreadsheet.getSheetByName(ROLLUP_SHEET_NAME)!.snapshot();
    const flat = cells.flat();
    expect(flat).toContain('=IMPORTXML("http://evil.example", "//a")');
    expect(flat).toContain('+Acme');
    expect(formulas.flat().filter((f) => f && !f.startsWith('=HYPERLINK("#gid='))).toEqual([]);
  });

  it('refuses to build from the roll-up sheet itself, and says so', () => {
    const { env } = setUp(plan());
    addOn.buildRollupFromMenu();
    env.ui.alerts.length = 0;
    addOn.buildRollupFromMenu();
    expect(env.ui.alerts.at(-1)?.prompt).toMatch(/Goalpost's own roll-up sheet, not a plan/);
  });

  it('says another run is in progress when the lock is held, and writes nothing', () => {
    const { env } = setUp(plan());
    env.holdDocumentLock();
    addOn.buildRollupFromMenu();
    expect(env.ui.alerts.at(-1)?.prompt).toMatch(/Another Goalpost run is in progress/);
    expect(env.spreadsheet.getSheetByName(ROLLUP_SHEET_NAME)).toBeNull();
  });

  it('reads and writes a large plan in chunks, not cell by cell, also when it checks its own sheet before a rebuild', () => {
    const { env, sheet } = setUp(bigPlan(20_000));
    const summary = addOn.buildRollupSheet();
    expect(summary.goals).toBeGreaterThan(0);
    const rollupRows = env.spreadsheet.getSheetByName(ROLLUP_SHEET_NAME)!.getLastRow();
    const planChunks = Math.ceil(20_000 / 2000);
    const rollupChunks = Math.ceil(rollupRows / 2000);
    // The plan, read once per chunk (and its header), and the roll-up read back once per chunk for its fingerprint.
    expect(env.calls.of('Range.getValues')).toBeLessThanOrEqual(planChunks + 2 + rollupChunks);
    expect(env.calls.of('Range.setValues')).toBeLessThanOrEqual(rollupChunks + 4);

    env.calls.reset();
    sheet.activate();
    expect(addOn.buildRollupSheet().notice).toBeNull();
    // A rebuild also reads the roll-up as it stands, once per chunk, to see it is unchanged.
    expect(env.calls.of('Range.getValues')).toBeLessThanOrEqual(planChunks + 2 + 2 * rollupChunks);
    expect(env.calls.of('Range.setValues')).toBeLessThanOrEqual(rollupChunks + 4);
  });
});
