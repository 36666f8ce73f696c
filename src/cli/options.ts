/** Parsers for the option values shared by the commands; each rejects bad input with a fixable message. */
import { FIELDS, type Field, type FieldOverrides } from '../core';
import { UsageError } from './errors';

/** `--map title="Objective Name"`, repeatable. */
export function collectMapping(value: string, previous: FieldOverrides = {}): FieldOverrides {
  const equals = value.indexOf('=');
  if (equals <= 0) throw new UsageError(`--map takes FIELD=HEADER (for example --map title="Objective Name"), not "${value}"`);
  const field = value.slice(0, equals).trim().toLowerCase();
  if (!(FIELDS as readonly string[]).includes(field)) {
    throw new UsageError(`--map: unknown field "${field}"; fields are ${FIELDS.join(', ')}`);
  }
  return { ...previous, [field as Field]: value.slice(equals + 1).trim() };
}

export function parseThreshold(value: string): number {
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1 || number > 5) {
    throw new UsageError(`--threshold takes a whole number from 1 to 5 (criteria an initiative must meet), not "${value}"`);
  }
  return number;
}

/** `--header-row N`: the 1-based line or sheet row of the column names; 0 says the plan has none. */
export function parseHeaderRow(value: string): number {
  const number = Number(value);
  if (!Number.isInteger(number) || number < 0) {
    throw new UsageError(`--header-row takes the line number of the column names (1 for the first line, 0 for none), not "${value}"`);
  }
  return number;
}

const FORMAT_OF_EXTENSION: Record<string, string> = { '.csv': 'csv', '.json': 'json', '.ndjson': 'ndjson', '.jsonl': 'ndjson', '.md': 'md' };

/**
 * The output format: the one asked for, else the one the --output file's name says
 * ("verdicts.csv" is CSV, not a text table in a .csv file), else a table.
 */
export function outputFormat<F extends string>(asked: F | undefined, output: string | undefined, allowed: readonly F[]): F {
  if (asked) return asked;
  const dot = output ? output.lastIndexOf('.') : -1;
  const extension = dot >= 0 ? output!.slice(dot).toLowerCase() : '';
  const named = FORMAT_OF_EXTENSION[extension];
  if ((allowed as readonly string[]).includes(named ?? '')) return named as F;
  // A name that promises a format this command does not write would get a text table: a
  // truncated, reason-less copy under a name that says otherwise.
  if (named || extension === '.xlsx' || extension === '.xls') {
    const written = allowed.filter((format) => format !== 'table');
    throw new UsageError(
      `Cannot write ${extension} here: the formats are ${written.join(', ')} and a text table (table). Name the output .${written[0]}, or give --format`,
    );
  }
  return 'table' as F;
}
