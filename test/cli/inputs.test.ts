import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';

const root = join(__dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'goalpost-inputs-'));

function run(args: string[], input?: string) {
  const result = spawnSync('node', [join(root, 'bin/goalpost.js'), ...args], { input, encoding: 'utf8', cwd: root });
  return { code: result.status, out: result.stdout, err: result.stderr };
}
const ndjson = (out: string) => out.trim().split('\n').filter(Boolean).map((line) => JSON.parse(line));

let workbook: string;
beforeAll(async () => {
  const book = new ExcelJS.Workbook();
  const notes = book.addWorksheet('Notes');
  notes.addRow(['Just notes']);
  const plan = book.addWorksheet('Plan');
  plan.addRow(['Objective', 'Team', 'Lead', 'Budget', 'Due', 'Parent']);
  plan.addRow(['Grow EMEA revenue 20% by FY27', '', 'CRO', '', new Date(Date.UTC(2027, 11, 31)), '']);
  plan.addRow([{ richText: [{ text: 'Migrate the core ' }, { text: 'ledger' }] }, 'Finance IT', 'Dana Whitfield', 2400000, new Date(Date.UTC(2027, 5, 30)), 'Grow EMEA revenue 20% by FY27']);
  plan.addRow([]);
  plan.addRow(['Follow up with procurement', { error: '#N/A' }, '', '', '', '']);
  workbook = join(dir, 'plan.xlsx');
  await book.xlsx.writeFile(workbook);
});

describe('Excel workbooks', () => {
  it('reads the sheet named with --sheet, with rich text, numbers, dates, error values and blank rows', () => {
    const { code, out, err } = run(['classify', workbook, '--sheet', 'Plan', '-f', 'ndjson']);
    // stderr holds only how the plan was read.
    expect(err.split('\n')).toEqual([
      `goalpost: ${workbook}: header row 1`,
      '  title ← "Objective" (header; content: short distinct phrases)',
      '  organization ← "Team" (header)',
      '  leader ← "Lead" (header; content: people\'s names)',
      '  budget ← "Budget" (header; content: amounts)',
      '  end ← "Due" (header; content: dates)',
      '  parent ← "Parent" (header; names other rows)',
      '',
    ]);
    expect(code).toBe(0);
    const rows = ndjson(out);
    expect(rows.map((row) => [row.row, row.label])).toEqual([[1, 'Goal'], [2, 'Initiative'], [4, 'Unclear']]);
    expect(rows[1].score).toBe(5);
    expect(rows[1].evidence.budget).toBe('2400000');
  });

  it('reads the sheet that holds the plan by default, saying which and why, and names the sheets when --sheet names none', () => {
    const chosen = run(['classify', workbook, '-f', 'ndjson']);
    expect(ndjson(chosen.out).map((row) => row.row)).toEqual([1, 2, 4]);
    expect(chosen.err).toMatch(/note: read the sheet "Plan": its header row names plan fields \(title, organization, leader, budget\); the workbook also has "Notes" \(choose one with --sheet NAME\)/);
    expect(ndjson(run(['classify', workbook, '--sheet', 'Notes', '-f', 'ndjson']).out)).toHaveLength(1);
    const { code, err } = run(['classify', workbook, '--sheet', 'Budget']);
    expect(code).toBe(2);
    expect(err).toMatch(/has no sheet named "Budget"; its sheets are "Notes", "Plan"/);
  });

  it('rolls up a workbook too', () => {
    const rollup = JSON.parse(run(['rollup', workbook, '--sheet', 'Plan', '-f', 'json']).out);
    expect(rollup.goals[0]).toMatchObject({ name: 'Grow EMEA revenue 20% by FY27', initiativeCount: 1, budget: [{ currency: null, amount: 2400000 }] });
  });
});

describe('malformed rows', () => {
  const bad = ['Objective,Team', 'Migrate the core ledger,Finance IT', 'Roll out telematics,Fleet,Ops,extra', 'Grow revenue 20%,', 'Pilot the portal,"Sales'].join('\n');

  it('stop the run by default, naming the line, with exit code 2', () => {
    const path = join(dir, 'bad.csv');
    writeFileSync(path, bad);
    const { code, err, out } = run(['classify', path, '-f', 'ndjson']);
    expect(code).toBe(2);
    expect(err).toMatch(/Malformed row at line 3: it has 4 fields but the plan has 2 columns/);
    expect(err).toMatch(/--skip-bad-rows/);
    expect(ndjson(out).map((row) => row.row)).toEqual([1]);
  });

  it('are skipped, reported and counted with --skip-bad-rows, exit code 1', () => {
    const path = join(dir, 'bad.csv');
    writeFileSync(path, bad);
    const { code, err, out } = run(['classify', path, '-f', 'ndjson', '--skip-bad-rows']);
    expect(code).toBe(1);
    expect(err).toMatch(/skipped line 3: row has 4 fields/);
    expect(err).toMatch(/skipped line 5: Quote Not Closed/);
    expect(err).toMatch(/2 malformed rows were skipped \(lines 3, 5\)/);
    expect(ndjson(out).map((row) => row.row)).toEqual([1, 3]);
  });
});

describe('parent references', () => {
  // A parent named in a quoted cell (a comma, a line break, doubled quotes) is the row whose title it is.
  const plan = [
    'Objective,Team,Lead,Parent',
    '"Be the region\'s ""first call"" lender, north and south",,,',
    'Launch the partner referral program,EMEA Sales,Dana Whitfield,"Be the region\'s ""first call"" lender, north and south"',
    '"Lift customer\nsatisfaction to 90%",,,',
    'Pilot video advice in branches,Retail,Raj Patel,"Lift customer\nsatisfaction to 90%"',
  ];

  it('are read from quoted cells, commas, doubled quotes and line breaks included', () => {
    const path = join(dir, 'parents.csv');
    writeFileSync(path, plan.join('\n'));
    const rows = ndjson(run(['classify', path, '-f', 'ndjson']).out);
    expect(rows.map((row) => row.row)).toEqual([1, 2, 3, 4]);
    for (const goal of [rows[0], rows[2]]) expect(goal.reason).toMatch(/other rows name it as their parent/);
    for (const work of [rows[1], rows[3]]) expect(work.reason).not.toMatch(/name it as their parent/);
  });

  it('are still found when a line\'s quote is never closed and --skip-bad-rows skips it', () => {
    const path = join(dir, 'parents-broken.csv');
    writeFileSync(path, [...plan, 'Grow deposits 8%,"Retail,,'].join('\n'));
    const { err, out } = run(['classify', path, '-f', 'ndjson', '--skip-bad-rows']);
    expect(err).toMatch(/skipped line 8: Quote Not Closed/);
    const rows = ndjson(out);
    expect(rows.map((row) => row.row)).toEqual([1, 2, 3, 4]);
    for (const goal of [rows[0], rows[2]]) expect(goal.reason).toMatch(/other rows name it as their parent/);
  });
});

describe('standard input', () => {
  it('streams through a pipe and still sees parent links that point forward', () => {
    const plan = ['Objective,Team,Lead,Parent', 'Launch the partner referral program,EMEA Sales,Dana Whitfield,Partner-led growth', 'Partner-led growth,,,'].join('\n');
    const rows = ndjson(run(['classify', '-', '-f', 'ndjson'], plan).out);
    expect(rows[1]).toMatchObject({ row: 2, label: 'Goal' });
    expect(rows[1].reason).toMatch(/other rows name it as their parent/);
  });

  it('prints no progress bar when its output is piped', () => {
    const { err } = run(['classify', join(root, 'examples/account-plan.csv'), '-f', 'csv']);
    expect(err).not.toMatch(/Classifying|█/);
    expect(run(['classify', join(root, 'examples/account-plan.csv'), '-f', 'csv', '--quiet']).err).toBe('');
  });
});

describe('a list of statements saved by hand', () => {
  it('reads a line that splits on its own unquoted commas as one statement', () => {
    const path = join(dir, 'list.csv');
    writeFileSync(path, ['Statement', 'Rollout of Microsoft Copilot to 2,000 seats', 'Reduce churn below 5%', 'Implement Okta SSO, CISO office, John Park, $180K', 'Launch a partner portal'].join('\n'));
    const { code, err, out } = run(['classify', path, '-f', 'ndjson']);
    expect(code, err).toBe(0);
    expect(err).toMatch(/title ← "Statement" \(header\)/);
    expect(err).not.toMatch(/Column B/);
    const rows = ndjson(out);
    expect(rows.map((row) => row.row)).toEqual([1, 2, 3, 4]);
    expect(rows[2]).toMatchObject({ label: 'Initiative', basis: 'criteria' });
    expect(rows[2].evidence.budget).toBe('$180K');
    const csv = run(['classify', path, '-f', 'csv', '--quiet']).out.split('\n');
    expect(csv[1]).toContain('"Rollout of Microsoft Copilot to 2,000 seats"');
  });

  it('still reads a table below a one-line title as a table', () => {
    const path = join(dir, 'titled.csv');
    writeFileSync(path, ['Account plan', 'Objective,Team,Lead,Budget', 'Roll out the portal,Sales Ops,Dana Whitfield,$85k', 'Grow revenue 20%,,,'].join('\n'));
    const { err } = run(['classify', path, '-f', 'ndjson']);
    expect(err).toMatch(/header row 2/);
    expect(err).toMatch(/budget ← "Budget"/);
  });
});

describe('the delimiter', () => {
  it('is the one most lines split on, whatever a title line above the table holds', () => {
    const path = join(dir, 'titled-semicolons.csv');
    writeFileSync(path, ['Plan de compte Banque Lumière 2027', 'Réf.;Intitulé;Dép.;Resp.;Budget;Début;Échéance', 'A1;Devenir la banque préférée des PME en Occitanie;Direction commerciale;;;;', "A2;Déployer le nouveau portail client d'ici fin 2027;DSI;Claire Martin;180 000 €;15/01/2027;12 mois"].join('\n'));
    const { code, err, out } = run(['classify', path, '-f', 'ndjson']);
    expect(code, err).toBe(0);
    expect(err).toMatch(/header row 2/);
    expect(err).toMatch(/title ← "Intitulé"/);
    expect(err).toMatch(/organization ← "Dép\."/);
    expect(ndjson(out)[1]).toMatchObject({ label: 'Initiative', score: 5 });
  });
});
