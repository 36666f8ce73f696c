/**
 * Over 400 lines on purpose: one catalogue, with each hostile input run through every
 * entry point in one place, so a new input or entry point is added once for all of them.
 *
 * Every entry point of Goalpost on the sheets real users have (inputs.ts): the custom
 * functions, the menu, the sidebar's server endpoints and the command line. For each
 * input and entry point: no crash, a clear message where the work cannot be done, no cell
 * changed that is not Goalpost's own, and nothing from the plan run as a formula.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import Papa from 'papaparse';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ROLLUP_TABLE_HEADERS } from '../../src/core';
import * as addOn from '../../src/gas/index';
import { VERDICT_HEADERS } from '../../src/gas/outputRow';
import { ROLLUP_SHEET_NAME } from '../../src/gas/rollupSheet';
import { UserError } from '../../src/gas/userError';
import { AuthMode, installFakeAppsScript, uninstallFakeAppsScript, type Cell, type FakeAppsScript, type FakeSheet } from '../fakes/appsScript';
import { HOSTILE_SHEETS, type HostileSheet } from './inputs';

afterEach(uninstallFakeAppsScript);

type Snapshot = ReturnType<FakeSheet['snapshot']>;
const LABELS = ['Initiative', 'Goal', 'Unclear'];
const THEMES = ['Growth', 'Differentiation', 'Risk mitigation'];
/** What one line of text must not hold: line breaks and the characters that hide or reorder it. */
const NOT_ONE_LINE = /[\u0000-\u001f\u007f\u2028\u2029]/;
/** Goalpost's one formula: the link from a roll-up line back to its row, numbers only. */
const ROW_LINK = /^=HYPERLINK\("#gid=\d+&range=A\d+", "Row \d+"\)$/;

const isBlankRow = (row: readonly Cell[]) => row.every((cell) => cell === '');
const dataOf = (hostile: HostileSheet) => hostile.values.slice(1);

/** Runs an entry point that may refuse: its result, or the UserError it threw. Any other error fails the test. */
function attempt<T>(work: () => T): { value?: T; error?: UserError } {
  try {
    return { value: work() };
  } catch (error) {
    if (error instanceof UserError) return { error };
    throw error;
  }
}

/** What google.script.run can carry to the sidebar: no Dates, no class instances, no functions. */
function expectPlainData(value: unknown, path = 'result'): void {
  if (value === undefined && path === 'result') return; // a function that returns nothing
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return;
  if (typeof value === 'number') {
    expect(Number.isFinite(value), path).toBe(true);
    return;
  }
  if (Array.isArray(value)) {
    value.forEach((item, i) => expectPlainData(item, `${path}[${i}]`));
    return;
  }
  expect(typeof value, path).toBe('object');
  expect(Object.getPrototypeOf(value), `${path} is a plain object`).toBe(Object.prototype);
  for (const [key, item] of Object.entries(value as object)) expectPlainData(item, `${path}.${key}`);
}

function expectClearMessage(message: string | undefined, expected: RegExp | undefined, where: string) {
  expect(message, `${where}: a message`).toBeTypeOf('string');
  expect(message!, where).not.toMatch(/undefined|null|\[object |TypeError|ReferenceError|at \w+ \(/);
  if (expected) expect(message!, where).toMatch(expected);
}

/** Columns whose row-1 header is one of Goalpost's, 0-based. */
function ownColumns(s: Snapshot): number[] {
  return (s.values[0] ?? []).flatMap((header, c) => ((VERDICT_HEADERS as readonly Cell[]).includes(header) ? [c] : []));
}

/** Every cell outside Goalpost's own columns is unchanged, formulas included, and no formula appeared anywhere. */
function expectOnlyOwnColumnsChanged(before: Snapshot, after: Snapshot) {
  const own = ownColumns(after);
  const height = Math.max(before.values.length, after.values.length);
  const width = Math.max(before.values[0]?.length ?? 0, after.values[0]?.length ?? 0);
  for (let r = 0; r < height; r++) {
    for (let c = 0; c < width; c++) {
      expect(after.formulas[r]?.[c] ?? '', `formula at ${r + 1},${c + 1}`).toBe(before.formulas[r]?.[c] ?? '');
      if (!own.includes(c)) expect(after.values[r]?.[c] ?? '', `cell ${r + 1},${c + 1}`).toEqual(before.values[r]?.[c] ?? '');
    }
  }
}

/** Goalpost's nine cells of every data row: blank for a blank row, a whole verdict otherwise. */
function expectWholeVerdicts(hostile: HostileSheet, after: Snapshot) {
  const own = ownColumns(after);
  expect(own.map((c) => after.values[0][c])).toEqual([...VERDICT_HEADERS]);
  dataOf(hostile).forEach((input, i) => {
    const [label, score, ...rest] = own.map((c) => after.values[i + 1][c]);
    const criteria = rest.slice(0, 5);
    const [theme, reason] = rest.slice(5);
    const where = `row ${i + 2}`;
    if (isBlankRow(input)) return void expect([label, score, ...rest], where).toEqual(own.map(() => ''));
    expect(LABELS, where).toContain(label);
    expect(score, where).toBe(criteria.filter(Boolean).length);
    for (const met of criteria) expect(met, where).toBeTypeOf('boolean');
    expect(['', ...THEMES], where).toContain(theme);
    expectReason(reason, where);
  });
}

function expectReason(reason: unknown, where: string) {
  expect(reason, where).toBeTypeOf('string');
  expect((reason as string).length, where).toBeGreaterThan(0);
  expect(reason as string, `${where}: one line`).not.toMatch(NOT_ONE_LINE);
  expect(reason as string, `${where}: quotes something`).not.toContain('“”');
}

function setUp(hostile: HostileSheet, authMode: (typeof AuthMode)[keyof typeof AuthMode] = AuthMode.FULL) {
  const env = installFakeAppsScript({ authMode });
  const sheet = env.spreadsheet.addSheet('Plan', hostile.values);
  const notes = env.spreadsheet.addSheet('Notes', [['keep me', new Date(Date.UTC(2026, 0, 1))]]);
  notes.seedFormula('C1', '=A1', 'keep me');
  sheet.setActiveSelection(`A1:A${Math.max(1, hostile.values.length)}`);
  return { env, sheet, notes, others: () => notes.snapshot() };
}

/** The menu command on the whole sheet, as a user selecting every row would run it. */
function classifyFromMenu(env: FakeAppsScript) {
  addOn.classifySelectedRows();
  return env.ui.alerts.map((alert) => alert.prompt);
}

/** A whole custom-function call as Sheets makes it: data rows and the header row, the same width. */
function functionArguments(hostile: HostileSheet) {
  const width = Math.max(1, hostile.values[0]?.length ?? 0);
  const pad = (row: Cell[]) => [...row, ...Array<Cell>(width - row.length).fill('')];
  const data = hostile.values.length > 1 ? dataOf(hostile).map(pad) : [pad([])]; // an empty range reads as one blank row
  const headers = [pad(hostile.values[0] ?? [])];
  const titleAt = Math.max(0, headers[0].indexOf('Title'));
  return { data, headers, titles: data.map((row) => [row[titleAt]]) };
}

const FUNCTIONS = {
  CLASSIFY: { width: 1, ok: (v: unknown) => LABELS.includes(v as string) },
  INITIATIVE_SCORE: { width: 1, ok: (v: unknown) => Number.isInteger(v) && (v as number) >= 0 && (v as number) <= 5 },
  INITIATIVE_CRITERIA: { width: 5, ok: (v: unknown) => typeof v === 'boolean' },
  GOAL_THEME: { width: 1, ok: (v: unknown) => ['', ...THEMES].includes(v as string) },
  CLASSIFY_REASON: { width: 1, ok: (v: unknown) => typeof v === 'string' && v.length > 0 && !NOT_ONE_LINE.test(v) && !v.includes('“”') },
} as const;

describe.each(HOSTILE_SHEETS)('$name', (hostile) => {
  const refuses = hostile.refuses ?? {};

  it('custom functions give one well-formed result per row, or an error saying what they need', () => {
    const { env, sheet } = setUp(hostile, AuthMode.CUSTOM_FUNCTION);
    const before = sheet.snapshot();
    const { data, headers, titles } = functionArguments(hostile);
    const call = <T>(name: string, work: () => T): T | undefined => {
      if (!refuses.functions) return work();
      expect(work, name).toThrow(refuses.functions);
      return undefined;
    };

    for (const [name, { width, ok }] of Object.entries(FUNCTIONS)) {
      // biome-ignore lint/performance/noDynamicNamespaceImportAccess: every custom function is called by its name from one table.
      const fn = addOn[name as keyof typeof FUNCTIONS];
      const results = call(name, () => fn(data, headers)) as Cell[][] | undefined;
      if (!results) continue;
      expect(results, name).toHaveLength(data.length);
      results.forEach((result, i) => {
        const where = `${name} row ${i + 1}`;
        expect(result, where).toHaveLength(width);
        if (isBlankRow(data[i])) expect(result.every((v) => v === ''), where).toBe(true);
        else for (const value of result) expect(ok(value), `${where}: ${JSON.stringify(value)}`).toBe(true);
      });
    }
    // A single cell is read as a statement, whatever it holds.
    for (const cell of new Set(hostile.values.flat())) {
      const label = addOn.CLASSIFY(cell);
      expect(['', ...LABELS], JSON.stringify(cell).slice(0, 80)).toContain(label);
      if (label !== '') expectReason(addOn.CLASSIFY_REASON(cell), JSON.stringify(cell).slice(0, 80));
    }

    const table = call('GOAL_ROLLUP', () => addOn.GOAL_ROLLUP(data, headers));
    if (table) {
      expect(table[0]).toEqual([...ROLLUP_TABLE_HEADERS]);
      for (const line of table) expect(line).toHaveLength(ROLLUP_TABLE_HEADERS.length);
    }
    const chains = call('WHY_CHAIN', () => addOn.WHY_CHAIN(titles, data, headers)) as string[][] | undefined;
    if (chains) {
      expect(chains).toHaveLength(titles.length);
      for (const [chain] of chains) expect(chain).toBeTypeOf('string');
    }
    expect(env.calls.startingWith('Range.set') + env.calls.startingWith('Properties.set')).toBe(0);
    expect(sheet.snapshot()).toEqual(before);
  });

  it('Classify selected rows writes only Goalpost’s columns, as text, or changes nothing and says why', () => {
    const { env, sheet, others } = setUp(hostile);
    const before = sheet.snapshot();
    const otherSheets = others();
    const alerts = classifyFromMenu(env);
    const after = sheet.snapshot();
    const refusal = refuses.sheet ?? refuses.write;
    if (refusal) {
      expect(alerts).toHaveLength(1);
      expectClearMessage(alerts[0], refusal, 'menu');
      expect(after).toEqual(before);
    } else {
      expect(alerts).toEqual([]);
      expect(env.spreadsheet.toasts.at(-1)?.message).toMatch(/^Classified \d+ rows?: /);
      expectOnlyOwnColumnsChanged(before, after);
      expectWholeVerdicts(hostile, after);
      for (const row of hostile.hiddenRows ?? []) expect(LABELS, `hidden row ${row}`).toContain(after.values[row - 1][ownColumns(after)[0]]);
    }
    expect(others()).toEqual(otherSheets);
    expect(env.lockHeld).toBe(false);
  });

  it('Build goal roll-up changes no cell outside its own sheet and writes no formula but its row links', () => {
    const { env, sheet, others } = setUp(hostile);
    classifyFromMenu(env); // the roll-up is usually built on a classified sheet
    env.ui.alerts.length = 0;
    const before = sheet.snapshot();
    const otherSheets = others();
    sheet.activate();
    addOn.buildRollupFromMenu();
    const rollup = env.spreadsheet.getSheetByName(ROLLUP_SHEET_NAME);
    if (refuses.sheet) {
      expect(env.ui.alerts).toHaveLength(1);
      expectClearMessage(env.ui.alerts[0].prompt, refuses.sheet, 'roll-up');
      expect(rollup).toBeNull();
    } else {
      expect(env.ui.alerts).toEqual([]);
      const { values, formulas } = rollup!.snapshot();
      for (const formula of formulas.flat()) if (formula) expect(formula).toMatch(ROW_LINK);
      expect(values.some((row) => row[0] === 'Account' && row[1] === 'Goal')).toBe(true);
      // The plan's text is copied as the user wrote it, never run: a formula-looking title shows as text.
      const titleAt = hostile.values[0].indexOf('Title');
      const shown = new Set(values.flat());
      for (const row of dataOf(hostile)) {
        const title = row[titleAt];
        if (typeof title === 'string' && /^[=+\-@]/.test(title)) expect(shown.has(title), title).toBe(true);
      }
    }
    expect(sheet.snapshot()).toEqual(before);
    expect(others()).toEqual(otherSheets);
    expect(env.lockHeld).toBe(false);
  });

  it('the sidebar endpoints answer plain data or a message, and write exactly what the menu writes', () => {
    const menu = setUp(hostile);
    classifyFromMenu(menu.env);
    const byMenu = menu.sheet.snapshot();
    uninstallFakeAppsScript();

    const { env, sheet, others } = setUp(hostile);
    const before = sheet.snapshot();
    const otherSheets = others();
    const check = <T>(name: string, refusal: RegExp | undefined, work: () => T): T | undefined => {
      const { value, error } = attempt(work);
      if (refusal) {
        expectClearMessage(error?.message, refusal, name);
        return undefined;
      }
      expect(error?.message, name).toBeUndefined();
      expectPlainData(value);
      return value;
    };
    const settings = { mapping: {}, threshold: 3 };
    const lastRow = Math.max(2, hostile.values.length);

    check('sidebarState', refuses.sheet, () => addOn.sidebarState());
    check('saveSidebarSettings', refuses.sheet, () => addOn.saveSidebarSettings('Plan', settings));
    const preview = check('classifySidebarChunk (preview)', refuses.sheet, () =>
      addOn.classifySidebarChunk({ sheetName: 'Plan', firstRow: 2, numRows: lastRow - 1, settings, write: false }),
    );
    for (const row of preview?.rows ?? []) expect(row.title.length).toBeLessThanOrEqual(300);
    expect(sheet.snapshot()).toEqual(before);

    check('classifySidebarChunk (write)', refuses.sheet ?? refuses.write, () =>
      addOn.classifySidebarChunk({ sheetName: 'Plan', firstRow: 2, numRows: lastRow - 1, settings, write: true, checkThrough: lastRow }),
    );
    expect(sheet.snapshot()).toEqual(refuses.sheet ?? refuses.write ? before : byMenu);
    check('selectSheetRow', undefined, () => addOn.selectSheetRow('Plan', 2));
    const written = sheet.snapshot();
    check('buildRollupSheet', refuses.sheet, () => {
      sheet.activate();
      return addOn.buildRollupSheet();
    });
    expect(sheet.snapshot()).toEqual(written);
    expect(others()).toEqual(otherSheets);
    expect(env.lockHeld).toBe(false);
  });
});

describe('Goalpost’s own text longer than a cell holds', () => {
  const longest = (cells: unknown[]) => Math.max(...cells.map((cell) => (typeof cell === 'string' ? cell.length : 0)));
  const manyGoals = [['ID', 'Title', 'Owner'], ...Array.from({ length: 2000 }, (_, i) => [`G${i}`, `Increase revenue in region number ${i} by 20% by FY2027`, 'CRO'])];
  const title = (i: number) => `Implement step ${i} ${'to grow revenue and margin '.repeat(150)}`;
  const longChain = [
    ['ID', 'Title', 'Parent', 'Team', 'Leader', 'Budget'],
    ...Array.from({ length: 20 }, (_, i) => (i === 19 ? ['S19', 'Increase revenue 20% by FY2027', '', '', 'CRO', ''] : [`S${i}`, title(i), `S${i + 1}`, 'IT', 'Dana Whitfield', '$1M'])),
  ];

  it('a roll-up flag naming 2,000 goals without initiatives names ten and counts the rest', () => {
    const { env } = setUp({ name: 'many goals', values: manyGoals });
    addOn.buildRollupFromMenu();
    expect(env.ui.alerts).toEqual([]);
    const { values } = env.spreadsheet.getSheetByName(ROLLUP_SHEET_NAME)!.snapshot();
    const flag = values.flat().find((cell) => typeof cell === 'string' && cell.startsWith('• 2,000 goals have no initiatives: '));
    expect(flag).toMatch(/region number 9 by 20% by FY2027; and 1,990 more$/);
    expect(env.spreadsheet.toasts.at(-1)!.message.length).toBeLessThan(1000);
  });

  it('a why-chain of 20 long titles is cut to fit its cell, in the roll-up sheet and in WHY_CHAIN and GOAL_ROLLUP', () => {
    const { env } = setUp({ name: 'long chain', values: longChain });
    addOn.buildRollupFromMenu();
    expect(env.ui.alerts).toEqual([]);
    const cells = env.spreadsheet.getSheetByName(ROLLUP_SHEET_NAME)!.snapshot().values.flat();
    const chain = cells.find((cell) => typeof cell === 'string' && cell.startsWith('Implement step 0 ')) as string;
    expect(cells.some((cell) => typeof cell === 'string' && cell.length > 50_000)).toBe(false);
    expect(cells.some((cell) => typeof cell === 'string' && cell.length > 49_000 && cell.endsWith('…'))).toBe(true);
    expect(chain).toBeDefined();

    uninstallFakeAppsScript();
    setUp({ name: 'long chain', values: longChain }, AuthMode.CUSTOM_FUNCTION);
    const data = longChain.slice(1);
    const [[why]] = addOn.WHY_CHAIN([['S0']], data, [longChain[0]]) as string[][];
    expect(why.length).toBeLessThanOrEqual(50_000);
    expect(why).toMatch(/^Implement step 0 .*…$/s);
    expect(longest((addOn.GOAL_ROLLUP(data, [longChain[0]]) as unknown[][]).flat())).toBeLessThanOrEqual(50_000);
  });
});

describe('the sidebar endpoints given arguments the sidebar would never send', () => {
  const settings = { mapping: {}, threshold: 3 };
  const calls: Array<[string, () => unknown]> = [
    ['a chunk request that is null', () => addOn.classifySidebarChunk(null as never)],
    ['a chunk request that is a string', () => addOn.classifySidebarChunk('rows 2-8' as never)],
    ['a first row that is text', () => addOn.classifySidebarChunk({ sheetName: 'Plan', firstRow: '2', numRows: 7, settings, write: true } as never)],
    ['a negative first row', () => addOn.classifySidebarChunk({ sheetName: 'Plan', firstRow: -5, numRows: 7, settings, write: true })],
    ['a fractional row count', () => addOn.classifySidebarChunk({ sheetName: 'Plan', firstRow: 2, numRows: 2.5, settings, write: true })],
    ['a sheet that does not exist', () => addOn.classifySidebarChunk({ sheetName: 'Plans', firstRow: 2, numRows: 7, settings, write: true })],
    ['a mapping to a header the sheet lacks', () => addOn.classifySidebarChunk({ sheetName: 'Plan', firstRow: 2, numRows: 7, settings: { mapping: { title: 'Objective' }, threshold: 3 }, write: true })],
    ['settings to save for a sheet that does not exist', () => addOn.saveSidebarSettings('<script>alert(1)</script>', settings)],
    ['a row to select past the sheet', () => addOn.selectSheetRow('Plan', 1e9)],
    ['a row to select that is text', () => addOn.selectSheetRow('Plan', '2' as never)],
  ];

  it.each(calls)('%s: a message, and no cell changed', (_, call) => {
    const { sheet } = setUp(HOSTILE_SHEETS.find((h) => h.name === 'rows hidden by a filter')!);
    const before = sheet.snapshot();
    const { error } = attempt(call);
    expectClearMessage(error?.message, /./, 'endpoint');
    expect(sheet.snapshot()).toEqual(before);
  });

  it('keeps what is valid in odd settings and classifies with the rest', () => {
    const { sheet } = setUp(HOSTILE_SHEETS.find((h) => h.name === 'rows hidden by a filter')!);
    const odd = { mapping: { title: 'Title', nonsense: 'x', ['__proto__']: { polluted: true } }, threshold: Number.NaN };
    const state = addOn.saveSidebarSettings('Plan', odd as never);
    expect(state.saved).toEqual({ title: 'Title' });
    expect(state.threshold).toBe(3);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(addOn.saveSidebarSettings('Plan', 'threshold=9' as never)).toMatchObject({ saved: {}, threshold: 3 });
    const result = addOn.classifySidebarChunk({ sheetName: 'Plan', firstRow: 2, numRows: 1e9, settings: odd as never, write: false });
    expect(result.numRows).toBe(sheet.getLastRow() - 1);
  });
});

describe('the command line', () => {
  const run = promisify(execFile);
  const root = join(__dirname, '../..');
  const dir = mkdtempSync(join(tmpdir(), 'goalpost-catalogue-'));
  const results = new Map<string, { code: number; stdout: string; stderr: string }>();
  const asText = (cell: Cell) => (cell instanceof Date ? cell.toISOString().slice(0, 10) : typeof cell === 'boolean' ? (cell ? 'TRUE' : 'FALSE') : String(cell));
  const COMMANDS = ['classify', 'rollup'] as const;

  beforeAll(async () => {
    const jobs = HOSTILE_SHEETS.flatMap((hostile, i) => {
      if (hostile.hiddenRows) return []; // exported, it is the plain plan other cases already run
      const file = join(dir, `${i}.csv`);
      writeFileSync(file, Papa.unparse(hostile.values.map((row) => row.map(asText)), { newline: '\n' }) + '\n');
      return COMMANDS.map((command) => async () => {
        const outcome = await run(process.execPath, ['bin/goalpost.js', command, file, '--format', 'csv'], { cwd: root, maxBuffer: 64 << 20 }).then(
          ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
          (error: { code: number; stdout: string; stderr: string }) => ({ code: error.code, stdout: error.stdout, stderr: error.stderr }),
        );
        results.set(`${i} ${command}`, outcome);
      });
    });
    // One process per core: more would only make each slower.
    const queue = [...jobs];
    await Promise.all(Array.from({ length: Math.max(2, availableParallelism()) }, async () => {
      for (let job = queue.shift(); job; job = queue.shift()) await job();
    }));
  }, 60_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const FORMULA_START = /^[=+\-@\t\r]/;
  const cases = HOSTILE_SHEETS.flatMap((hostile, i) => (hostile.hiddenRows ? [] : COMMANDS).map((command) => ({ hostile, i, command, name: `${command}: ${hostile.name}` })));

  it.each(cases)('$name', ({ hostile, i, command }) => {
    const { code, stdout, stderr } = results.get(`${i} ${command}`)!;
    const refusal = hostile.refuses?.cli;
    if (refusal) {
      expect(code, stderr).toBe(2);
      expect(stderr.trimEnd().split('\n'), 'one line').toHaveLength(1);
      expect(stderr).toMatch(/^goalpost: /);
      expectClearMessage(stderr, refusal, 'cli');
      expect(stdout).toBe('');
      return;
    }
    expect(code, stderr).toBe(0);
    const lines = Papa.parse<string[]>(stdout, { skipEmptyLines: true }).data;
    for (const cell of lines.flat()) expect(cell, 'a cell a spreadsheet would run').not.toMatch(FORMULA_START);
    if (command === 'rollup') {
      expect(lines[0]).toEqual([...ROLLUP_TABLE_HEADERS]);
      return;
    }
    // Your columns come out as they went in (behind an apostrophe where they start like a formula), Goalpost's after them.
    const shown = (cell: string) => (FORMULA_START.test(cell) ? `'${cell}` : cell);
    const width = hostile.values[0].length;
    const inputs = hostile.values.map((row) => row.map(asText));
    const expectedRows = (hostile.noHeaderRow ? inputs : inputs.slice(1)).filter((row) => row.some((cell) => cell !== ''));
    expect(lines.slice(1).map((line) => line.slice(0, width))).toEqual(expectedRows.map((row) => row.map(shown)));
    expect(lines[0].slice(width)).toEqual([...VERDICT_HEADERS]);
    for (const line of lines.slice(1)) expect(LABELS).toContain(line[width]);
  });
});
