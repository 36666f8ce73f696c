/**
 * Helpers for the BigQuery tests: the real CLI spawned on temp files, the built library in a
 * bare node:vm context (nothing but the language, as in BigQuery's sandbox), and
 * goalpost.sql read with a GoogleSQL parser.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import vm from 'node:vm';
import { parse } from 'sql-parser-cst';

export const root = join(__dirname, '../..');
const bin = join(root, 'bin/goalpost.js');

export function goalpost(args: string[]) {
  const result = spawnSync('node', [bin, ...args], { encoding: 'utf8', cwd: root });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'goalpost-bq-'));
}

/** The library loaded as BigQuery loads it: evaluated as a classic script in a context with no host objects. */
export function loadLibrary(path: string): vm.Context {
  const context = vm.createContext({});
  vm.runInContext(readFileSync(path, 'utf8'), context, { filename: 'goalpost-bq.js' });
  return context;
}

export type Cst = ReturnType<typeof parse>;
type Node = { type: string; [key: string]: unknown };

export function parseSql(text: string): Cst {
  return parse(text, { dialect: 'bigquery', includeRange: true });
}

/** Every node of a CST, depth first. */
export function* nodes(node: unknown): Generator<Node> {
  if (Array.isArray(node)) {
    for (const child of node) yield* nodes(child);
  } else if (node && typeof node === 'object') {
    if (typeof (node as Node).type === 'string') yield node as Node;
    for (const [key, child] of Object.entries(node)) if (key !== 'range') yield* nodes(child);
  }
}

const typeText = (dataType: unknown, sql: string): string => {
  const range = (dataType as { range: [number, number] }).range;
  return sql.slice(range[0], range[1]).replace(/\s+/g, ' ');
};

export interface SqlFunction {
  name: string;
  params: Array<{ name: string; type: string }>;
  returns: Array<{ name: string; type: string }> | string;
  language: string;
  libraries: string[];
  body: string;
}

/** The CREATE FUNCTION statements of goalpost.sql, read from the parse tree. */
export function sqlFunctions(sql: string): SqlFunction[] {
  const cst = parseSql(sql);
  return cst.statements
    .filter((statement) => statement.type === 'create_function_stmt')
    .map((statement) => {
      const s = statement as unknown as Node & { name: Node; params: { expr: { items: Array<{ name: { name: string }; dataType: unknown }> } }; clauses: Node[] };
      const range = (s.name as unknown as { range: [number, number] }).range;
      const returns = s.clauses.find((clause) => clause.type === 'returns_clause') as unknown as { dataType: Node & { params?: { params: { items: Array<{ name: { name: string }; dataType: unknown }> } } } };
      const struct = returns.dataType.params?.params.items;
      const options = s.clauses.find((clause) => clause.type === 'bigquery_options');
      const libraries = [...nodes(options)].filter((node) => node.type === 'string_literal').map((node) => node.value as string);
      const body = (s.clauses.find((clause) => clause.type === 'as_clause') as unknown as { expr: { value: string } }).expr.value;
      const language = (s.clauses.find((clause) => clause.type === 'language_clause') as unknown as { name: { name: string } }).name.name;
      return {
        name: sql.slice(range[0], range[1]).replace(/`/g, ''),
        params: s.params.expr.items.map((item) => ({ name: item.name.name, type: typeText(item.dataType, sql) })),
        returns: struct ? struct.map((item) => ({ name: item.name.name, type: typeText(item.dataType, sql) })) : typeText(returns.dataType, sql),
        language,
        libraries,
        body,
      };
    });
}

/** A function as BigQuery calls it: its body run in the library's context, with the SQL argument names as parameters. */
export function udf(context: vm.Context, fn: SqlFunction): (...args: unknown[]) => unknown {
  return vm.runInContext(`(function (${fn.params.map((p) => p.name).join(', ')}) {${fn.body}})`, context);
}
