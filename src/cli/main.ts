/**
 * The `goalpost` command line: the same engine as the add-on, on exported plan files.
 * Exit codes: 0 done; 1 done, but malformed rows were skipped (--skip-bad-rows); 2 the
 * input or the arguments cannot be used (one line says what was found and what to do).
 * Anything else is a bug: it prints its stack and exits 70.
 */
import { Command, CommanderError, Option } from 'commander';
import { notAPlanWarning, type LabelCounts } from '../core';
import { version } from '../../package.json';
import { runBigQuery } from './commands/bigquery';
import { runClassify } from './commands/classify';
import { runRollup } from './commands/rollup';
import { readExamplesFile } from './examplesFile';
import { EXIT_ROWS_SKIPPED, EXIT_UNUSABLE, UsageError } from './errors';
import { CLASSIFY_FORMATS } from './formats';
import { collectMapping, outputFormat, parseHeaderRow, parseThreshold } from './options';
import { Output } from './output';
import { wantsProgress } from './progress';
import { ROLLUP_FORMATS } from './rollupFormats';
import { planFile, type BadRow, type PlanFile } from './sources/rowSource';

/** Reports each skipped row on stderr as it is skipped, and counts them for the exit code. */
function badRowReporter() {
  const skipped: BadRow[] = [];
  return {
    skipped,
    onBadRow(bad: BadRow) {
      skipped.push(bad);
      process.stderr.write(`goalpost: skipped line ${bad.line}: ${bad.reason}\n`);
    },
  };
}

function warnIfNotAPlan(counts: LabelCounts): void {
  const warning = notAPlanWarning(counts);
  if (warning) process.stderr.write(`goalpost: warning: ${warning}\n`);
}

/**
 * Runs a command on a plan file and its output. The output is checked (never the input,
 * under any name) before the input is read, and a file output replaces the target only
 * when the command has succeeded; otherwise the target stays as it was.
 */
async function withFile(
  path: string,
  options: { output?: string; sheet?: string; examples?: string },
  work: (file: PlanFile, output: Output) => Promise<void>,
): Promise<void> {
  const output = Output.open(options.output, options.examples ? [path, options.examples] : [path]);
  try {
    const file = await planFile(path);
    try {
      if (options.sheet !== undefined && file.kind !== 'xlsx') {
        process.stderr.write(`goalpost: --sheet "${options.sheet}" is ignored: ${file.label} is delimited text, which has no sheets\n`);
      }
      await work(file, output);
    } finally {
      file.close();
    }
  } catch (error) {
    if ((await output.fail()) !== null && error instanceof UsageError) error.message += ` (nothing was written to ${options.output})`;
    throw error;
  }
  await output.commit();
}

export function buildProgram(): { program: Command; skipped: BadRow[] } {
  const reporter = badRowReporter();
  const program = new Command('goalpost')
    .description('Sort account-plan rows into customer goals and initiatives, with the evidence for each verdict.')
    .showHelpAfterError('(run goalpost --help for usage)')
    .version(version, '-V, --version', 'print the version')
    .exitOverride();

  const inputOptions = (command: Command) =>
    command
      .argument('<file>', 'the plan: a .csv, .tsv or .xlsx file, or - for standard input (CSV/TSV)')
      .option('-o, --output <file>', 'write the output to a file instead of standard output')
      .option('-m, --map <field=header>', 'map a field to a column header (repeatable), e.g. --map title="Objective Name"', collectMapping)
      .option('--header-row <n>', 'the line (CSV) or sheet row (.xlsx) holding the column names; 0 for none (default: found)', parseHeaderRow)
      .option('-t, --threshold <n>', 'criteria an initiative must meet, 1-5', parseThreshold, 3)
      .option('--sheet <name>', '.xlsx: the sheet to read (default: the first)')
      .option('--examples <file>', 'teach with examples: a CSV/TSV/.xlsx of statement and label (Goal, Initiative, Not a plan row)')
      .option('--skip-bad-rows', 'skip malformed rows (each is reported on stderr; exit code 1) instead of stopping')
      .option('--raw', 'CSV output: do not neutralise cells that start like a formula');

  inputOptions(program.command('classify').description('classify every row of a plan export'))
    .addOption(new Option('-f, --format <format>', 'output format (default: from the --output file\'s extension, else table)').choices(CLASSIFY_FORMATS))
    .option('-q, --quiet', 'no progress bar, and no report of how the plan was read')
    .action(async (path: string, options) => {
      await withFile(path, options, async (file, output) => {
        const { counts } = await runClassify(file, output, {
          ...options,
          format: outputFormat(options.format, options.output, CLASSIFY_FORMATS),
          examples: options.examples ? await readExamplesFile(options.examples) : undefined,
          progress: wantsProgress(options.quiet === true, options.output),
          columns: process.stdout.columns,
          onBadRow: reporter.onBadRow,
        });
        warnIfNotAPlan(counts);
      });
    });

  inputOptions(program.command('rollup').description('roll initiatives up under the goals they serve, with budgets per currency, dates and gaps'))
    .addOption(new Option('-f, --format <format>', 'output format (default: from the --output file\'s extension, else table)').choices(ROLLUP_FORMATS))
    .option('-q, --quiet', 'do not say how the plan was read')
    .action(async (path: string, options) => {
      await withFile(path, options, async (file, output) => {
        const examples = options.examples ? await readExamplesFile(options.examples) : undefined;
        const format = outputFormat(options.format, options.output, ROLLUP_FORMATS);
        const summary = await runRollup(file, output, { ...options, format, examples, onBadRow: reporter.onBadRow });
        warnIfNotAPlan({ Initiative: summary.initiatives, Goal: summary.goals, Unclear: summary.unclear });
      });
    });

  program
    .command('bigquery')
    .description('write the BigQuery library and goalpost.sql, for plans past a spreadsheet\'s size (with --from and --table, the queries for that table)')
    .requiredOption('--out <dir>', 'directory to write goalpost-bq.js and goalpost.sql to')
    .option('--dataset <name>', 'dataset (or PROJECT.DATASET) for the functions; default: the --table dataset, else goalpost')
    .option('--library-uri <gs://bucket/goalpost-bq.js>', 'the Cloud Storage path you copy goalpost-bq.js to')
    .option('--from <file>', 'a plan export (.csv, .tsv or .xlsx) whose columns the BigQuery table holds')
    .option('--table <project.dataset.table>', 'the BigQuery table loaded from that export')
    .option('-m, --map <field=header>', 'map a field to a column header (repeatable), as for classify', collectMapping)
    .option('-t, --threshold <n>', 'criteria an initiative must meet, 1-5', parseThreshold, 3)
    .option('--sheet <name>', '.xlsx: the sheet to read (default: the first)')
    .option('-q, --quiet', 'say nothing on stderr')
    .action(async (options) => {
      await runBigQuery(options);
    });

  return { program, skipped: reporter.skipped };
}

export async function main(argv: string[]): Promise<number> {
  const { program, skipped } = buildProgram();
  try {
    await program.parseAsync(argv, { from: 'user' });
    if (skipped.length) {
      process.stderr.write(`goalpost: ${skipped.length} malformed row${skipped.length === 1 ? ' was' : 's were'} skipped (lines ${skipped.map((bad) => bad.line).sort((a, b) => a - b).slice(0, 10).join(', ')}${skipped.length > 10 ? ', …' : ''})\n`);
      return EXIT_ROWS_SKIPPED;
    }
    return 0;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version end commander with a "success" error after printing them.
      return error.exitCode === 0 ? 0 : EXIT_UNUSABLE;
    }
    if (error instanceof UsageError) {
      process.stderr.write(`goalpost: ${error.message}\n`);
      return EXIT_UNUSABLE;
    }
    process.stderr.write(`goalpost: internal error: ${error instanceof Error ? error.stack : String(error)}\n`);
    return 70;
  }
}

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
