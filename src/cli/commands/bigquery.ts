/**
 * `goalpost bigquery --out DIR`: the engine for plans too large for a spreadsheet. Writes
 * the BigQuery library (goalpost-bq.js, to copy to Cloud Storage) and goalpost.sql, which
 * creates the `LANGUAGE js` functions that load it. With `--from PLAN --table T` the plan's
 * columns are mapped exactly as `goalpost classify` maps them (same reader, same --map),
 * and goalpost.sql also builds the verdict table and the roll-up view for table T, with
 * goalpost-schema.json for `bq load`.
 */
import { existsSync, mkdirSync, readFileSync, realpathSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, extname, join, resolve } from 'node:path';
import { FIELDS, type FieldOverrides, type PlanLayout } from '../../core';
import { checkDataset, checkLibraryUri, checkTable, columnNames, functionsSql, loadSchema, NameError, rollupViewSql, verdictTableSql } from '../../bigquery/sql';
import { UsageError } from '../errors';
import { readPlan } from '../planReader';
import { csvDialect, type Encoding } from '../sources/csvSource';
import { planFile } from '../sources/rowSource';

export interface BigQueryCommandOptions {
  out: string;
  dataset?: string;
  libraryUri?: string;
  from?: string;
  table?: string;
  map?: FieldOverrides;
  sheet?: string;
  threshold?: number;
  quiet?: boolean;
}

const LIBRARY = 'goalpost-bq.js';
const SQL = 'goalpost.sql';
const SCHEMA = 'goalpost-schema.json';
const SQL_MARK = '-- Goalpost for BigQuery';
const LIBRARY_MARK = '// Goalpost for BigQuery';

/** What a file Goalpost wrote starts with: anything else in DIR under these names is the user's and is never replaced. */
function isOurs(path: string, name: string): boolean {
  const head = readFileSync(path, 'utf8').slice(0, 200);
  if (name === LIBRARY) return head.startsWith(LIBRARY_MARK);
  if (name === SQL) return head.startsWith(SQL_MARK);
  try {
    const schema = JSON.parse(readFileSync(path, 'utf8'));
    return Array.isArray(schema) && schema.every((column) => column?.type === 'STRING' && typeof column?.description === 'string');
  } catch {
    return false;
  }
}

function checkTargets(dir: string, names: string[], input: string | undefined): void {
  const source = input && input !== '-' && existsSync(input) ? realpathSync(input) : null;
  for (const name of names) {
    const path = join(dir, name);
    if (!existsSync(path)) continue;
    if (!statSync(path).isFile()) throw new UsageError(`${path} exists and is not a file; choose another --out directory`);
    if (source && realpathSync(path) === source) throw new UsageError(`--from ${input} is where goalpost would write ${name}; choose another --out directory`);
    if (!isOurs(path, name)) throw new UsageError(`${path} exists and was not written by goalpost; move it or choose another --out directory`);
  }
}

/** Written beside the target and renamed into place, so a failed run leaves an existing file as it was. */
function writeAtomically(path: string, text: string): void {
  const temporary = `${path}.${process.pid}.tmp`;
  try {
    writeFileSync(temporary, text);
    renameSync(temporary, path);
  } finally {
    rmSync(temporary, { force: true });
  }
}

function libraryText(): string {
  const path = new URL('./goalpost-bq.js', import.meta.url);
  if (!existsSync(path)) throw new UsageError('the BigQuery library is not built (build/goalpost-bq.js is missing); run npm run build');
  return readFileSync(path, 'utf8');
}

function mappingLines(layout: PlanLayout): string[] {
  return FIELDS.filter((field) => layout.columns[field] !== undefined).map(
    (field) => `--   ${field} ← "${layout.headers[layout.columns[field] as number]}" (${layout.how[field]})`,
  );
}

// BigQuery reads UTF-8 unless told; it has no Windows-1252, and ISO-8859-1 is the same but for
// 0x80-0x9F (€, curly quotes), which come through as control characters.
const BQ_ENCODING: Record<Encoding, string> = { 'utf-8': '', 'utf-16le': ' --encoding=UTF-16LE', 'utf-16be': ' --encoding=UTF-16BE', 'windows-1252': ' --encoding=ISO-8859-1' };

/** `bq load` for the plan as Goalpost read it: the same delimiter, and every line up to the header skipped. */
async function loadCommand(from: string, table: string, headerLine: number | null): Promise<string> {
  const [project, dataset, name] = table.split('.');
  const workbook = extname(from).toLowerCase() === '.xlsx';
  const dialect = workbook ? { delimiter: ',', encoding: 'utf-8' as const } : await csvDialect(from);
  const separator = dialect.delimiter;
  const delimiter = separator === ',' ? '' : separator === '\t' ? ' --field_delimiter=tab' : ` --field_delimiter='${separator}'`;
  const file = workbook ? `${basename(from, extname(from))}.csv` : basename(from);
  return `bq load --source_format=CSV --skip_leading_rows=${headerLine ?? 0} --allow_quoted_newlines${delimiter}${BQ_ENCODING[dialect.encoding]} ${project}:${dataset}.${name} ${file} ${SCHEMA}`;
}

export async function runBigQuery(options: BigQueryCommandOptions): Promise<string[]> {
  if ((options.from === undefined) !== (options.table === undefined)) {
    throw new UsageError('--from and --table go together: --from names the plan file whose columns the table holds, --table the BigQuery table (PROJECT.DATASET.TABLE)');
  }
  if (!options.libraryUri) {
    throw new UsageError('goalpost bigquery needs --library-uri gs://BUCKET/goalpost-bq.js: the Cloud Storage path you will copy goalpost-bq.js to (BigQuery loads JavaScript libraries only from Cloud Storage)');
  }
  let dataset: string;
  let table: string | undefined;
  let libraryUri: string;
  try {
    libraryUri = checkLibraryUri(options.libraryUri);
    table = options.table === undefined ? undefined : checkTable(options.table);
    dataset = checkDataset(options.dataset ?? (table ? table.split('.').slice(0, 2).join('.') : 'goalpost'));
  } catch (error) {
    if (error instanceof NameError) throw new UsageError(error.message);
    throw error;
  }

  let plan: { layout: PlanLayout; headers: string[]; headerLine: number | null } | null = null;
  if (options.from !== undefined) {
    const file = await planFile(options.from);
    try {
      const read = await readPlan(file, { map: options.map, sheet: options.sheet });
      plan = { layout: read.layout, headers: read.headers, headerLine: read.headerLine };
    } finally {
      file.close();
    }
  }

  const dir = resolve(options.out);
  const names = plan ? [LIBRARY, SQL, SCHEMA] : [LIBRARY, SQL];
  if (existsSync(dir) && !statSync(dir).isDirectory()) throw new UsageError(`--out ${options.out} is a file, not a directory`);
  checkTargets(dir, names, options.from);
  const library = libraryText();

  const header = [
    `${SQL_MARK}, written by goalpost bigquery. Run it with:`,
    `--   bq query --use_legacy_sql=false < ${SQL}`,
    `-- after copying the library to where the functions load it from:`,
    `--   gcloud storage cp ${LIBRARY} ${libraryUri}`,
  ];
  const parts = [functionsSql(dataset, libraryUri)];
  if (plan && table && options.from !== undefined) {
    const planTable = { dataset, table, layout: plan.layout, headers: plan.headers, threshold: options.threshold ?? 3 };
    header.push(
      `-- The plan table ${table} is loaded from the export first (every column STRING, as the command line reads it):`,
      `--   ${await loadCommand(options.from, table, plan.headerLine)}`,
      `-- Columns read from ${basename(options.from)} (check them once; --map changes them, as for goalpost classify):`,
      ...mappingLines(plan.layout),
      `-- Creates ${table}_goalpost (each plan row with its verdict) and the view ${table}_goalpost_rollup.`,
    );
    parts.push(verdictTableSql(planTable), rollupViewSql(planTable));
  }

  mkdirSync(dir, { recursive: true });
  writeAtomically(join(dir, LIBRARY), library);
  if (plan) writeAtomically(join(dir, SCHEMA), JSON.stringify(loadSchema(plan.headers), null, 2) + '\n');
  writeAtomically(join(dir, SQL), `${header.join('\n')}\n\n${parts.join('\n')}`);

  if (!options.quiet) {
    process.stderr.write(`goalpost: wrote ${names.map((name) => join(options.out, name)).join(', ')} (library ${(Buffer.byteLength(library) / 1024).toFixed(0)} KB)\n`);
    if (plan) {
      const columns = columnNames(plan.headers);
      for (const field of FIELDS) {
        const index = plan.layout.columns[field];
        if (index === undefined) continue;
        process.stderr.write(`goalpost: ${field} ← "${plan.layout.headers[index]}" (${plan.layout.how[field]}), BigQuery column ${columns[index]}\n`);
      }
    }
  }
  return names.map((name) => join(dir, name));
}
