import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';

const bin = join(__dirname, '../../bin/goalpost.js');
const dir = mkdtempSync(join(tmpdir(), 'goalpost-cli-'));

function run(args: string[], input?: string | Buffer) {
  const result = spawnSync('node', [bin, ...args], { input, encoding: 'utf8', cwd: join(__dirname, '../..') });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

function file(name: string, content: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

const plan = [
  'Objective,Team,Lead,Budget,Due',
  'Migrate the core ledger to the cloud,Finance IT,Dana Whitfield,$2.4M,2027-06-30',
  'Grow EMEA revenue 20% by FY27,,CRO,,FY27',
  ',,,,',
  'Follow up with procurement,,,,',
].join('\n');

describe('goalpost classify', () => {
  it('prints one NDJSON object per data row in the documented shape, skipping blank rows but keeping numbers', () => {
    const { code, out } = run(['classify', file('plan.csv', plan), '--format', 'ndjson']);
    expect(code).toBe(0);
    const rows = out.trim().split('\n').map((line) => JSON.parse(line));
    expect(rows.map((row) => [row.row, row.label])).toEqual([[1, 'Initiative'], [2, 'Goal'], [4, 'Unclear']]);
    expect(Object.keys(rows[0])).toEqual(['row', 'label', 'score', 'criteria', 'theme', 'basis', 'reason', 'evidence']);
    expect(rows[0].criteria).toEqual({ program: true, organization: true, leadership: true, budget: true, timeframe: true });
    expect(rows.map((row) => row.basis)).toEqual(['criteria', 'wording', 'wording']);
    expect(rows[1].theme).toBe('Growth');
  });

  it('prints a JSON array with --format json', () => {
    const rows = JSON.parse(run(['classify', file('plan.csv', plan), '-f', 'json']).out);
    expect(rows).toHaveLength(3);
    expect(rows[0].score).toBe(5);
  });

  it('prints a readable table with counts by default', () => {
    const { out } = run(['classify', file('plan.csv', plan)]);
    expect(out).toMatch(/Row\s+Statement\s+Label\s+Score/);
    expect(out).toMatch(/1\s+Migrate the core ledger to the cloud\s+Initiative\s+5\/5\s+✓ ✓ ✓ ✓ ✓/);
    expect(out).toContain('3 rows: 1 initiative, 1 goal, 1 unclear');
  });

  it('writes CSV with the input columns plus Goalpost columns, neutralising formula-like cells', () => {
    const hostile = 'Objective,Team\n=HYPERLINK("http://x"),@SUM(A1)\nMigrate the core ledger to the cloud,-Finance\n';
    const out = file('out.csv', '');
    expect(run(['classify', file('hostile.csv', hostile), '--format', 'csv', '--output', out]).code).toBe(0);
    const lines = readFileSync(out, 'utf8').trim().split('\n');
    expect(lines[0]).toBe('Objective,Team,Goalpost: Label,Goalpost: Score,Goalpost: Program,Goalpost: Organization,Goalpost: Leadership,Goalpost: Budget,Goalpost: Timeframe,Goalpost: Theme,Goalpost: Reason');
    expect(lines[1].startsWith(`"'=HYPERLINK(""http://x"")",'@SUM(A1),`)).toBe(true);
    expect(lines[2]).toContain(",'-Finance,");
    const raw = run(['classify', file('hostile.csv', hostile), '--format', 'csv', '--raw']).out;
    expect(raw.split('\n')[1].startsWith('"=HYPERLINK(""http://x"")",@SUM(A1),')).toBe(true);
  });

  it('reads standard input with -', () => {
    const { code, out } = run(['classify', '-', '-f', 'ndjson'], plan);
    expect(code).toBe(0);
    expect(out.trim().split('\n')).toHaveLength(3);
  });

  it.each([
    ['a UTF-8 byte-order mark and CRLF', '\ufeff' + plan.replace(/\n/g, '\r\n')],
    ['semicolons', plan.replace(/,/g, ';')],
    ['tabs', plan.replace(/,/g, '\t')],
  ])('reads a file with %s', (_, content) => {
    const rows = run(['classify', file('variant.csv', content), '-f', 'ndjson']).out.trim().split('\n').map((l) => JSON.parse(l));
    expect(rows.map((row) => row.label)).toEqual(['Initiative', 'Goal', 'Unclear']);
  });

  it('reads UTF-16 with a byte-order mark, as Excel saves Unicode text', () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(plan.replace(/,/g, '\t'), 'utf16le')]);
    const rows = run(['classify', file('utf16.txt', utf16), '-f', 'ndjson']).out.trim().split('\n');
    expect(JSON.parse(rows[0]).label).toBe('Initiative');
  });

  it('reads a CSV that Excel on Windows saved in Windows-1252, says so, and keeps umlauts and euros', () => {
    const german = ['Maßnahme;Bereich;Leitung;Budget;Fällig', 'Einführung eines Lieferantenportals;Einkauf;Jörg Weiß;180.000 €;30.06.2027', 'Kundenzufriedenheit um 15 % erhöhen;;;;'].join('\r\n');
    const path = file('windows.csv', Buffer.from(Buffer.from(german, 'latin1').map((byte, i) => (german[i] === '€' ? 0x80 : byte))));
    const { out, err, code } = run(['classify', path, '-f', 'ndjson']);
    expect(code).toBe(0);
    expect(err).toContain('read as Windows-1252');
    const rows = out.trim().split('\n').map((line) => JSON.parse(line));
    expect(rows[0].label).toBe('Initiative');
    expect(rows[0].reason).toContain('“Einführung”');
    expect(rows[0].evidence.budget).toContain('180.000 €');
    expect(rows[0].criteria.budget).toBe(true);
    expect(rows[0].evidence.leadership).toContain('Jörg Weiß');
    expect(rows[1].label).toBe('Goal');
  });

  it('reads UTF-8 as UTF-8 even when the preview ends inside a character', () => {
    const long = `Objective,Team\n${'Grow revenue in Zürich by 20%,Vertrieb Süd\n'.repeat(3000)}`;
    const { err, out } = run(['classify', file('utf8-long.csv', long), '-f', 'ndjson']);
    expect(err).not.toContain('Windows-1252');
    expect(out).not.toContain('\ufffd');
  });

  it('keeps a line break inside a quoted cell in one row', () => {
    const content = 'Objective,Team\n"Migrate the core ledger\nto the cloud",Finance IT\nGrow revenue 20%,\n';
    const rows = run(['classify', file('quoted.csv', content), '-f', 'ndjson']).out.trim().split('\n').map((l) => JSON.parse(l));
    expect(rows.map((row) => row.row)).toEqual([1, 2]);
  });

  it('applies --map and --threshold', () => {
    const content = 'Headline,Team\nMigrate the core ledger to the cloud,Finance IT\n';
    const mapped = JSON.parse(run(['classify', file('m.csv', content), '-f', 'json', '--map', 'title=Headline', '--threshold', '1']).out);
    expect(mapped[0]).toMatchObject({ label: 'Initiative', score: 2 });
  });

  it.each([
    [['classify', join(dir, 'missing.csv')], /No such file: .*missing\.csv/],
    [['classify', 'EMPTY'], /is empty: there are no rows to classify/],
    [['classify', 'NUMBERS'], /No column holds goal or initiative text \(found headers "Budget", "Due"\).*--map title=HEADER/],
    [['classify', 'PLAN', '--map', 'title=Nope'], /No column "Nope" for title/],
    [['classify', 'PLAN', '--map', 'colour=Team'], /unknown field "colour"/],
    [['classify', 'PLAN', '--threshold', '9'], /--threshold takes a whole number from 1 to 5/],
    [['classify', 'PLAN', '--format', 'xml'], /Allowed choices are table, csv, ndjson, json/],
  ])('exits 2 with a one-line message for %j', (args, message) => {
    const paths: Record<string, string> = {
      EMPTY: file('empty.csv', ''),
      NUMBERS: file('numbers.csv', 'Budget,Due\n$1M,2026-01-01\n$2M,2027-01-01\n'),
      PLAN: file('plan.csv', plan),
    };
    const { code, err, out } = run(args.map((arg) => paths[arg] ?? arg));
    expect(code).toBe(2);
    expect(err).toMatch(message);
    expect(out).toBe('');
  });
});

describe('goalpost rollup', () => {
  const linked = [
    'Account,ID,Objective,Team,Lead,Budget,Due,Parent',
    'Acme,G1,Grow EMEA revenue 20% by FY27,,CRO,,FY27,',
    'Acme,I1,Launch partner referral program in EMEA,EMEA Sales,Dana Whitfield,€85k,2026-12-31,G1',
    'Acme,I2,Hire EMEA channel managers,EMEA Sales,Raj Patel,$300k,2026-09-30,Grow EMEA revenue 20% by FY27',
    'Acme,G2,Pass SOC 2 audit,,CISO,,2026,',
  ].join('\n');

  it('prints the JSON contract', () => {
    const rollup = JSON.parse(run(['rollup', file('linked.csv', linked), '--format', 'json']).out);
    expect(rollup.goals[0]).toMatchObject({
      name: 'Grow EMEA revenue 20% by FY27',
      row: 1,
      theme: 'Growth',
      initiativeCount: 2,
      budget: [{ currency: 'EUR', amount: 85000 }, { currency: 'USD', amount: 300000 }],
      end: '2026-12-31',
    });
    expect(rollup.goals[0].initiatives[0]).toMatchObject({ name: 'Launch partner referral program in EMEA', row: 2, link: 'explicit', budget: { amount: 85000, currency: 'EUR' } });
    expect(rollup.goals[1]).toMatchObject({ name: 'Pass SOC 2 audit', initiativeCount: 0 });
    expect(rollup).toHaveProperty('orphanInitiatives');
    expect(rollup).toHaveProperty('unclear');
  });

  it('prints Markdown, CSV and a table', () => {
    expect(run(['rollup', file('linked.csv', linked), '-f', 'md']).out).toMatch(/## Acme[\s\S]*### Grow EMEA revenue 20% by FY27[\s\S]*\| Launch partner referral program in EMEA \| 2 \| explicit \| 5\/5 \| EUR 85,000 \|/);
    const csv = run(['rollup', file('linked.csv', linked), '-f', 'csv']).out.trim().split('\n');
    expect(csv[0]).toBe('Account,Goal,Theme,Initiatives,Initiative,Link,Similarity,Criteria met,Budget,Currency,Start,End,Organizations,Leaders,Why-chain,Row');
    expect(csv[1]).toBe('Acme,Grow EMEA revenue 20% by FY27,Growth,2,,,,,"EUR 85,000 + USD 300,000",,,2026-12-31,EMEA Sales,"Dana Whitfield, Raj Patel",,1');
    expect(csv[2]).toContain('Acme,Grow EMEA revenue 20% by FY27,,,Launch partner referral program in EMEA,explicit,,5,85000,EUR,');
    expect(run(['rollup', file('linked.csv', linked)]).out).toMatch(/◆ Pass SOC 2 audit[\s\S]*0 initiatives/);
  });

  it('keeps every text it holds exactly as the plan wrote it, in any script and at any length', () => {
    // The roll-up copies the texts it keeps out of the parsed file: Latin-1 ones in one byte a
    // character, others as they are, short ones untouched.
    const goal = 'Faire croître le chiffre d’affaires de 15 % en Île-de-France';
    const texts = [
      ['Kundenbindung: Abwanderung unter 4 % senken', 'Zoë Müller', 'Équipe Relation Client'],
      ['在华东地区推出合作伙伴计划以扩大渠道覆盖 🚀', '王小明', '渠道销售部'],
      ['Lançar portal de autoatendimento para clientes', 'Inês Araújo', 'TI'],
    ];
    const lines = ['Account,ID,Objective,Team,Lead,Budget,Due,Parent', `Société Générale d’Études,G1,${goal},,CRO,,FY27,`];
    texts.forEach(([title, lead, team], i) => lines.push(`Société Générale d’Études,I${i + 1},${title},${team},${lead},€${i + 2}0k,2027-0${i + 3}-30,G1`));
    const rollup = JSON.parse(run(['rollup', file('scripts.csv', lines.join('\n')), '--format', 'json', '--quiet']).out);
    const shown = new Set<string>();
    const gather = (value: unknown): void => {
      if (typeof value === 'string') shown.add(value);
      else if (value && typeof value === 'object') for (const inner of Object.values(value)) gather(inner);
    };
    gather(rollup);
    expect(rollup.goals[0]).toMatchObject({ name: goal, account: 'Société Générale d’Études' });
    for (const [title] of texts) expect(shown).toContain(title);
    expect(rollup.summary.rows).toBe(4);
  });
});

describe('the output format', () => {
  it('follows the --output file name when no --format is given, and --format wins when it is', () => {
    const dir = dirname(file('format-plan.csv', plan));
    const csv = join(dir, 'verdicts.csv');
    expect(run(['classify', file('format-plan.csv', plan), '-o', csv, '--quiet']).code).toBe(0);
    expect(readFileSync(csv, 'utf8').split('\n')[0]).toMatch(/^Objective,.*,Goalpost: Label,/);
    const json = join(dir, 'rollup.json');
    expect(run(['rollup', file('format-plan.csv', plan), '-o', json, '--quiet']).code).toBe(0);
    expect(JSON.parse(readFileSync(json, 'utf8'))).toHaveProperty('goals');
    const table = join(dir, 'asked.csv');
    expect(run(['classify', file('format-plan.csv', plan), '-o', table, '-f', 'table', '--quiet']).code).toBe(0);
    expect(readFileSync(table, 'utf8')).toMatch(/^Row\s+Statement/);
  });

  it('writes CSV with the delimiter of the plan it read, so a semicolon export opens in the same Excel', () => {
    const semicolons = ['Ziel;Bereich;Budget', 'Umsatz um 10 % steigern;;', '"CRM einführen; Phase 1";Vertrieb;120.000 €'].join('\n');
    const lines = run(['classify', file('semicolons.csv', semicolons), '-f', 'csv', '--quiet']).out.trim().split('\n');
    expect(lines[0]).toMatch(/^Ziel;Bereich;Budget;Goalpost: Label;/);
    expect(lines[2]).toMatch(/^"CRM einführen; Phase 1";Vertrieb;120\.000 €;Initiative;/);
    expect(run(['classify', file('commas.csv', plan), '-f', 'csv', '--quiet']).out.split('\n')[0]).toMatch(/^Objective,Team,Lead,Budget,Due,Goalpost: Label,/);
  });

  it('lists the unclear rows in the roll-up table, with what each needs, and dates a goal with no start by its due date', () => {
    const content = ['Objective,Team,Lead,Budget,Due', 'Be the preferred bank for Nordic SMEs,,,,2027-12-31', 'Follow up with procurement,,,,', 'Pilot a chatbot,Digital,,TBD,TBD'].join('\n');
    const { out, code } = run(['rollup', file('unclear-plan.csv', content), '--quiet']);
    expect(code).toBe(0);
    expect(out).toContain('due 2027-12-31');
    expect(out).not.toContain('? →');
    expect(out).toMatch(/Unclear rows[^\n]*\n {2}• Follow up with procurement \(row 2\): Reads as a to-do note/);
    expect(out).toMatch(/ {2}• Pilot a chatbot \(row 3\): /);
  });

  it.each([
    ['classify', 'verdicts.xlsx', /Cannot write \.xlsx here: the formats are csv, ndjson, json/],
    ['classify', 'verdicts.md', /Cannot write \.md here/],
    ['rollup', 'rollup.ndjson', /Cannot write \.ndjson here: the formats are md, csv, json/],
  ])('%s refuses an --output named %s, a format it does not write, and writes nothing', (command, name, message) => {
    const target = join(dir, name);
    const result = run([command, file('format-plan.csv', plan), '-o', target, '--quiet']);
    expect(result.code).toBe(2);
    expect(result.err).toMatch(message);
    expect(existsSync(target)).toBe(false);
  });
});
