/**
 * Delimited text as records, each with the line it starts on, read with papaparse and
 * numbered, split and reported exactly as csv-parse (relaxed quotes and column counts, the
 * record delimiter discovered from the first line break) reads them: the lines in messages,
 * --skip-bad-rows and every record are the ones the command line has always given. Papaparse
 * parses the bench plan in about a third of csv-parse's time with line numbers (2.3 against
 * 7 µs a row), and the classifying pass reads every row of a million-row plan.
 *
 * Where papaparse and csv-parse can read a text differently, it is csv-parse that reads it:
 * papaparse flags broken quoting (a quote never closed, text after a closing quote) as an
 * error, and reads a closing quote followed by spaces and a delimiter as the end of the field
 * where csv-parse keeps the quote and the spaces; a text with either is handed to csv-parse
 * from the last record boundary both agree on, with its line count carried on. Everywhere
 * else the two split records the same way; test/cli/csvReader.test.ts holds this reader to
 * csv-parse's on arbitrary text cut into arbitrary chunks.
 */
import { Readable } from 'node:stream';
import { type CsvError, parse, type Options } from 'csv-parse';
import { parse as parseSync } from 'csv-parse/sync';
import Papa from 'papaparse';
import { UsageError } from '../errors';
import type { BadRow, SourceRow } from './rowSource';

/** A record longer than this is left to csv-parse: papaparse would re-scan it with every chunk. */
const LONGEST_RECORD = 1 << 20;

export interface CsvReadOptions {
  delimiter: string;
  skipBadRows: boolean;
  onBadRow: (bad: BadRow) => void;
}

const literal = (text: string) => text.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&');

/**
 * csv-parse's record delimiter for a text: the first line break outside a quoted field
 * ("\r\n" before "\r"), found as csv-parse finds it (a quote opens a field only at its start,
 * "" inside one is a quote). Null while the text read so far cannot tell.
 */
export function recordDelimiterOf(text: string, delimiter: string, final: boolean): string | null {
  let quoting = false;
  let fieldStart = true;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoting) {
      if (c !== '"') continue;
      if (i + 1 >= text.length && !final) return null;
      if (text[i + 1] === '"') i++;
      else {
        quoting = false;
        fieldStart = false;
      }
    } else if (c === '\n') return '\n';
    else if (c === '\r') {
      if (i + 1 >= text.length && !final) return null;
      return text[i + 1] === '\n' ? '\r\n' : '\r';
    } else if (text.startsWith(delimiter, i)) fieldStart = true;
    else if (c === '"' && fieldStart) quoting = true;
    else fieldStart = false;
  }
  return final ? '\n' : null;
}

/** How many line breaks ("\r" and "\n", each one) a text holds between two offsets. */
function breaksIn(text: string, from = 0, to = text.length): number {
  let count = 0;
  for (let at = text.indexOf('\n', from); at !== -1 && at < to; at = text.indexOf('\n', at + 1)) count++;
  for (let at = text.indexOf('\r', from); at !== -1 && at < to; at = text.indexOf('\r', at + 1)) count++;
  return count;
}

type Info = { record: string[]; info: { lines: number } };

/**
 * csv-parse's options, and the error to raise once its records are read. A bad record (a
 * quote never closed, the only error these options leave csv-parse, found at the end) is
 * skipped and reported with --skip-bad-rows, else raised after the records before it: the
 * rows read reach the output before the run stops. `base` is the line before the first one
 * it reads (its count starts at 1).
 */
function csvParseReading(options: CsvReadOptions, newline: string | null, base: number): { parse: Options; error: () => UsageError | null } {
  let error: UsageError | null = null;
  const parse: Options = {
    delimiter: options.delimiter,
    record_delimiter: newline ?? undefined,
    relax_column_count: true,
    // Hand-made exports put quotes inside unquoted cells (12" display); keep them as text.
    relax_quotes: true,
    skip_empty_lines: false,
    info: true,
    skip_records_with_error: true,
    on_skip: (skipped) => {
      if (!skipped) return;
      const bad = { line: base + Number((skipped as CsvError).lines), reason: skipped.message.replace(/ at line \d+/, '') };
      if (options.skipBadRows) options.onBadRow(bad);
      else error ??= new UsageError(`Malformed CSV at line ${bad.line}: ${bad.reason}. Fix the line, or run with --skip-bad-rows to skip such rows`);
    },
  };
  return { parse, error: () => error };
}

/** Rows from csv-parse's records, numbered from the line after `base`. */
function numbered(base: number): (read: Info) => SourceRow {
  let previous = base;
  return ({ record, info }) => {
    const row = { cells: record, line: previous + 1 };
    previous = base + info.lines;
    return row;
  };
}

/**
 * The records of a text that reaches its end here, with csv-parse, synchronously: a bad
 * record is reported at once, as csv-parse's stream did when it read the whole of a small
 * file ahead of the rows.
 */
function lastRecords(text: string, options: CsvReadOptions, newline: string | null, line: number): { rows: SourceRow[]; error: UsageError | null } {
  const reading = csvParseReading(options, newline, line - 1);
  const rows = (parseSync(text, reading.parse) as unknown as Info[]).map(numbered(line - 1));
  return { rows, error: reading.error() };
}

/** The records from `line` on, with csv-parse's stream: the texts in hand, then the chunks still to come. */
async function* csvParseRecords(texts: string[], more: AsyncIterator<string>, options: CsvReadOptions, newline: string | null, line: number): AsyncGenerator<SourceRow[]> {
  async function* chunks() {
    yield* texts;
    for (let next = await more.next(); !next.done; next = await more.next()) yield next.value;
  }
  const reading = csvParseReading(options, newline, line - 1);
  const row = numbered(line - 1);
  for await (const read of Readable.from(chunks()).pipe(parse(reading.parse)) as AsyncIterable<Info>) yield [row(read)];
  const error = reading.error();
  if (error) throw error;
}

/** The records of a text that arrives in chunks, in batches (one per chunk read), each record with the line it starts on. */
export async function* csvRows(text: AsyncIterable<string>, options: CsvReadOptions): AsyncGenerator<SourceRow[]> {
  const { delimiter } = options;
  const chunks = text[Symbol.asyncIterator]();
  let line = 1;
  let rest = '';
  let newline: string | null = null;
  let papa: Papa.Parser | null = null;
  let spacedClose: RegExp | null = null;
  let current = await chunks.next();
  while (!current.done || rest) {
    // One chunk ahead: the last text is parsed knowing that nothing follows it.
    const following = current.done ? current : await chunks.next();
    const final = following.done === true;
    const input = current.done ? rest : rest + current.value;
    current = following;
    rest = '';
    newline ??= recordDelimiterOf(input, delimiter, final);
    if (newline === null) {
      if (input.length > LONGEST_RECORD) {
        yield* csvParseRecords([input, following.value as string], chunks, options, null, line);
        return;
      }
      rest = input;
      continue;
    }
    papa ??= new Papa.Parser({ delimiter, newline: newline as '\n' | '\r' | '\r\n', quoteChar: '"' });
    spacedClose ??= new RegExp(`"[^\\S${literal(delimiter)}]+(?:${literal(delimiter)}|${literal(newline)})`);
    // The last text is read whole unless it ends with a line break, which papaparse would read
    // as one more, empty, record.
    const whole = final && !input.endsWith(newline);
    const result = papa.parse(input, 0, !whole) as { data: string[][]; errors: unknown[]; meta: { cursor: number } };
    const cursor = whole ? input.length : result.meta.cursor;
    const spaced = spacedClose.exec(input);
    const unsafe = result.errors.length || (spaced && spaced.index < cursor) || input.length - cursor > (final ? 0 : LONGEST_RECORD);
    if (unsafe) {
      if (final) {
        const { rows, error } = lastRecords(input, options, newline, line);
        if (rows.length) yield rows;
        if (error) throw error;
        return;
      }
      yield* csvParseRecords([input, following.value as string], chunks, options, newline, line);
      return;
    }
    const records = result.data;
    const batch: SourceRow[] = new Array(records.length);
    if (!final && breaksIn(input, 0, cursor) === records.length * newline.length) {
      // No line break inside a field: one line a record.
      for (let i = 0; i < records.length; i++) batch[i] = { cells: records[i], line: line + i };
      line += records.length;
    } else {
      for (let i = 0; i < records.length; i++) {
        batch[i] = { cells: records[i], line };
        line++;
        for (const cell of records[i]) if (cell.length && (cell.includes('\n') || cell.includes('\r'))) line += breaksIn(cell);
      }
    }
    if (batch.length) yield batch;
    rest = input.slice(cursor);
  }
}
