/**
 * The built library and goalpost.sql as a BigQuery user gets them: the SQL parses as
 * GoogleSQL, the function's arguments are the record's fields, its STRUCT is what the
 * library returns (names and types), the library needs nothing but the language, and
 * whatever BigQuery hands it gives a verdict, never an exception.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import { beforeAll, describe, expect, it } from 'vitest';
import { goalpost, loadLibrary, parseSql, root, sqlFunctions, tempDir, udf, type SqlFunction } from './bigquery';

/** DESIGN.md's record and result, as users read them there. */
const RECORD = ['title', 'description', 'organization', 'leader', 'manager', 'owner', 'sponsor', 'budget', 'start', 'end', 'timeframe', 'parent', 'id', 'account'];
const RESULT = ['label', 'basis', 'score', 'program', 'organization', 'leadership', 'budget', 'timeframe', 'theme', 'reason'];

let out: string;
let sql: string;
let classify: SqlFunction;
let context: vm.Context;
let call: (...args: unknown[]) => Record<string, unknown>;

beforeAll(() => {
  out = tempDir();
  const result = goalpost(['bigquery', '--out', out, '--library-uri', 'gs://acme-plans/lib/goalpost-bq.js', '--dataset', 'acme-sales.goalpost', '--quiet']);
  expect(result.code, result.err).toBe(0);
  sql = readFileSync(join(out, 'goalpost.sql'), 'utf8');
  [classify] = sqlFunctions(sql);
  context = loadLibrary(join(out, 'goalpost-bq.js'));
  call = udf(context, classify) as typeof call;
});

/** Calls goalpost_classify's body with named arguments, the others NULL (all fields are columns unless `columns` says). */
function classifyWith(values: Record<string, unknown>): Record<string, unknown> {
  return call(...classify.params.map((param) => (param.name in values ? values[param.name] : param.name === 'columns' || param.name === 'headers' ? [] : null)));
}

const jsType: Record<string, (value: unknown) => boolean> = {
  STRING: (value) => value === null || typeof value === 'string',
  INT64: (value) => Number.isInteger(value),
  BOOL: (value) => typeof value === 'boolean',
  FLOAT64: (value) => value === null || typeof value === 'number',
};

describe('goalpost.sql', () => {
  it('parses as GoogleSQL: two LANGUAGE js functions loading the library from the given Cloud Storage path', () => {
    const functions = sqlFunctions(sql);
    expect(functions.map((f) => f.name)).toEqual(['acme-sales.goalpost.goalpost_classify', 'acme-sales.goalpost.goalpost_key']);
    for (const f of functions) {
      expect(f.language).toBe('js');
      expect(f.libraries).toEqual(['gs://acme-plans/lib/goalpost-bq.js']);
    }
    expect(() => parseSql(sql.replace('RETURNS STRUCT<', 'RETURNS STRUCT<<'))).toThrow();
  });

  it("takes the record's fields as STRING arguments in DESIGN.md's order, then isParent, the columns, their headers and the threshold", () => {
    expect(classify.params.map((p) => p.name)).toEqual([...RECORD, 'isParent', 'columns', 'headers', 'threshold']);
    expect(classify.params.slice(0, RECORD.length).every((p) => p.type === 'STRING')).toBe(true);
    expect(classify.params.slice(RECORD.length).map((p) => p.type)).toEqual(['BOOL', 'ARRAY<STRING>', 'ARRAY<STRING>', 'FLOAT64']);
    // BigQuery refuses INT64 arguments to JavaScript functions.
    expect(classify.params.some((p) => p.type.includes('INT64'))).toBe(false);
  });

  it("returns a STRUCT whose fields and types are exactly what the library returns, DESIGN.md's ten first", () => {
    const struct = classify.returns as Array<{ name: string; type: string }>;
    expect(struct.slice(0, RESULT.length).map((f) => f.name)).toEqual(RESULT);
    const samples = [
      { title: 'Migrate the order desk to a hosted CRM', organization: 'Sales Ops', leader: 'Ines Duarte', budget: '€120k', end: '2026-11-30' },
      { title: 'Grow subscription revenue 25% by FY28', isParent: true },
      { title: null },
      { title: 'qqqq', budget: 'n/a' },
    ];
    for (const sample of samples) {
      const result = classifyWith(sample);
      expect(Object.keys(result)).toEqual(struct.map((f) => f.name));
      for (const field of struct) expect(jsType[field.type](result[field.name]), `${field.name} ${field.type}: ${JSON.stringify(result[field.name])}`).toBe(true);
    }
  });

  it('passes every argument into the record by its own name', () => {
    // The function's body run against a stand-in library that keeps what it is given.
    const probe = vm.createContext({});
    vm.runInContext('var got; var goalpost = { classifyRecord: function (r, t, c, h) { got = { r: r, t: t, c: c, h: h }; return {}; } };', probe);
    const values = Object.fromEntries(RECORD.map((field) => [field, `value of ${field}`]));
    udf(probe, classify)(...classify.params.map((param) => ({ ...values, isParent: true, threshold: 4, columns: ['title'], headers: ['Objective'] })[param.name]));
    const got = vm.runInContext('got', probe);
    expect(got.r).toEqual({ ...values, isParent: true });
    expect([got.t, got.c, got.h]).toEqual([4, ['title'], ['Objective']]);
  });
});

describe('the library in a bare vm', () => {
  it('is one self-contained script under BigQuery\'s 1 MB library limit, defining only the global goalpost', () => {
    const text = readFileSync(join(out, 'goalpost-bq.js'), 'utf8');
    expect(Buffer.byteLength(text)).toBeLessThan(1024 * 1024);
    expect(text).not.toMatch(/\brequire\(|\bimport\(|\bprocess\.|\bdocument\.|\bwindow\.|SpreadsheetApp/);
    const bare = vm.createContext({});
    const before = new Set(Object.getOwnPropertyNames(vm.runInContext('globalThis', bare)));
    vm.runInContext(text, bare);
    const added = Object.getOwnPropertyNames(vm.runInContext('globalThis', bare)).filter((name) => !before.has(name));
    expect(added).toEqual(['goalpost']);
    expect(typeof vm.runInContext('goalpost.classifyRecord', bare)).toBe('function');
  });

  it('gives a verdict, never an exception, for what BigQuery can hand it: NULLs, FLOAT64 numbers, DATE and TIMESTAMP values, very long text', () => {
    const inContext = (code: string) => vm.runInContext(code, context);
    const long = 'Harmonise the spare-parts catalogue across every plant and warehouse. '.repeat(20_000);
    const cases: Array<Record<string, unknown>> = [
      {},
      Object.fromEntries(RECORD.map((field) => [field, null])),
      { title: 'Deploy a new warehouse scanner fleet', budget: 250000, end: 46022, timeframe: 12.5 },
      { title: 'Deploy a new warehouse scanner fleet', budget: Number.NaN, start: Infinity },
      { title: 'Open the Lisbon service hub', start: '2026-04-01', end: '2027-03-31', budget: '1.5e6' },
      { title: 'Open the Lisbon service hub', start: inContext('new Date("2026-04-01T00:00:00Z")'), end: inContext('new Date("2027-03-31T23:59:59.999Z")') },
      { title: 'Open the Lisbon service hub', end: inContext('new Date(NaN)') },
      { title: long, description: long, organization: long, leader: long, budget: long, parent: long },
      { title: true, budget: false, id: 7, parent: 7 },
      { title: inContext('[1, 2]'), description: inContext('({ a: 1 })'), owner: inContext('Symbol("x")') },
      { title: '#N/A', budget: '#REF!' },
      { title: '\u0000\u200b\ufeff', isParent: 'yes' },
    ];
    const thresholds = [null, 3, 1, 5, 0, 99, Number.NaN, 2.6];
    for (const record of cases) {
      for (const threshold of thresholds) {
        const result = classifyWith({ ...record, threshold, columns: [], headers: [] });
        expect(['Initiative', 'Goal', 'Unclear']).toContain(result.label);
        expect(Number.isInteger(result.score) && (result.score as number) >= 0 && (result.score as number) <= 5).toBe(true);
        expect(typeof result.reason).toBe('string');
        expect((result.reason as string).length).toBeGreaterThan(0);
        // Far under BigQuery's ~5 MB output per row, whatever the input's size.
        expect(JSON.stringify(result).length).toBeLessThan(10_000);
      }
    }
  });

  it('reads a FLOAT64 budget and DATE values as the engine reads the same cells from a spreadsheet', () => {
    const inContext = (code: string) => vm.runInContext(code, context);
    const result = classifyWith({
      title: 'Roll out the new field-service app to all technicians',
      organization: 'Service Operations',
      leader: 'Tomás Varga',
      budget: 480000,
      start: inContext('new Date("2026-02-01T00:00:00Z")'),
      end: '2026-12-31',
      columns: ['title', 'organization', 'leader', 'budget', 'start', 'end'],
      headers: ['Title', 'Team', 'Lead', 'Budget', 'Start', 'End'],
    });
    expect(result).toMatchObject({ label: 'Initiative', score: 5, budget: true, timeframe: true, budgetAmount: 480000 });
  });

  it('keys parent references as the command line compares them', () => {
    const key = udf(context, sqlFunctions(sql)[1]);
    expect(key('  Grow  Commercial Lending — Revenue 15%! ')).toBe(key('grow commercial lending revenue 15%'));
    expect(key('Zürich façade')).toBe(key('zurich facade'));
    expect(key(null)).toBe('');
  });
});

describe('goalpost bigquery --from --table', () => {
  it('writes the verdict table and a roll-up view that sums budgets per currency with GROUP BY, all valid GoogleSQL', () => {
    const dir = tempDir();
    const result = goalpost(['bigquery', '--out', dir, '--library-uri', 'gs://acme-plans/goalpost-bq.js', '--from', join(root, 'examples/account-plan.csv'), '--table', 'acme-sales.plans.exports']);
    expect(result.code, result.err).toBe(0);
    expect(result.err).toContain('title ← "Objective Name" (header), BigQuery column Objective_Name');
    const text = readFileSync(join(dir, 'goalpost.sql'), 'utf8');
    const statements = parseSql(text).statements.filter((s) => s.type !== 'empty');
    expect(statements.map((s) => s.type)).toEqual(['create_function_stmt', 'create_function_stmt', 'create_table_stmt', 'create_view_stmt']);
    const view = text.slice(...(statements[3] as unknown as { range: [number, number] }).range);
    expect(view).toMatch(/CREATE OR REPLACE VIEW `acme-sales\.plans\.exports_goalpost_rollup`/);
    expect(view).toMatch(/SUM\(amount\)[\s\S]*GROUP BY goal_ref, currency/);
    expect(view).toMatch(/COUNT\(\*\) AS initiative_count/);
    expect(text).toContain('bq load --source_format=CSV --skip_leading_rows=1 --allow_quoted_newlines acme-sales:plans.exports account-plan.csv goalpost-schema.json');
  });

  it('loads a semicolon file with title lines above its header the way Goalpost read it', () => {
    const dir = tempDir();
    const plan = join(dir, 'plan.csv');
    writeFileSync(plan, ['Account plan Nordwerk 2026;;', 'Erstellt von: J. Berg;;', 'Ziel / Maßnahme;Verantwortlich;Budget (EUR)', 'Umsatz um 10 % steigern;;', 'CRM einführen;Jana Schulz;120000'].join('\n'));
    const result = goalpost(['bigquery', '--out', join(dir, 'out'), '--library-uri', 'gs://acme-plans/goalpost-bq.js', '--from', plan, '--table', 'acme-sales.plans.nordwerk']);
    expect(result.code, result.err).toBe(0);
    const text = readFileSync(join(dir, 'out', 'goalpost.sql'), 'utf8');
    expect(text).toContain("bq load --source_format=CSV --skip_leading_rows=3 --allow_quoted_newlines --field_delimiter=';' acme-sales:plans.nordwerk plan.csv");
  });
});

describe('goalpost bigquery, a file not in UTF-8', () => {
  it('tells bq load the encoding Goalpost read the file in', () => {
    const dir = tempDir();
    const windows = join(dir, 'windows.csv');
    writeFileSync(windows, Buffer.from('Maßnahme;Leitung\r\nLieferantenportal einführen;Jörg Weiß\r\n', 'latin1'));
    const utf16 = join(dir, 'unicode.txt');
    writeFileSync(utf16, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Objective\tLead\r\nRoll out the portal\tDana Whitfield\r\n', 'utf16le')]));
    const load = (plan: string, out: string) => {
      const result = goalpost(['bigquery', '--out', join(dir, out), '--library-uri', 'gs://acme-plans/goalpost-bq.js', '--from', plan, '--table', 'acme-sales.plans.t']);
      expect(result.code, result.err).toBe(0);
      return readFileSync(join(dir, out, 'goalpost.sql'), 'utf8');
    };
    expect(load(windows, 'a')).toContain("--field_delimiter=';' --encoding=ISO-8859-1 acme-sales:plans.t windows.csv");
    expect(load(utf16, 'b')).toContain('--field_delimiter=tab --encoding=UTF-16LE acme-sales:plans.t unicode.txt');
  });
});

describe('goalpost bigquery, refusals', () => {
  const run = (args: string[]) => goalpost(['bigquery', ...args]);

  it('says what it needs when --library-uri is missing or malformed, and writes nothing', () => {
    const dir = join(tempDir(), 'out');
    const missing = run(['--out', dir]);
    expect(missing.code).toBe(2);
    expect(missing.err).toMatch(/--library-uri gs:\/\/BUCKET\/goalpost-bq\.js/);
    const bad = run(['--out', dir, '--library-uri', "gs://b/x.js'); DROP TABLE t; --"]);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/--library-uri takes/);
    expect(existsSync(dir)).toBe(false);
  });

  it('refuses a table or dataset name that is not PROJECT.DATASET.TABLE, and --from without --table', () => {
    const dir = tempDir();
    const plan = join(root, 'examples/account-plan.csv');
    const uri = ['--library-uri', 'gs://acme-plans/goalpost-bq.js'];
    expect(run(['--out', dir, ...uri, '--from', plan, '--table', 'plans']).err).toMatch(/PROJECT\.DATASET\.TABLE/);
    expect(run(['--out', dir, ...uri, '--from', plan, '--table', 'p.d.t`; DROP']).code).toBe(2);
    expect(run(['--out', dir, ...uri, '--dataset', 'a.b.c']).code).toBe(2);
    const alone = run(['--out', dir, ...uri, '--from', plan]);
    expect(alone.code).toBe(2);
    expect(alone.err).toMatch(/--from and --table go together/);
  });

  it("never replaces a file it did not write, and replaces its own", () => {
    const dir = tempDir();
    const uri = ['--library-uri', 'gs://acme-plans/goalpost-bq.js', '--quiet'];
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'goalpost.sql'), 'SELECT 1; -- my own query\n');
    const refused = run(['--out', dir, ...uri]);
    expect(refused.code).toBe(2);
    expect(refused.err).toMatch(/was not written by goalpost/);
    expect(readFileSync(join(dir, 'goalpost.sql'), 'utf8')).toBe('SELECT 1; -- my own query\n');
    expect(existsSync(join(dir, 'goalpost-bq.js'))).toBe(false);

    const fresh = tempDir();
    expect(run(['--out', fresh, ...uri]).code).toBe(0);
    expect(run(['--out', fresh, '--library-uri', 'gs://other-bucket/goalpost-bq.js', '--quiet']).code).toBe(0);
    expect(readFileSync(join(fresh, 'goalpost.sql'), 'utf8')).toContain("gs://other-bucket/goalpost-bq.js");
  });
});
