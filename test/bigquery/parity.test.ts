/**
 * The BigQuery library gives, row for row, what the command line gives on the same plan.
 * Each fixture is classified by the real CLI (ndjson), then `goalpost bigquery --from` writes
 * the library and goalpost.sql for it, and the test does what BigQuery would: loads the CSV
 * into a table of STRING columns as goalpost-schema.json says, takes the columns the
 * generated query takes, computes isParent with the generated key function and the join's
 * rule, and calls goalpost_classify's own body in a bare vm with the library loaded.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { goalpost, loadLibrary, nodes, parseSql, root, sqlFunctions, tempDir, udf } from './bigquery';

const dir = tempDir();

/** A plan of values real exports hold and junk, written here: error values, formula text, numbers, odd dates, a 30,000-character cell. */
function junkPlan(): string {
  const long = 'Consolidate the regional data centres into one hosted facility and retire the old racks. '.repeat(340);
  const rows = [
    ['ID', 'Title', 'Team', 'Owner', 'Budget', 'Due', 'Parent'],
    ['J1', 'Increase net revenue retention above 110%', '', 'VP Sales', '', 'FY2027', ''],
    ['J2', long, 'Infrastructure', 'Sam Okafor', '4500000', '2027-03-31', 'J1'],
    ['J3', '#N/A', '#REF!', '', '#VALUE!', '', 'J1'],
    ['J4', '=HYPERLINK("http://example.invalid")', '@SUM(A1)', '+1', '-5', '31/12/2026', ''],
    ['J5', '42', '3.14', 'TRUE', '0', '1899-12-30', 'increase net revenue retention above 110 %'],
    ['J6', 'Ünïcödé façade réñovation at the Zürich office', 'Facilities', 'Zoë Müller', 'CHF 300k', 'H2 2026', 'J1'],
    ['J7', '   ', '', '', 'n/a', 'TBD', ''],
    ['', 'Replace the legacy ticketing tool with a SaaS help desk', 'Support', 'Ravi Iyer', '$60,000', 'next 6 months', 'j1'],
  ];
  return rows.map((row) => row.map((cell) => `"${cell.replace(/"/g, '""')}"`).join(',')).join('\n') + '\n';
}

const junk = join(dir, 'junk.csv');
writeFileSync(junk, junkPlan());

const fixtures: Array<[string, string]> = [
  ['the example plan', join(root, 'examples/account-plan.csv')],
  ...readdirSync(join(__dirname, 'plans')).map((name): [string, string] => [name, join(__dirname, 'plans', name)]),
  ['junk and a 30,000-character cell', junk],
];


interface Emulated {
  label: unknown;
  basis: unknown;
  score: unknown;
  criteria: Record<string, unknown>;
  theme: unknown;
  reason: unknown;
}

/** What BigQuery computes for the plan's table with the generated goalpost.sql. */
function runInBigQueryEmulation(planPath: string, outDir: string): Emulated[] {
  const sql = readFileSync(join(outDir, 'goalpost.sql'), 'utf8');
  const schema: Array<{ name: string; type: string }> = JSON.parse(readFileSync(join(outDir, 'goalpost-schema.json'), 'utf8'));
  expect(schema.every((column) => column.type === 'STRING')).toBe(true);
  const skip = Number(/--skip_leading_rows=(\d)/.exec(sql)?.[1]);
  const [classify, key] = sqlFunctions(sql);
  const context = loadLibrary(join(outDir, 'goalpost-bq.js'));
  const classifyUdf = udf(context, classify);
  const keyUdf = udf(context, key);

  // bq load: the header skipped, each cell a STRING column, an empty cell NULL.
  const records: string[][] = parseCsv(readFileSync(planPath, 'utf8'), { bom: true, relax_column_count: true, skip_empty_lines: false });
  const table = records.slice(skip).map((cells) => Object.fromEntries(schema.map((column, i) => [column.name, cells[i] === undefined || cells[i] === '' ? null : cells[i]])));

  // The plan CTE: the columns the query reads, by the field they feed, and its blank-row filter.
  const tableSql = parseSql(sql).statements.find((statement) => statement.type === 'create_table_stmt');
  const text = sql.slice(...(tableSql as unknown as { range: [number, number] }).range);
  const fieldColumn = new Map([...text.matchAll(/CAST\(t\.`([^`]+)` AS STRING\) AS goalpost_field_(\w+)/g)].map((m) => [m[2], m[1]]));
  const rows = table.filter((row) => Object.values(row).some((value) => value !== null && value.trim() !== ''));

  // The call of goalpost_classify in the query, argument by argument.
  const call = [...nodes(tableSql)].find((node) => node.type === 'func_call' && JSON.stringify(node.name).includes('"goalpost_classify"')) as unknown as {
    args: { expr: { args: { items: Array<{ range: [number, number] }> } } };
  };
  const argNodes = call.args.expr.args.items;
  const args = argNodes.map((item) => sql.slice(...item.range));
  const literals = (name: string) =>
    [...nodes(argNodes[classify.params.findIndex((p) => p.name === name)])].filter((node) => node.type === 'string_literal').map((node) => node.value as string);
  expect(args).toHaveLength(classify.params.length);
  const columns = literals('columns');
  const headers = literals('headers');
  expect(headers).toHaveLength(columns.length);
  const threshold = Number(args[classify.params.findIndex((p) => p.name === 'threshold')]);
  expect([...columns].sort()).toEqual([...fieldColumn.keys()].sort());

  const value = (row: Record<string, string | null>, field: string) => (fieldColumn.has(field) ? row[fieldColumn.get(field) as string] : null);
  const parents = new Set(rows.map((row) => keyUdf(value(row, 'parent')) as string).filter((k) => k !== ''));
  const joins = fieldColumn.has('parent') ? ['id', 'title'].filter((field) => fieldColumn.has(field)) : [];
  return rows.map((row) => {
    const isParent = joins.some((field) => parents.has(keyUdf(value(row, field)) as string));
    const values = classify.params.map((param, i) => {
      if (param.name === 'isParent') return isParent;
      if (param.name === 'columns') return columns;
      if (param.name === 'headers') return headers;
      if (param.name === 'threshold') return threshold;
      // The argument the query passes for this field: its column, or NULL when the plan has none.
      expect(args[i]).toBe(fieldColumn.has(param.name) ? `goalpost_field_${param.name}` : 'CAST(NULL AS STRING)');
      return value(row, param.name);
    });
    const result = classifyUdf(...values) as Record<string, unknown>;
    return {
      label: result.label,
      basis: result.basis,
      score: result.score,
      criteria: Object.fromEntries(['program', 'organization', 'leadership', 'budget', 'timeframe'].map((k) => [k, result[k]])),
      theme: result.theme,
      reason: result.reason,
    };
  });
}

describe('goalpost_classify in BigQuery gives what goalpost classify gives', () => {
  it.each(fixtures)('%s, row for row', (_, planPath) => {
    const cli = goalpost(['classify', planPath, '--format', 'ndjson', '--quiet']);
    expect(cli.code, cli.err).toBe(0);
    const expected = cli.out.trim().split('\n').map((line) => JSON.parse(line));
    expect(expected.length).toBeGreaterThan(2);

    const out = tempDir();
    const bq = goalpost(['bigquery', '--out', out, '--library-uri', 'gs://acme-plans/goalpost-bq.js', '--from', planPath, '--table', 'acme-sales.plans.exports', '--quiet']);
    expect(bq.code, bq.err).toBe(0);
    const actual = runInBigQueryEmulation(planPath, out);

    expect(actual).toHaveLength(expected.length);
    expected.forEach((row, i) => {
      expect(actual[i], `data row ${row.row}`).toEqual({
        label: row.label,
        // The engine's basis, where it gives one; none on either side otherwise.
        basis: row.basis ?? null,
        score: row.score,
        criteria: row.criteria,
        theme: row.theme,
        reason: row.reason,
      });
    });
  });
});
