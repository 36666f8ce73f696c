/**
 * One plan, as a German team keeps it (a title and a "Prepared by" line above the header,
 * German headers, a parent column, budgets in a header's currency and in "Mio. €", a note
 * under the data), read through the four ways a user reaches Goalpost: the command line on
 * an exported file, the custom functions on a range, the sidebar and the roll-up menu on
 * the sheet. They must read the same columns for the same fields and so give the same
 * verdicts, links and budgets. The expectations are the mapping, links and budgets a person
 * would read off the sheet; the wording model decides the goals' labels, so those are only
 * compared across entry points.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { budgetText, FIELDS, type Field } from '../../../src/core';
import { layOut } from '../../../src/gas/customFunctions';
import * as addOn from '../../../src/gas/index';
import { openPlanSheet } from '../../../src/gas/planSheet';
import { ROLLUP_SHEET_NAME } from '../../../src/gas/rollupSheet';
import { readSettings } from '../../../src/gas/settings';
import { AuthMode, installFakeAppsScript, uninstallFakeAppsScript, type Cell } from '../../fakes/appsScript';

const root = join(__dirname, '../../..');

const HEADER = ['Ziel / Maßnahme', 'Beschreibung', 'Verantwortlich', 'Abteilung', 'Budget (EUR)', 'Zeitraum', 'Übergeordnetes Ziel'];
/** The sheet as the user sees it, row 1 first. Sheets holds typed figures as numbers. */
const SHEET: Cell[][] = [
  ['Kontoplan Contoso GmbH 2026', '', '', '', '', '', ''],
  ['Erstellt von: Anna Schmidt, 12.01.2026', '', '', '', '', '', ''],
  ['', '', '', '', '', '', ''],
  HEADER,
  ['Marktanteil in der DACH-Region auf 30 % steigern', 'Vorstandsziel für das Geschäftsjahr', 'Vorstand Vertrieb', '', '', 'GJ 2027', ''],
  ['Partnerprogramm für Systemhäuser aufbauen', 'Zwölf neue Partner gewinnen und schulen', 'Jonas Weber', 'Channel Sales', 250000, 'T1–T2 2026', 'Marktanteil DACH steigern'],
  ['Webshop auf die neue Plattform migrieren', 'Umzug des Shops samt Zahlungsanbindung', 'Lena Fischer', 'E-Commerce', '1,2 Mio. €', '2. Halbjahr 2026', 'Marktanteil in der DACH-Region auf 30 % steigern'],
  ['', '', '', '', '', '', ''],
  ['Kundenabwanderung unter 4 % senken', 'Ziel der Geschäftsführung', 'Geschäftsführung', '', '', 'bis Ende 2027', ''],
  ['Kundenbindungsprogramm einführen', 'Treuepunkte und persönliche Betreuung für Top-Kunden', 'Paul Becker', 'Customer Success', 80000, '1. Quartal 2026', 'Kundenabwanderung unter 4 % senken'],
  ['Quelle: interne Planungsrunde', '', '', '', '', '', ''],
];
const HEADER_ROW = 4;

/** What a person reads off the sheet. Data rows are numbered from 1 below the header. */
const MAPPING: Partial<Record<Field, string>> = {
  title: 'Ziel / Maßnahme',
  description: 'Beschreibung',
  leader: 'Verantwortlich',
  organization: 'Abteilung',
  budget: 'Budget (EUR)',
  timeframe: 'Zeitraum',
  parent: 'Übergeordnetes Ziel',
};
/** Initiatives whose columns meet all five criteria (team, named leader, budget, time-frame, a named piece of work). */
const FULL_INITIATIVES = [2, 3, 6];
const GOALS = [
  {
    row: 1,
    budget: 'EUR 1,450,000',
    initiatives: [
      { row: 2, amount: 250000, organization: 'Channel Sales', leaders: 'Jonas Weber', start: '2026-01-01', end: '2026-06-30' },
      { row: 3, amount: 1200000, organization: 'E-Commerce', leaders: 'Lena Fischer', start: '2026-07-01', end: '2026-12-31' },
    ],
  },
  { row: 5, budget: 'EUR 80,000', initiatives: [{ row: 6, amount: 80000, organization: 'Customer Success', leaders: 'Paul Becker', start: '2026-01-01', end: '2026-03-31' }] },
];
const DATA_ROWS = SHEET.length - HEADER_ROW;
const titleOf = (row: number) => String(SHEET[HEADER_ROW - 1 + row][0]);

/** The roll-up as every entry point can show it: per goal, its name, row, budget text and initiatives. */
interface GoalReading {
  name: string;
  row: number;
  budget: string;
  initiatives: Array<{ name: string; row: number; link: string; amount: number | ''; currency: string; organization: string; leaders: string; start: string; end: string }>;
}

/** A roll-up date as the day it names: the sheets hold Dates, the JSON ISO days. */
function day(value: unknown): string {
  if (!(value instanceof Date)) return String(value ?? '');
  return `${value.getFullYear()}-${String(value.getMonth() + 1).padStart(2, '0')}-${String(value.getDate()).padStart(2, '0')}`;
}

/** Reads the roll-up table (the sheet's and =GOAL_ROLLUP's), goal lines then their initiative lines. */
function goalsOfTable(lines: unknown[][], rowOf: (cell: unknown) => number): GoalReading[] {
  const goals: GoalReading[] = [];
  for (const line of lines) {
    const [, goal, , count, initiative, link, , , budget, currency, start, end, organization, leaders] = line;
    if (goal === '(no goal)' || goal === '(unclear)' || goal === '') continue;
    if (count !== '') goals.push({ name: String(goal), row: rowOf(line[15]), budget: String(budget), initiatives: [] });
    else if (initiative !== '') goals.at(-1)!.initiatives.push({ name: String(initiative), row: rowOf(line[15]), link: String(link), amount: budget as number | '', currency: String(currency), organization: String(organization), leaders: String(leaders), start: day(start), end: day(end) });
  }
  return goals;
}

function mappingOf(columns: Partial<Record<Field, number>>, headers: string[]): Partial<Record<Field, string>> {
  const mapping: Partial<Record<Field, string>> = {};
  for (const field of FIELDS) if (columns[field] !== undefined) mapping[field] = headers[columns[field] as number];
  return mapping;
}

interface Reading {
  mapping: Partial<Record<Field, string>>;
  /** Data row -> label, for non-blank plan rows. */
  labels: Record<number, string>;
  /** Data row -> criteria met. */
  scores: Record<number, number>;
  goals: GoalReading[];
}

const readings: Record<'cli' | 'functions' | 'sidebar' | 'menu', Reading> = {} as never;

function cliReading(): Reading {
  const dir = mkdtempSync(join(tmpdir(), 'goalpost-entry-'));
  const path = join(dir, 'kontoplan.csv');
  const quote = (cell: Cell) => (/[",\n]/.test(String(cell)) ? `"${String(cell).replace(/"/g, '""')}"` : String(cell));
  writeFileSync(path, SHEET.map((row) => row.map(quote).join(',')).join('\n') + '\n');
  const run = (args: string[]) => {
    const result = spawnSync('node', [join(root, 'bin/goalpost.js'), ...args, path], { encoding: 'utf8', cwd: root });
    expect(result.status, result.stderr).toBe(0);
    return result;
  };
  const classified = run(['classify', '-f', 'ndjson']);
  const verdicts = classified.stdout.trim().split('\n').map((line) => JSON.parse(line));
  const rollup = JSON.parse(run(['rollup', '-f', 'json', '--quiet']).stdout);
  expect(classified.stderr).toContain(`header row ${HEADER_ROW}`);
  return {
    mapping: Object.fromEntries(rollup.mapping.fields.map((f: { field: string; header: string }) => [f.field, f.header])),
    labels: Object.fromEntries(verdicts.map((v: { row: number; label: string }) => [v.row, v.label])),
    scores: Object.fromEntries(verdicts.map((v: { row: number; score: number }) => [v.row, v.score])),
    goals: rollup.goals.map((goal: { name: string; row: number; budget: Array<{ currency: string | null; amount: number }>; initiatives: Array<{ name: string; row: number; link: string; budget: { amount: number; currency: string } | null; organization: string | null; leaders: string[]; start: string | null; end: string | null }> }) => ({
      name: goal.name,
      row: goal.row,
      budget: budgetText(goal.budget),
      initiatives: goal.initiatives.map((i) => ({ name: i.name, row: i.row, link: i.link, amount: i.budget?.amount ?? '', currency: i.budget?.currency ?? '', organization: i.organization ?? '', leaders: i.leaders.join(', '), start: i.start ?? '', end: i.end ?? '' })),
    })),
  };
}

/** =CLASSIFY(A5:G15, A4:G4) and its siblings, as Sheets calls them: no authorization, the ranges' values. */
function functionsReading(): Reading {
  const env = installFakeAppsScript({ authMode: AuthMode.CUSTOM_FUNCTION });
  env.spreadsheet.addSheet('Kontoplan', SHEET);
  const range = SHEET.slice(HEADER_ROW);
  const headers = [SHEET[HEADER_ROW - 1]];
  const labels = addOn.CLASSIFY(range, headers) as Cell[][];
  const scores = addOn.INITIATIVE_SCORE(range, headers) as Cell[][];
  const table = addOn.GOAL_ROLLUP(range, headers) as unknown[][];
  expect(table[0]).toContain('Why-chain');
  const layout = layOut(range, SHEET[HEADER_ROW - 1], {});
  const reading: Reading = { mapping: mappingOf(layout.columns, layout.headers), labels: {}, scores: {}, goals: goalsOfTable(table.slice(1), Number) };
  labels.forEach(([label], i) => {
    if (label !== '') reading.labels[i + 1] = String(label);
    if (scores[i][0] !== '') reading.scores[i + 1] = Number(scores[i][0]);
  });
  uninstallFakeAppsScript();
  return reading;
}

function sheetEnv() {
  const env = installFakeAppsScript();
  const sheet = env.spreadsheet.addSheet('Kontoplan', SHEET);
  sheet.activate();
  return { env, sheet };
}

/** The sidebar's endpoints as its page calls them: the state, then one preview block of every row. */
function sidebarReading(): Reading {
  sheetEnv();
  const state = addOn.sidebarState();
  expect(state.headerRow).toBe(HEADER_ROW);
  expect(state.headerRowChosen).toBe(false);
  const chunk = addOn.classifySidebarChunk({ sheetName: 'Kontoplan', firstRow: HEADER_ROW + 1, numRows: DATA_ROWS, settings: { mapping: {}, threshold: state.threshold }, write: false });
  uninstallFakeAppsScript();
  return {
    mapping: state.mapping,
    labels: Object.fromEntries(chunk.rows.map((row) => [row.row - HEADER_ROW, row.label])),
    scores: Object.fromEntries(chunk.rows.map((row) => [row.row - HEADER_ROW, row.score])),
    goals: [],
  };
}

/** "Classify selected rows" writes the verdict columns; "Build goal roll-up" writes the roll-up sheet. */
function menuReading(): Reading {
  const { env, sheet } = sheetEnv();
  sheet.setActiveSelection(`A1:G${SHEET.length}`);
  addOn.classifySelectedRows();
  expect(env.ui.alerts).toEqual([]);
  const written = sheet.snapshot().values;
  const labelAt = written[HEADER_ROW - 1].indexOf('Goalpost: Label');
  const scoreAt = written[HEADER_ROW - 1].indexOf('Goalpost: Score');
  expect(labelAt).toBeGreaterThan(HEADER.length - 1);
  const labels: Record<number, string> = {};
  const scores: Record<number, number> = {};
  written.slice(HEADER_ROW).forEach((row, i) => {
    if (row[labelAt] !== '' && row[labelAt] !== undefined) {
      labels[i + 1] = String(row[labelAt]);
      scores[i + 1] = Number(row[scoreAt]);
    }
  });
  // The title lines above the header keep their cells: only the rows below the header get verdicts.
  expect(written.slice(0, HEADER_ROW - 1).map((row) => row.slice(HEADER.length).every((cell) => cell === ''))).toEqual([true, true, true]);

  addOn.buildRollupFromMenu();
  const { values, formulas } = env.spreadsheet.getSheetByName(ROLLUP_SHEET_NAME)!.snapshot();
  const tableHeader = values.findIndex((row) => row[0] === 'Account' && row[1] === 'Goal');
  // The link back names the sheet row; the other entry points number data rows below the header.
  const rowOfLink = (index: number) => Number(/"Row (\d+)"\)$/.exec(formulas[index][15])?.[1]) - HEADER_ROW;
  const lines = values.slice(tableHeader + 1).map((row, i) => [...row.slice(0, 15), tableHeader + 1 + i]);
  const goals = goalsOfTable(lines, (index) => rowOfLink(index as number));
  // The columns the roll-up read: the plan sheet as the menu command opens it.
  const { layout } = openPlanSheet(sheet as unknown as GoogleAppsScript.Spreadsheet.Sheet, readSettings(sheet as unknown as GoogleAppsScript.Spreadsheet.Sheet));
  uninstallFakeAppsScript();
  return { mapping: mappingOf(layout.columns, layout.headers), labels, scores, goals };
}

beforeAll(() => {
  readings.cli = cliReading();
  readings.functions = functionsReading();
  readings.sidebar = sidebarReading();
  readings.menu = menuReading();
});
afterEach(uninstallFakeAppsScript);

const ENTRY_POINTS = ['cli', 'functions', 'sidebar', 'menu'] as const;

describe('one plan through the command line, the custom functions, the sidebar and the roll-up menu', () => {
  it.each(ENTRY_POINTS)('%s reads the columns a person would', (entry) => {
    expect(readings[entry].mapping).toEqual(MAPPING);
  });

  it.each(ENTRY_POINTS)('%s classifies every plan row, leaves out the blank row and shows the note as Unclear', (entry) => {
    // The note line is the user's row too: it is listed (so counts add up), never as a verdict on a plan item.
    expect(Object.keys(readings[entry].labels).map(Number)).toEqual([1, 2, 3, 5, 6, 7]);
    expect(readings[entry].labels[7]).toBe('Unclear');
    for (const row of FULL_INITIATIVES) {
      expect(readings[entry].labels[row], titleOf(row)).toBe('Initiative');
      expect(readings[entry].scores[row], titleOf(row)).toBe(5);
    }
  });

  it.each(ENTRY_POINTS.filter((entry) => entry !== 'cli'))('%s gives the command line’s label and score to every row', (entry) => {
    expect(readings[entry].labels).toEqual(readings.cli.labels);
    expect(readings[entry].scores).toEqual(readings.cli.scores);
  });

  it.each(['cli', 'functions', 'menu'] as const)('%s rolls the initiatives up under the goals their parent cells name, with their budgets in euros', (entry) => {
    const goals = readings[entry].goals;
    expect(goals.map((goal) => [goal.name, goal.row, goal.budget])).toEqual(GOALS.map((goal) => [titleOf(goal.row), goal.row, goal.budget]));
    GOALS.forEach((goal, g) => {
      expect(goals[g].initiatives).toEqual(goal.initiatives.map(({ row, ...rest }) => ({ name: titleOf(row), row, link: 'explicit', currency: 'EUR', ...rest })));
    });
  });
});
