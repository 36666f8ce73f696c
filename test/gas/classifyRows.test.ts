import { afterEach, describe, expect, it, vi } from 'vitest';
import { CHUNK_ROWS } from '../../src/gas/sheetIO';
import * as addOn from '../../src/gas/index';
import { saveSettings } from '../../src/gas/settings';
import { locateOutputColumns, writeVerdicts } from '../../src/gas/writeBack';
import { installFakeAppsScript, uninstallFakeAppsScript, type Cell, type FakeSheet } from '../fakes/appsScript';
import { bigPlan, HEADERS, plan } from './plans';

afterEach(() => {
  uninstallFakeAppsScript();
  vi.restoreAllMocks();
});

const OUTPUT = [
  'Goalpost: Label',
  'Goalpost: Score',
  'Goalpost: Program',
  'Goalpost: Organization',
  'Goalpost: Leadership',
  'Goalpost: Budget',
  'Goalpost: Timeframe',
  'Goalpost: Theme',
  'Goalpost: Reason',
];

function setUp(values: Cell[][], selection = 'A1:A1') {
  const env = installFakeAppsScript();
  const sheet = env.spreadsheet.addSheet('Plan', values);
  sheet.setActiveSelection(selection);
  env.calls.reset();
  return { env, sheet };
}

type Snapshot = ReturnType<FakeSheet['snapshot']>;

/** Every cell of `before` outside the block (rows × columns) is unchanged in `after`, formulas included. */
function expectUnchangedOutside(before: Snapshot, after: Snapshot, rows: number[], firstColumn: number, numColumns: number) {
  const inBlock = (r: number, c: number) => rows.includes(r + 1) && c + 1 >= firstColumn && c + 1 < firstColumn + numColumns;
  const height = Math.max(before.values.length, after.values.length);
  const width = Math.max(before.values[0]?.length ?? 0, after.values[0]?.length ?? 0);
  for (let r = 0; r < height; r++) {
    for (let c = 0; c < width; c++) {
      if (inBlock(r, c)) continue;
      expect(after.values[r]?.[c] ?? '', `cell ${r + 1},${c + 1}`).toEqual(before.values[r]?.[c] ?? '');
      expect(after.formulas[r]?.[c] ?? '', `formula ${r + 1},${c + 1}`).toBe(before.formulas[r]?.[c] ?? '');
    }
  }
}

const column = (sheet: FakeSheet, header: string) => {
  const at = sheet.snapshot().values[0].indexOf(header);
  return sheet.snapshot().values.map((row) => row[at]);
};

describe('Classify selected rows', () => {
  it('writes the Goalpost columns right of the data for the selected rows, and changes no other cell', () => {
    const { env, sheet } = setUp(plan(), 'C2:C8');
    const before = sheet.snapshot();
    addOn.classifySelectedRows();
    const after = sheet.snapshot();

    expect(env.ui.alerts).toEqual([]);
    expect(after.values[0].slice(9)).toEqual(OUTPUT);
    expectUnchangedOutside(before, after, [1, 2, 3, 4, 5, 6, 7, 8], 10, 9);
    expect(column(sheet, 'Goalpost: Label').slice(1)).toEqual(['Goal', 'Initiative', 'Initiative', 'Goal', '', 'Initiative', 'Unclear']);
    // The blank row stays blank in every Goalpost column.
    expect(after.values[5].slice(9)).toEqual(OUTPUT.map(() => ''));
    // The full initiative meets all five criteria.
    expect(after.values[2].slice(10, 16)).toEqual([5, true, true, true, true, true]);
    expect(after.values[1][16]).toBe('Growth');
    expect(after.values.slice(1).every((row, i) => i === 4 || (typeof row[17] === 'string' && row[17] !== ''))).toBe(true);
    expect(env.spreadsheet.toasts[0].message).toBe('Classified 6 rows: 3 initiatives, 2 goals, 1 unclear.');
  });

  it('gives the same sheet when run again', () => {
    const { sheet } = setUp(plan(), 'A1:I8');
    addOn.classifySelectedRows();
    const first = sheet.snapshot();
    addOn.classifySelectedRows();
    expect(sheet.snapshot()).toEqual(first);
  });

  it('writes only the selected rows', () => {
    const { sheet } = setUp(plan(), 'B3:D4');
    const before = sheet.snapshot();
    addOn.classifySelectedRows();
    const after = sheet.snapshot();
    expectUnchangedOutside(before, after, [1, 3, 4], 10, 9);
    expect(after.values.map((row) => row[9])).toEqual(['Goalpost: Label', '', 'Initiative', 'Initiative', '', '', '', '']);
  });

  it('judges a selected row as the whole plan would: a goal other rows name as parent stays a goal', () => {
    const whole = setUp(plan(), 'A2:A8');
    addOn.classifySelectedRows();
    const reasons = column(whole.sheet, 'Goalpost: Reason');
    uninstallFakeAppsScript();
    const alone = setUp(plan(), 'A5');
    addOn.classifySelectedRows();
    expect(column(alone.sheet, 'Goalpost: Label')[4]).toBe('Goal');
    expect(column(alone.sheet, 'Goalpost: Reason')[4]).toBe(reasons[4]);
  });

  it('reuses Goalpost columns wherever they are, and never reads them as plan data', () => {
    const values = plan().map((row, r) => [r === 0 ? 'Goalpost: Reason' : 'stale reason', ...row, r === 0 ? 'Goalpost: Label' : 'Goal']);
    const { sheet } = setUp(values, 'A2:A8');
    addOn.classifySelectedRows();
    const after = sheet.snapshot();
    expect(after.values[0]).toEqual(['Goalpost: Reason', ...HEADERS, 'Goalpost: Label', ...OUTPUT.filter((h) => h !== 'Goalpost: Label' && h !== 'Goalpost: Reason')]);
    expect(after.values.slice(1).map((row) => row[10])).toEqual(['Goal', 'Initiative', 'Initiative', 'Goal', '', 'Initiative', 'Unclear']);
    expect(after.values[2][0]).toMatch(/\S/);
    expect(after.values[2][0]).not.toBe('stale reason');
  });

  it('adds columns when the data already fills the sheet to its last column', () => {
    const wide = plan().map((row, r) => [...row, ...Array.from({ length: 17 }, (_, i) => (r === 0 ? `Note ${i + 1}` : ''))]);
    const { env, sheet } = setUp(wide, 'A2:A8');
    expect(sheet.getMaxColumns()).toBe(26);
    addOn.classifySelectedRows();
    expect(env.ui.alerts).toEqual([]);
    expect(sheet.snapshot().values[0].slice(26)).toEqual(OUTPUT);
  });

  it('refuses, changing nothing, when a Goalpost column holds a note the user typed', () => {
    const values = plan().map((row, r) => [...row, r === 0 ? 'Goalpost: Label' : r === 3 ? 'keep this: ask Dana' : '']);
    const { env, sheet } = setUp(values, 'A2:A8');
    const before = sheet.snapshot();
    addOn.classifySelectedRows();
    expect(sheet.snapshot()).toEqual(before);
    expect(env.calls.of('Range.setValues')).toBe(0);
    expect(env.ui.alerts[0].prompt).toMatch(/did not write anything.*\(J4\)/);
  });

  it('refuses, changing nothing, when a Goalpost column holds a formula', () => {
    const { env, sheet } = setUp(plan().map((row, r) => [...row, r === 0 ? 'Goalpost: Label' : '']), 'A2:A8');
    sheet.seedFormula('J6', '=CLASSIFY(C6)', 'Goal');
    const before = sheet.snapshot();
    addOn.classifySelectedRows();
    expect(sheet.snapshot()).toEqual(before);
    expect(env.ui.alerts[0].prompt).toMatch(/\(J6\)/);
  });

  it('says another run is in progress, and writes nothing, while the document lock is held', () => {
    const { env, sheet } = setUp(plan(), 'A2:A8');
    env.holdDocumentLock();
    const before = sheet.snapshot();
    addOn.classifySelectedRows();
    expect(sheet.snapshot()).toEqual(before);
    expect(env.ui.alerts[0].prompt).toBe('Another Goalpost run is in progress in this spreadsheet. Try again when it has finished.');
    expect(env.lockAttempts).toEqual([10_000]);
    expect(env.calls.of('Range.getValues')).toBe(0);
  });

  it('releases the lock when it is done, and when it refuses', () => {
    const { env } = setUp(plan(), 'A2:A8');
    addOn.classifySelectedRows();
    expect(env.lockHeld).toBe(false);
    uninstallFakeAppsScript();
    const refused = setUp([['Title'], ['x']], 'A1');
    addOn.classifySelectedRows();
    expect(refused.env.ui.alerts).toHaveLength(1);
    expect(refused.env.lockHeld).toBe(false);
  });

  it('asks for a header row, changing nothing, when row 1 is data', () => {
    const { env, sheet } = setUp(plan().slice(1), 'A1:A7');
    const before = sheet.snapshot();
    addOn.classifySelectedRows();
    expect(sheet.snapshot()).toEqual(before);
    expect(env.ui.alerts[0].prompt).toMatch(/header row/);
  });

  it('asks for a selection below the header row when only the header row is selected', () => {
    const { env } = setUp(plan(), 'A1:I1');
    addOn.classifySelectedRows();
    expect(env.ui.alerts[0].prompt).toMatch(/Select the plan rows/);
  });

  it('gives a row with an error value a reason, and classifies the other rows', () => {
    const values = plan();
    values[3] = [...values[3]];
    values[3][2] = '#N/A';
    values[3][5] = '#REF!';
    const { env, sheet } = setUp(values, 'A2:A8');
    addOn.classifySelectedRows();
    const labels = column(sheet, 'Goalpost: Label');
    const reasons = column(sheet, 'Goalpost: Reason');
    expect(labels[2]).toBe('Initiative');
    expect(reasons[3]).toMatch(/Title shows #N\/A, Budget shows #REF!/);
    // An error value reads as a blank cell: the same row with those cells empty gets the same label.
    const blanked = plan();
    blanked[3] = [...blanked[3]];
    blanked[3][2] = '';
    blanked[3][5] = '';
    const other = env.spreadsheet.addSheet('Blanked', blanked);
    other.activate();
    other.setActiveSelection('A2:A8');
    addOn.classifySelectedRows();
    expect(labels[3]).toBe(column(other, 'Goalpost: Label')[3]);
  });

  it('reads date cells as the days the user sees in a spreadsheet east of Greenwich', () => {
    const values = plan();
    values[2] = [...values[2]];
    values[2][6] = new Date('2026-01-14T15:00:00Z'); // 2026-01-15 in Tokyo
    const { env, sheet } = setUp(values, 'A3');
    env.spreadsheet.timeZone = 'Asia/Tokyo';
    addOn.classifySelectedRows();
    expect(column(sheet, 'Goalpost: Reason')[2]).toContain('2026-01-15');
  });

  it('uses the threshold saved for the sheet', () => {
    // Program, organization and time-frame: 3 of 5.
    const values = [...plan(), ['I4', 'Acme', 'Implement a new pricing tool', 'Sales Ops', '', 'TBD', '', new Date('2026-12-31T00:00:00Z'), 'G1']];
    const { sheet } = setUp(values, 'A2:A9');
    addOn.classifySelectedRows();
    expect(column(sheet, 'Goalpost: Score')[8]).toBe(3);
    expect(column(sheet, 'Goalpost: Label')[8]).toBe('Initiative');

    saveSettings(sheet as unknown as GoogleAppsScript.Spreadsheet.Sheet, { threshold: 5 });
    addOn.classifySelectedRows();
    expect(column(sheet, 'Goalpost: Score')[8]).toBe(3);
    expect(column(sheet, 'Goalpost: Label')[8]).not.toBe('Initiative');
  });

  it('stops between chunks before the 6-minute limit and says which rows are left', () => {
    const values = bigPlan(5000);
    const { env, sheet } = setUp(values, 'A1:A5001');
    let now = 0;
    vi.spyOn(Date, 'now').mockImplementation(() => (now += 300_000)); // every look at the clock: 5 minutes later
    addOn.classifySelectedRows();
    const labels = column(sheet, 'Goalpost: Label');
    // Rows 2..2001 (the first chunk) are classified; the rest are untouched.
    const filled = values.slice(1, CHUNK_ROWS + 1).filter((row) => row.some((cell) => cell !== '')).length;
    expect(labels.slice(1, CHUNK_ROWS + 1).filter((label) => label !== '')).toHaveLength(filled);
    expect(labels.slice(CHUNK_ROWS + 1).every((label) => label === '')).toBe(true);
    expect(env.ui.alerts[0].prompt).toBe(
      `Goalpost stopped after row ${CHUNK_ROWS + 1} to stay inside Apps Script's time limit. Select rows ${CHUNK_ROWS + 2} to 5001 and run it again.`,
    );
  });

  it('reads and writes 50,000 rows in a few calls per 2,000-row chunk', () => {
    const rows = 50_000;
    const chunks = Math.ceil(rows / CHUNK_ROWS);
    const { env, sheet } = setUp(bigPlan(rows), `A1:A${rows + 1}`);
    addOn.classifySelectedRows();
    const first = env.calls.all();
    expect(env.ui.alerts).toEqual([]);
    expect(sheet.snapshot().values[rows][9]).toMatch(/Initiative|Goal|Unclear|^$/);

    env.calls.reset();
    addOn.classifySelectedRows();
    const second = env.calls.all();
    console.log(`50,000 rows, ${chunks} chunks. First run: ${JSON.stringify(pick(first))}; rerun: ${JSON.stringify(pick(second))}`);

    for (const calls of [first, second]) {
      // Per chunk: the pre-check reads values and formulas, then one read of the rows,
      // the same check again right before writing, and one write of the nine columns.
      expect(calls['Range.getValues']).toBeLessThanOrEqual(3 * chunks + 2);
      expect(calls['Range.getFormulas']).toBeLessThanOrEqual(2 * chunks);
      expect(calls['Range.setValues']).toBeLessThanOrEqual(chunks + 1);
      expect(calls['Range.getValue'] ?? 0).toBe(0);
      expect(calls['Range.setValue'] ?? 0).toBe(0);
      expect(calls['Sheet.getRange']).toBeLessThanOrEqual(5 * chunks + 4);
    }
  });
});

function pick(calls: Record<string, number>) {
  const keys = ['Range.getValues', 'Range.getFormulas', 'Range.setValues', 'Sheet.getRange'];
  return Object.fromEntries(keys.map((k) => [k, calls[k] ?? 0]));
}

describe('writeVerdicts', () => {
  it('writes text that starts like a formula as text, so no cell content ever runs', () => {
    const { sheet } = setUp([['Title'], ['x']]);
    const s = sheet as unknown as GoogleAppsScript.Spreadsheet.Sheet;
    const out = locateOutputColumns(['Title'], 1);
    const reason = '=IMPORTXML("https://example.com", "//a")';
    writeVerdicts(s, 2, [['Unclear', 0, false, false, false, false, false, '', reason]], out);
    expect(sheet.getRange('J2').getFormulas()).toEqual([['']]);
    expect(sheet.getRange('J2').getValue()).toBe(reason);
    expect(sheet.getRange('A1:J1').getValues()[0].slice(1)).toEqual(OUTPUT);
  });
});

