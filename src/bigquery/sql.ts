/**
 * goalpost.sql: the GoogleSQL that creates Goalpost's BigQuery functions and, for a plan
 * table, the table of verdicts and the roll-up view. Pure text generation from a plan's
 * layout (the same layout the command line finds), so a user who checked the mapping on
 * `goalpost classify` gets the same mapping in BigQuery.
 */
import { columnLetter, type Field, type PlanLayout } from '../core';
import { RECORD_FIELDS } from './record';
import { RESULT_COLUMNS } from './result';

export const CLASSIFY_FUNCTION = 'goalpost_classify';
export const KEY_FUNCTION = 'goalpost_key';
/** Goalpost's own columns in the tables it creates start with this, so they never shadow a plan column. */
const OWN = 'goalpost_';

export class NameError extends Error {
  override name = 'NameError';
}

/** A dataset (`DATASET` or `PROJECT.DATASET`) and a table (`PROJECT.DATASET.TABLE`), checked before they go between backticks. */
const PROJECT = /^(?:[a-z0-9.-]+:)?[a-z][a-z0-9-]{0,61}[a-z0-9]$/;
const DATASET = /^[A-Za-z0-9_]{1,1024}$/;
const TABLE = /^[\p{L}\p{M}\p{N}_-]{1,1000}$/u;

export function checkDataset(name: string): string {
  const parts = name.split('.');
  const ok = (parts.length === 1 && DATASET.test(parts[0])) || (parts.length === 2 && PROJECT.test(parts[0]) && DATASET.test(parts[1]));
  if (!ok) throw new NameError(`--dataset takes DATASET or PROJECT.DATASET (letters, digits and underscores; a project id in lower case), not "${name}"`);
  return name;
}

export function checkTable(name: string): string {
  const parts = name.split('.');
  if (parts.length !== 3 || !PROJECT.test(parts[0]) || !DATASET.test(parts[1]) || !TABLE.test(parts[2])) {
    throw new NameError(`--table takes PROJECT.DATASET.TABLE (for example my-project.sales.account_plans), not "${name}"`);
  }
  return name;
}

export function checkLibraryUri(uri: string): string {
  if (!/^gs:\/\/[a-z0-9][a-z0-9._-]{1,220}[a-z0-9]\/[^'"\\\s`]+\.js$/.test(uri)) {
    throw new NameError(`--library-uri takes the Cloud Storage path of the library, such as gs://my-bucket/goalpost-bq.js, not "${uri}"`);
  }
  return uri;
}

const RESERVED_PREFIX = /^(?:_TABLE_|_FILE_|_PARTITION|_ROW_TIMESTAMP|__ROOT__|_COLIDENTIFIER)/i;

/**
 * BigQuery column names for a plan's headers: letters, digits and underscores, not starting
 * with a digit, unique regardless of case (BigQuery compares column names that way).
 */
export function columnNames(headers: readonly string[]): string[] {
  const seen = new Set<string>();
  return headers.map((header, index) => {
    let name = header
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^A-Za-z0-9_]+/g, '_')
      .replace(/^_+|_+$/g, '')
      .slice(0, 280);
    if (!name) name = `column_${columnLetter(index)}`;
    if (/^\d/.test(name)) name = `_${name}`;
    if (RESERVED_PREFIX.test(name) || name.toLowerCase().startsWith(OWN)) name = `plan_${name}`;
    let unique = name;
    for (let n = 2; seen.has(unique.toLowerCase()); n++) unique = `${name}_${n}`;
    seen.add(unique.toLowerCase());
    return unique;
  });
}

/** The schema `bq load` takes, every column STRING: the engine reads cells as the text the export holds, exactly as the command line does. */
export function loadSchema(headers: readonly string[]): Array<{ name: string; type: 'STRING'; mode: 'NULLABLE'; description: string }> {
  const names = columnNames(headers);
  return headers.map((header, index) => ({ name: names[index], type: 'STRING', mode: 'NULLABLE', description: header }));
}

const quote = (path: string) => `\`${path}\``;
const sqlString = (text: string) => `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;

/** The arguments of goalpost_classify, in order: the record's fields, isParent, then the options. */
export function classifyArguments(): Array<{ name: string; type: string }> {
  return [
    ...RECORD_FIELDS.map((name) => ({ name, type: 'STRING' })),
    { name: 'isParent', type: 'BOOL' },
    { name: 'columns', type: 'ARRAY<STRING>' },
    { name: 'headers', type: 'ARRAY<STRING>' },
    // INT64 cannot be a JavaScript function's argument (JavaScript has no 64-bit integer).
    { name: 'threshold', type: 'FLOAT64' },
  ];
}

export function resultType(): string {
  return `STRUCT<${RESULT_COLUMNS.map((column) => `${column.name} ${column.type}`).join(', ')}>`;
}

/** `end` is a reserved word in GoogleSQL, so every argument name is quoted. */
function argumentList(): string {
  return classifyArguments()
    .map((argument) => `  \`${argument.name}\` ${argument.type}`)
    .join(',\n');
}

function classifyBody(): string {
  const fields = [...RECORD_FIELDS, 'isParent'].map((name) => `${name}: ${name}`).join(', ');
  return `return goalpost.classifyRecord({${fields}}, threshold, columns, headers);`;
}

/** The two functions: goalpost_classify (a verdict per row) and goalpost_key (the parent-reference key the join compares). */
export function functionsSql(dataset: string, libraryUri: string): string {
  const library = `OPTIONS (library = [${sqlString(libraryUri)}])`;
  return [
    `-- goalpost_classify: one verdict per plan row. columns names the fields the plan has columns for`,
    `-- (a field with no column is told from a blank cell) and headers their header texts, which reasons`,
    `-- quote; threshold is the criteria an initiative must meet.`,
    `CREATE OR REPLACE FUNCTION ${quote(`${dataset}.${CLASSIFY_FUNCTION}`)}(\n${argumentList()}\n)`,
    `RETURNS ${resultType()}`,
    `DETERMINISTIC`,
    `LANGUAGE js`,
    library,
    `AS r"""\n${classifyBody()}\n""";`,
    ``,
    `-- goalpost_key: how a parent reference is compared (case, accents and punctuation ignored).`,
    `CREATE OR REPLACE FUNCTION ${quote(`${dataset}.${KEY_FUNCTION}`)}(\`value\` STRING)`,
    `RETURNS STRING`,
    `DETERMINISTIC`,
    `LANGUAGE js`,
    library,
    `AS r"""\nreturn goalpost.parentKey(value);\n""";`,
    ``,
  ].join('\n');
}

export interface PlanTable {
  dataset: string;
  table: string;
  layout: PlanLayout;
  headers: readonly string[];
  threshold: number;
}

/** The columns of the verdict table, as the roll-up view reads them. */
const own = (name: string) => `${OWN}${name}`;

function fieldColumns(plan: PlanTable): Array<{ field: Field; column: string }> {
  const names = columnNames(plan.headers);
  return RECORD_FIELDS.filter((field) => plan.layout.columns[field] !== undefined).map((field) => ({
    field,
    column: names[plan.layout.columns[field] as number],
  }));
}

/**
 * `TABLE_goalpost`: every non-blank plan row with its columns and Goalpost's verdict beside
 * them. A row is a parent when another row's parent column names its id or title; the keys
 * are computed by the engine's own function, so BigQuery matches them as the CLI does.
 */
export function verdictTableSql(plan: PlanTable): string {
  const names = columnNames(plan.headers);
  const mapped = fieldColumns(plan);
  const has = (field: Field) => mapped.some((entry) => entry.field === field);
  const key = (field: Field) => `${quote(`${plan.dataset}.${KEY_FUNCTION}`)}(${own(`field_${field}`)})`;
  const blank = names.map((name) => `TRIM(COALESCE(CAST(t.\`${name}\` AS STRING), '')) = ''`).join('\n      AND ');
  const keyColumns = (['id', 'title', 'parent'] as const).filter(has);
  const joins = has('parent') ? (['id', 'title'] as const).filter(has) : [];
  const isParent = joins.length ? joins.map((field) => `by_${field}.parent_key IS NOT NULL`).join(' OR ') : 'FALSE';
  const args = RECORD_FIELDS.map((field) => (has(field) ? own(`field_${field}`) : 'CAST(NULL AS STRING)'));
  const helpers = [...mapped.map((entry) => own(`field_${entry.field}`))];
  const verdict = RESULT_COLUMNS.map((column) => `  verdict.${column.name} AS ${own(column.name)}`).join(',\n');
  return [
    `CREATE OR REPLACE TABLE ${quote(`${plan.table}_goalpost`)} AS`,
    `WITH plan AS (`,
    `  SELECT`,
    `    t.*,`,
    mapped.map((entry) => `    CAST(t.\`${entry.column}\` AS STRING) AS ${own(`field_${entry.field}`)}`).join(',\n') + ',',
    `    ROW_NUMBER() OVER () AS ${own('ref')}`,
    `  FROM ${quote(plan.table)} AS t`,
    `  -- A row with every cell blank is no plan row (the command line skips it too).`,
    `  WHERE NOT (${blank})`,
    `),`,
    `keyed AS (`,
    `  SELECT plan.*${keyColumns.map((field) => `, ${key(field)} AS ${own(`key_${field}`)}`).join('')}`,
    `  FROM plan`,
    `),`,
    ...(joins.length
      ? [`parents AS (`, `  SELECT DISTINCT ${own('key_parent')} AS parent_key FROM keyed WHERE ${own('key_parent')} != ''`, `),`]
      : []),
    `judged AS (`,
    `  SELECT`,
    `    keyed.*,`,
    `    ${quote(`${plan.dataset}.${CLASSIFY_FUNCTION}`)}(`,
    `      ${args.join(',\n      ')},`,
    `      ${isParent},`,
    `      [${mapped.map((entry) => sqlString(entry.field)).join(', ')}],`,
    `      [${mapped.map((entry) => sqlString(plan.layout.headers[plan.layout.columns[entry.field] as number])).join(', ')}],`,
    `      ${plan.threshold}`,
    `    ) AS verdict`,
    `  FROM keyed`,
    ...joins.map((field) => `  LEFT JOIN parents AS by_${field} ON by_${field}.parent_key = keyed.${own(`key_${field}`)}`),
    `)`,
    `SELECT`,
    `  judged.* EXCEPT (verdict${helpers.map((name) => `, ${name}`).join('')}),`,
    `  COALESCE(${has('title') ? `NULLIF(TRIM(${own('field_title')}), ''), ` : ''}${has('description') ? `NULLIF(TRIM(${own('field_description')}), ''), ` : ''}FORMAT('Row %d', ${own('ref')})) AS ${own('name')},`,
    `${has('account') ? `  ${own('field_account')} AS ${own('account')},\n` : `  CAST(NULL AS STRING) AS ${own('account')},\n`}${verdict}`,
    `FROM judged;`,
    ``,
  ].join('\n');
}

/**
 * `TABLE_goalpost_rollup`: each goal with the initiatives whose parent column names it (by
 * id or by title, explicitly; no suggestions), their count, and their budgets summed per
 * currency (an amount with no currency stays apart, with a NULL currency). One row per goal
 * and currency, which Connected Sheets shows as a plain sheet.
 */
export function rollupViewSql(plan: PlanTable): string {
  const source = quote(`${plan.table}_goalpost`);
  const has = (field: Field) => plan.layout.columns[field] !== undefined;
  const targets = (['id', 'title'] as const).filter(has);
  const linked = has('parent') && targets.length > 0;
  const match = targets.map((field) => `i.${own('key_parent')} = g.${own(`key_${field}`)}`).join(' OR ');
  return [
    `CREATE OR REPLACE VIEW ${quote(`${plan.table}_goalpost_rollup`)} AS`,
    `WITH goals AS (`,
    `  SELECT * FROM ${source} WHERE ${own('label')} = 'Goal'`,
    `),`,
    `links AS (`,
    linked
      ? [
          `  SELECT g.${own('ref')} AS goal_ref, i.${own('name')} AS initiative, i.${own('budgetAmount')} AS amount, i.${own('budgetCurrency')} AS currency`,
          `  FROM goals AS g`,
          `  JOIN ${source} AS i`,
          `    ON i.${own('label')} = 'Initiative' AND i.${own('key_parent')} != '' AND (${match})`,
          `    AND (i.${own('account')} IS NULL OR g.${own('account')} IS NULL OR i.${own('account')} = g.${own('account')})`,
        ].join('\n')
      : // Without a parent column no row names its goal: every goal is listed with no initiatives.
        `  SELECT g.${own('ref')} AS goal_ref, CAST(NULL AS STRING) AS initiative, CAST(NULL AS FLOAT64) AS amount, CAST(NULL AS STRING) AS currency FROM goals AS g WHERE FALSE`,
    `),`,
    `initiatives AS (`,
    `  SELECT goal_ref, COUNT(*) AS initiative_count, STRING_AGG(initiative, '; ' ORDER BY initiative) AS initiatives`,
    `  FROM links`,
    `  GROUP BY goal_ref`,
    `),`,
    `budgets AS (`,
    `  SELECT goal_ref, currency, ROUND(SUM(amount), 2) AS budget`,
    `  FROM links`,
    `  WHERE amount IS NOT NULL`,
    `  GROUP BY goal_ref, currency`,
    `)`,
    `SELECT`,
    `  g.${own('name')} AS goal,`,
    `  g.${own('account')} AS account,`,
    `  g.${own('theme')} AS theme,`,
    `  COALESCE(i.initiative_count, 0) AS initiative_count,`,
    `  i.initiatives,`,
    `  b.currency,`,
    `  b.budget`,
    `FROM goals AS g`,
    `LEFT JOIN initiatives AS i ON i.goal_ref = g.${own('ref')}`,
    `LEFT JOIN budgets AS b ON b.goal_ref = g.${own('ref')};`,
    ``,
  ].join('\n');
}
