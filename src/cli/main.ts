/**
 * The `goalpost` command line: the same engine as the add-on, on exported plan files.
 * Errors a user can fix print one line and exit 2; anything else is a bug and exits 70.
 */
import { writeFileSync } from 'node:fs';
import { Command, CommanderError, Option } from 'commander';
import { runClassify } from './commands/classify';
import { runRollup } from './commands/rollup';
import { EXIT_UNUSABLE, UsageError } from './errors';
import { CLASSIFY_FORMATS } from './formats';
import { collectMapping, parseChoice, parseThreshold } from './options';
import { ROLLUP_FORMATS } from './rollupFormats';

function write(text: string, output: string | undefined): void {
  if (output && output !== '-') writeFileSync(output, text);
  else process.stdout.write(text);
}

export function buildProgram(): Command {
  const program = new Command('goalpost')
    .description('Sort account-plan rows into customer goals and initiatives, with the evidence for each verdict.')
    .showHelpAfterError('(run goalpost --help for usage)')
    .exitOverride();

  program
    .command('classify')
    .description('classify every row of a CSV/TSV plan export (use - for standard input)')
    .argument('<file>', 'the plan file, or - for standard input')
    .addOption(new Option('-f, --format <format>', 'output format').choices(CLASSIFY_FORMATS).default('table'))
    .option('-o, --output <file>', 'write the output to a file instead of standard output')
    .option('-m, --map <field=header>', 'map a field to a column header (repeatable), e.g. --map title="Objective Name"', collectMapping)
    .option('-t, --threshold <n>', 'criteria an initiative must meet, 1-5', parseThreshold, 3)
    .option('--raw', 'CSV output: do not neutralise cells that start like a formula')
    .action((file: string, options) => {
      const format = parseChoice('--format', CLASSIFY_FORMATS)(options.format);
      write(runClassify(file, { ...options, format, columns: process.stdout.columns }), options.output);
    });

  program
    .command('rollup')
    .description('roll initiatives up under the goals they serve, with budgets per currency, dates and gaps')
    .argument('<file>', 'the plan file, or - for standard input')
    .addOption(new Option('-f, --format <format>', 'output format').choices(ROLLUP_FORMATS).default('table'))
    .option('-o, --output <file>', 'write the output to a file instead of standard output')
    .option('-m, --map <field=header>', 'map a field to a column header (repeatable)', collectMapping)
    .option('-t, --threshold <n>', 'criteria an initiative must meet, 1-5', parseThreshold, 3)
    .option('--raw', 'CSV output: do not neutralise cells that start like a formula')
    .action((file: string, options) => {
      const format = parseChoice('--format', ROLLUP_FORMATS)(options.format);
      write(runRollup(file, { ...options, format }), options.output);
    });

  return program;
}

export async function main(argv: string[]): Promise<number> {
  try {
    await buildProgram().parseAsync(argv, { from: 'user' });
    return 0;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version "errors" are how commander ends after printing them.
      if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.exitCode === 0) return 0;
      return EXIT_UNUSABLE;
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
