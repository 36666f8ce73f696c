// The BigQuery library's size and its cost per row, measured as BigQuery runs it: the built
// build/goalpost-bq.js evaluated in a bare node:vm context, goalpost_classify's own body
// (taken from the SQL that `goalpost bigquery` writes) called once per synthetic plan row
// with the plan's columns as STRING arguments. Used by bench.mjs.
import { readFileSync } from 'node:fs';
import vm from 'node:vm';
import { parse } from 'sql-parser-cst';

const FIELDS = { 'Account': 'account', 'Objective ID': 'id', 'Objective Name': 'title', 'Description': 'description', 'Business Unit': 'organization', 'Owner': 'owner', 'Project Manager': 'manager', 'Budget': 'budget', 'Start Date': 'start', 'Due Date': 'end', 'Parent Objective': 'parent' };

/** ms per row of goalpost_classify over `rows` (header names as in SYNTHETIC_HEADERS), after a warm-up pass. */
export function bigQueryBench(sqlPath, libraryPath, headers, rows) {
  const sql = readFileSync(sqlPath, 'utf8');
  const create = parse(sql, { dialect: 'bigquery' }).statements.find((s) => s.type === 'create_function_stmt');
  const params = create.params.expr.items.map((item) => item.name.name);
  const body = create.clauses.find((c) => c.type === 'as_clause').expr.value;
  const library = readFileSync(libraryPath, 'utf8');
  const context = vm.createContext({});
  const loadStart = performance.now();
  vm.runInContext(library, context);
  const loadMs = performance.now() - loadStart;
  const udf = vm.runInContext(`(function (${params.join(', ')}) {${body}})`, context);
  const fields = headers.map((header) => FIELDS[header]);
  const columns = fields.filter(Boolean);
  const names = headers.filter((header) => FIELDS[header]);
  const args = rows.map((cells) => {
    const values = Object.fromEntries(fields.map((field, i) => [field, cells[i] === '' ? null : cells[i]]));
    return params.map((name) => (name === 'isParent' ? false : name === 'columns' ? columns : name === 'headers' ? names : name === 'threshold' ? 3 : values[name] ?? null));
  });
  for (const a of args.slice(0, 1000)) udf(...a);
  const start = performance.now();
  for (const a of args) udf(...a);
  const ms = performance.now() - start;
  return { bytes: Buffer.byteLength(library), loadMs, rows: rows.length, ms, usPerRow: (ms * 1000) / rows.length };
}
