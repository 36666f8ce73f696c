import { afterEach, describe, expect, it } from 'vitest';
import * as addOn from '../../src/gas/index';
import type { ChunkRequest } from '../../src/gas/sidebarApi';
import { installFakeAppsScript, uninstallFakeAppsScript, type Cell } from '../fakes/appsScript';
import { bigPlan, HEADERS, plan } from '../gas/plans';

afterEach(uninstallFakeAppsScript);

function setUp(values: Cell[][], selection = 'A1') {
  const env = installFakeAppsScript();
  const sheet = env.spreadsheet.addSheet('Plan', values);
  sheet.setActiveSelection(selection);
  return { env, sheet };
}

const DEFAULTS = { mapping: {}, threshold: 3 };
const ask = (request: Partial<ChunkRequest>): ChunkRequest => ({ sheetName: 'Plan', firstRow: 2, numRows: 7, settings: DEFAULTS, write: false, ...request });
const labelColumn = (values: Cell[][]) => values.map((row) => row[values[0].indexOf('Goalpost: Label')]);

describe('sidebarState', () => {
  it('shows the headers, the column each field is read from and how, the threshold, and the selected data rows', () => {
    setUp(plan(), 'C1:C4');
    const state = addOn.sidebarState();
    expect(state.sheetName).toBe('Plan');
    expect(state.headers).toEqual(HEADERS);
    expect(state.mapping).toMatchObject({ id: 'ID', title: 'Title', organization: 'Owning team', budget: 'Budget', parent: 'Parent' });
    expect(state.how.title).toBe('header');
    expect(state.threshold).toBe(3);
    expect(state.lastRow).toBe(8);
    // The header row is not a data row, so a selection of rows 1-4 is rows 2-4.
    expect(state.selection).toEqual({ firstRow: 2, numRows: 3 });
    expect(state.problem).toBeNull();
  });

  it('leaves Goalpost’s own columns out of the choices', () => {
    setUp(plan());
    addOn.classifySidebarChunk(ask({ write: true }));
    expect(addOn.sidebarState().headers).toEqual(HEADERS);
  });

  it('says what is wrong with a sheet that has no header row, or no rows', () => {
    setUp(plan().slice(1));
    expect(() => addOn.sidebarState()).toThrow(/needs column names in row 1/);
    uninstallFakeAppsScript();
    setUp([]);
    expect(() => addOn.sidebarState()).toThrow(/no rows to classify/);
  });

  it('shows Goalpost’s own reading, and says why, when the saved mapping names a column the sheet lost', () => {
    setUp(plan());
    addOn.saveSidebarSettings('Plan', { mapping: { title: 'Objective' }, threshold: 3 });
    const state = addOn.sidebarState();
    expect(state.problem).toMatch(/No column "Objective" for title/);
    expect(state.mapping.title).toBe('Title');
    expect(state.saved).toEqual({ title: 'Objective' });
  });
});

describe('saveSidebarSettings', () => {
  it('keeps "(none)" as a choice: the field is no longer read, by the sidebar or the menu command', () => {
    setUp(plan());
    const state = addOn.saveSidebarSettings('Plan', { mapping: { budget: '' }, threshold: 3 });
    expect(state.mapping.budget).toBeUndefined();
    expect(state.saved).toEqual({ budget: '' });
    expect(addOn.sidebarState().saved).toEqual({ budget: '' });

    // The full initiative in row 3 ($2.4M) loses its budget criterion.
    const [, initiative] = addOn.classifySidebarChunk(ask({ settings: { mapping: state.saved, threshold: state.threshold } })).rows;
    expect(initiative.row).toBe(3);
    expect(initiative.criteria.budget).toBe(false);
    expect(initiative.score).toBe(4);
  });

  it('saves the threshold, and a mapping to another header', () => {
    setUp(plan());
    const state = addOn.saveSidebarSettings('Plan', { mapping: { title: 'Account' }, threshold: 5 });
    expect(state.threshold).toBe(5);
    expect(state.mapping.title).toBe('Account');
    expect(state.how.title).toBe('explicit');
  });
});

describe('classifySidebarChunk', () => {
  it('previews without changing a cell: each non-blank row with its label, ticks, theme, reason and evidence', () => {
    const { sheet } = setUp(plan());
    const before = sheet.snapshot();
    const result = addOn.classifySidebarChunk(ask({}));
    expect(sheet.snapshot()).toEqual(before);
    expect(result).toMatchObject({ firstRow: 2, numRows: 7, written: false });
    expect(result.rows.map((r) => [r.row, r.label])).toEqual([
      [2, 'Goal'], [3, 'Initiative'], [4, 'Initiative'], [5, 'Goal'], [7, 'Initiative'], [8, 'Unclear'],
    ]);
    const initiative = result.rows[1];
    expect(initiative.title).toBe('Migrate finance ERP to SAP S/4HANA');
    expect(initiative.criteria).toEqual({ program: true, organization: true, leadership: true, budget: true, timeframe: true });
    expect(initiative.evidence.budget).toContain('2.4M');
    expect(initiative.evidence.leadership).toContain('Dana Whitfield');
    expect(result.rows[0].theme).toBe('Growth');
    // Plain data only: google.script.run cannot carry Dates or class instances.
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  });

  it('writes exactly what the menu command writes, block by block', () => {
    const { env, sheet } = setUp(bigPlan(30));
    addOn.classifySidebarChunk(ask({ firstRow: 2, numRows: 10, write: true }));
    addOn.classifySidebarChunk(ask({ firstRow: 12, numRows: 21, write: true }));
    const bySidebar = sheet.snapshot();

    const other = env.spreadsheet.addSheet('Menu', bigPlan(30));
    other.activate();
    other.setActiveSelection('A2:A31');
    addOn.classifySelectedRows();
    expect(bySidebar).toEqual(other.snapshot());
  });

  it('handles at most 2,000 rows a call, whatever it is asked, so no call nears the time limit', () => {
    const { env } = setUp(bigPlan(2500));
    env.calls.reset();
    const result = addOn.classifySidebarChunk(ask({ numRows: 2500, write: true }));
    expect(result.numRows).toBe(2000);
    expect(env.calls.of('Range.setValues')).toBeLessThanOrEqual(2); // header cells + one block
  });

  it('trims a block to the data rows, and reports nothing to do past the last row', () => {
    setUp(plan());
    expect(addOn.classifySidebarChunk(ask({ firstRow: 1, numRows: 3 }))).toMatchObject({ firstRow: 2, numRows: 2 });
    expect(addOn.classifySidebarChunk(ask({ firstRow: 20, numRows: 5 }))).toMatchObject({ numRows: 0, rows: [] });
  });

  it('refuses before writing anything when a cell the run will reach later is not Goalpost’s', () => {
    const { sheet } = setUp(bigPlan(30));
    addOn.classifySidebarChunk(ask({ firstRow: 2, numRows: 1, write: true })); // puts the Goalpost headers in J1:R1
    sheet.getRange('J25').setValue('my note');
    const before = sheet.snapshot();
    expect(() => addOn.classifySidebarChunk(ask({ firstRow: 3, numRows: 5, write: true, checkThrough: 31 }))).toThrow(
      /did not write anything.*J25/,
    );
    expect(sheet.snapshot()).toEqual(before);
  });

  it('says another run is in progress while the document lock is held, and still previews', () => {
    const { env, sheet } = setUp(plan());
    env.holdDocumentLock();
    expect(() => addOn.classifySidebarChunk(ask({ write: true }))).toThrow(/Another Goalpost run is in progress/);
    expect(labelColumn(sheet.snapshot().values)).not.toContain('Goal');
    expect(addOn.classifySidebarChunk(ask({})).rows).toHaveLength(6);
  });

  it('refuses a request it cannot read, and a sheet that is gone', () => {
    setUp(plan());
    expect(() => addOn.classifySidebarChunk({ ...ask({}), firstRow: 0 })).toThrow(/rows it cannot read/);
    expect(() => addOn.classifySidebarChunk(ask({ sheetName: 'Gone' }))).toThrow(/no sheet named "Gone"/);
  });
});

describe('selectSheetRow', () => {
  it('selects the row, so the user sees what a result is about', () => {
    const { env, sheet } = setUp(plan());
    addOn.selectSheetRow('Plan', 4);
    const range = env.spreadsheet.getActiveRange()!;
    expect([range.getRow(), range.getLastRow(), range.getColumn(), range.getLastColumn()]).toEqual([4, 4, 1, sheet.getLastColumn()]);
  });

  it('refuses a row the sheet does not have', () => {
    setUp(plan());
    expect(() => addOn.selectSheetRow('Plan', -1)).toThrow(/not a row of "Plan"/);
  });
});
