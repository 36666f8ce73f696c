/**
 * Workbooks as people lay them out in Excel, written with ExcelJS and read by the real CLI:
 * an account merged down its block of rows, a title merged across the top, and budgets
 * whose currency is in the column's number format rather than in the cells.
 */
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { IN_MEMORY_BYTES } from '../../src/cli/sources/xlsxSource';

const root = join(__dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'goalpost-xlsx-'));

function run(args: string[]) {
  const result = spawnSync('node', [join(root, 'bin/goalpost.js'), ...args], { encoding: 'utf8', cwd: root });
  return { code: result.status, out: result.stdout, err: result.stderr };
}
const ndjson = (out: string) => out.trim().split('\n').filter(Boolean).map((line) => JSON.parse(line));

const HEADER = ['Account', 'Objective', 'Team', 'Owner', 'Budget', 'Due', 'Supports'];
const PLAN: Array<Array<string | number>> = [
  ['Contoso', 'Grow Contoso bookings 20% in EMEA', '', 'CRO', '', 'FY27', ''],
  ['', 'Roll out the partner portal to EMEA resellers', 'Channel Ops', 'Dana Whitfield', 250000, 'Q3 2026', 'Grow Contoso bookings 20% in EMEA'],
  ['', 'Migrate the Contoso billing feeds to the new ledger', 'Finance IT', 'Raj Patel', 400000, 'H2 2026', 'Grow Contoso bookings'],
  // The goal below its initiative: only the merge gives it its account.
  ['Fabrikam', 'Launch a Fabrikam health-score pilot', 'Customer Success', 'Mia Chen', 90000, 'Q2 2026', 'Keep Fabrikam churn below 3%'],
  ['', 'Keep Fabrikam churn below 3%', '', 'VP Customer Success', '', '2027', ''],
];

/** A plan two lines below a title, its account merged down each block, its budget column in `format`. */
async function workbook(name: string, format: string, extra?: (book: ExcelJS.Workbook) => void): Promise<string> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Plan');
  sheet.addRow(['Account plan FY26 — Northern region']);
  sheet.addRow(['Prepared by Sales Ops']);
  sheet.addRow(HEADER);
  for (const row of PLAN) sheet.addRow(row);
  sheet.mergeCells('A1:G1');
  sheet.mergeCells('A4:A6');
  sheet.mergeCells('A7:A8');
  sheet.getColumn(5).numFmt = format;
  extra?.(book);
  const path = join(dir, name);
  await book.xlsx.writeFile(path);
  return path;
}

let dollars: string;
let euros: string;
let pounds: string;
let large: string;

beforeAll(async () => {
  dollars = await workbook('dollars.xlsx', '$#,##0');
  euros = await workbook('euros.xlsx', '#,##0 [$€-407]');
  pounds = await workbook('pounds.xlsx', '"£"#,##0');
  // Past the size read whole: a second sheet of incompressible notes.
  large = await workbook('large.xlsx', '$#,##0', (book) => {
    const notes = book.addWorksheet('Raw notes');
    for (let i = 0; i < 6000; i++) notes.addRow([randomBytes(384).toString('base64')]);
  });
}, 60_000);

describe('merged cells in a workbook', () => {
  it('belong to every row the merge covers: each initiative rolls up under its own account', () => {
    const { code, out, err } = run(['rollup', dollars, '-f', 'json']);
    expect(code, err).toBe(0);
    const rollup = JSON.parse(out);
    expect(rollup.mapping.headerRow).toBe(3);
    expect(rollup.goals.map((goal: { name: string; account: string; initiatives: Array<{ row: number }> }) => [goal.account, goal.name, goal.initiatives.map((i) => i.row)])).toEqual([
      ['Contoso', PLAN[0][1], [2, 3]],
      ['Fabrikam', PLAN[4][1], [4]],
    ]);
  });

  it('are carried down their first column only, and a title merged across the top stays a title', () => {
    const out = run(['classify', dollars, '-f', 'csv', '--quiet']).out.trim().split('\n');
    // The header row as the user wrote it, then every data row with its account.
    expect(out[0].startsWith(HEADER.join(','))).toBe(true);
    expect(out.slice(1).map((line) => line.split(',')[0])).toEqual(['Contoso', 'Contoso', 'Contoso', 'Fabrikam', 'Fabrikam']);
    expect(out.slice(1).map((line) => line.split(',')[2])).toEqual(['', 'Channel Ops', 'Finance IT', 'Customer Success', '']);
  });
});

describe('a currency in the number format of the budget column', () => {
  it.each([
    ['$#,##0', () => dollars, 'USD'],
    ['#,##0 [$€-407]', () => euros, 'EUR'],
    ['"£"#,##0', () => pounds, 'GBP'],
  ])('%s makes the bare numbers amounts in it', (_, path, currency) => {
    const rollup = JSON.parse(run(['rollup', path(), '-f', 'json', '--quiet']).out);
    expect(rollup.goals.map((goal: { budget: unknown }) => goal.budget)).toEqual([[{ currency, amount: 650000 }], [{ currency, amount: 90000 }]]);
    const rows = ndjson(run(['classify', path(), '-f', 'ndjson', '--quiet']).out);
    expect(rows.find((row) => row.row === 2).evidence.budget).toBe(`250000 ${currency}`);
  });

  it('gives no currency to a column whose formats disagree', async () => {
    const mixed = await workbook('mixed.xlsx', '$#,##0', (book) => {
      book.getWorksheet('Plan')!.getCell('E7').numFmt = '#,##0 "€"';
    });
    const rollup = JSON.parse(run(['rollup', mixed, '-f', 'json', '--quiet']).out);
    expect(rollup.goals.map((goal: { budget: unknown }) => goal.budget)).toEqual([[{ currency: null, amount: 650000 }], [{ currency: null, amount: 90000 }]]);
  });
});

describe('a workbook too large to read whole', () => {
  it('is streamed: currencies from number formats still apply, and the reading says merged cells hold their value on their first row only', () => {
    expect(statSync(large).size).toBeGreaterThan(IN_MEMORY_BYTES);
    const { code, out, err } = run(['rollup', large, '-f', 'json']);
    expect(code, err).toBe(0);
    expect(err).toMatch(/note: the workbook is over 2 MB, so it is read as a stream: a merged cell's value is read on its first row only/);
    const rollup = JSON.parse(out);
    expect(rollup.goals.map((goal: { budget: unknown }) => goal.budget)).toEqual([[{ currency: 'USD', amount: 650000 }], [{ currency: 'USD', amount: 90000 }]]);
  });
});

describe('a workbook whose first sheet is a cover page', () => {
  let path: string;
  beforeAll(async () => {
    const book = new ExcelJS.Workbook();
    const cover = book.addWorksheet('Deckblatt');
    cover.addRow(['Initech Holding']);
    cover.addRow(['Streng vertraulich – nicht weiterleiten']);
    cover.addRow(['Stand: Quartalsgespräch November']);
    const plan = book.addWorksheet('Kundenplan');
    plan.addRow(['Nr', 'Ziel / Maßnahme', 'Abteilung', 'Verantwortlich', 'Budget', 'Termin']);
    plan.addRow(['Z1', 'Marktanteil in Österreich auf 25 % steigern', 'Vertrieb', 'Eva Lang', '', 'GJ 2028']);
    plan.addRow(['M1', 'Händlerportal auf Shopware migrieren', 'E-Commerce', 'Jonas Brandt', '180.000 €', 'Q2 2027']);
    plan.addRow(['M2', 'Schulungsprogramm für den Außendienst starten', 'Vertrieb', 'Mara Pohl', '45.000 €', '2027']);
    plan.addRow(['M3', 'Lieferzeiten in Tirol auf 48 Stunden senken', 'Logistik', 'Timo Rauch', '', '2028']);
    const archive = book.addWorksheet('Archiv 2025');
    archive.addRow(['Nr', 'Ziel / Maßnahme', 'Abteilung', 'Termin']);
    archive.addRow(['A1', 'Alte Kasse ablösen', 'IT', '2025']);
    path = join(dir, 'cover.xlsx');
    await book.xlsx.writeFile(path);
  });

  it('reads the plan sheet, not the cover, and says which sheet and why', () => {
    const { code, out, err } = run(['classify', path, '--format', 'ndjson']);
    expect(code).toBe(0);
    const rows = ndjson(out);
    expect(rows.map((row) => row.row)).toEqual([1, 2, 3, 4]);
    expect(rows[1].label).toBe('Initiative');
    expect(err).toMatch(/read the sheet "Kundenplan": its header row names plan fields \(.*\) and it has the most rows \(4\); the workbook also has "Deckblatt", "Archiv 2025"/);
    expect(err).not.toMatch(/Initech Holding/);
  });

  it('still reads the sheet --sheet names, cover or not', () => {
    const archive = run(['classify', path, '--sheet', 'Archiv 2025', '--format', 'ndjson']);
    expect(ndjson(archive.out).map((row) => row.row)).toEqual([1]);
    expect(archive.err).not.toMatch(/read the sheet/);
    const cover = run(['classify', path, '--sheet', 'Deckblatt', '--format', 'ndjson']);
    expect(cover.code).toBe(0);
    expect(ndjson(cover.out).length).toBeGreaterThan(0);
  });
});

describe('a workbook with a two-row header', () => {
  it('reads the second header row as part of the header, not as plan row 1', async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Plano');
    sheet.addRow(['Ref', 'Objetivo / projeto', 'Responsável', '', 'Orçamento', '', 'Prazo']);
    sheet.addRow(['', '', 'Nome', 'Área', 'Valor', 'Moeda', '']);
    sheet.mergeCells('C1:D1');
    sheet.mergeCells('E1:F1');
    sheet.addRow(['O1', 'Aumentar a receita recorrente em 20 % até 2028', 'Beatriz Costa', 'Comercial', '', '', '2028-12-31']);
    sheet.addRow(['P1', 'Implantar o Salesforce CPQ na equipe de vendas', 'Rui Almeida', 'Vendas', 600000, 'BRL', '2027-06-30']);
    const path = join(dir, 'two-rows.xlsx');
    await book.xlsx.writeFile(path);
    const { code, out, err } = run(['classify', path, '--format', 'ndjson']);
    expect(code).toBe(0);
    const rows = ndjson(out);
    expect(rows.map((row) => row.row)).toEqual([1, 2]);
    expect(rows[1].label).toBe('Initiative');
    expect(rows[1].criteria).toMatchObject({ organization: true, leadership: true, budget: true, timeframe: true });
    expect(err).toMatch(/leader ← "Responsável \/ Nome"/);
    expect(err).toMatch(/organization ← "Responsável \/ Área"/);
    expect(err).toMatch(/budget ← "Orçamento \/ Valor"/);
    expect(err).toMatch(/the header takes two rows/);
    // The CSV output keeps both labels of every column, in one header row.
    const csv = run(['classify', path, '--format', 'csv']);
    expect(csv.out.split(/\r?\n/)[0]).toMatch(/^Ref,Objetivo \/ projeto,Responsável \/ Nome,Responsável \/ Área,Orçamento \/ Valor,Orçamento \/ Moeda,Prazo,Goalpost: Label/);
  });
});
