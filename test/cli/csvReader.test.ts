import { Readable } from 'node:stream';
import { parse } from 'csv-parse';
import { stringify } from 'csv-stringify/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvRows, recordDelimiterOf } from '../../src/cli/sources/csvReader';
import type { BadRow } from '../../src/cli/sources/rowSource';

interface Reading {
  rows: Array<{ cells: string[]; line: number }>;
  bad: BadRow[];
  error: string | null;
}

/**
 * How the command line read a text before papaparse: csv-parse's stream, relaxed, with its
 * line counts. Without --skip-bad-rows the run got the records before a bad one, then its
 * error (csv-parse finds the only error it can give here, a quote never closed, at the end).
 */
async function csvParseReading(chunks: string[], delimiter: string, skipBadRows: boolean): Promise<Reading> {
  const reading: Reading = { rows: [], bad: [], error: null };
  const parser = parse({
    delimiter,
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: false,
    info: true,
    skip_records_with_error: true,
    on_skip: (error) => {
      if (!error) return;
      const bad = { line: Number((error as { lines?: number }).lines), reason: error.message.replace(/ at line \d+/, '') };
      if (skipBadRows) reading.bad.push(bad);
      else reading.error ??= `Malformed CSV at line ${bad.line}: ${bad.reason}. Fix the line, or run with --skip-bad-rows to skip such rows`;
    },
  });
  Readable.from(chunks).pipe(parser);
  let previous = 0;
  for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
    reading.rows.push({ cells: record, line: previous + 1 });
    previous = info.lines;
  }
  return reading;
}

async function reading(chunks: string[], delimiter: string, skipBadRows: boolean): Promise<Reading> {
  const result: Reading = { rows: [], bad: [], error: null };
  try {
    for await (const batch of csvRows(Readable.from(chunks), { delimiter, skipBadRows, onBadRow: (bad) => result.bad.push(bad) })) {
      for (const row of batch) result.rows.push({ cells: row.cells as string[], line: row.line });
    }
  } catch (error) {
    result.error = (error as Error).message;
  }
  return result;
}

/** A text cut at the given offsets. */
function cut(text: string, cuts: number[]): string[] {
  const at = [...new Set(cuts.map((c) => Math.floor(c * text.length)))].sort((a, b) => a - b);
  const chunks: string[] = [];
  let from = 0;
  for (const to of [...at, text.length]) {
    if (to > from) chunks.push(text.slice(from, to));
    from = Math.max(from, to);
  }
  return chunks;
}

// Every mark quoting and line counting turn on, in any order: broken quotes, spaces after a
// closing quote, mixed line breaks, empty lines and fields.
const unit = fc.constantFrom(',', ';', '\t', '"', '""', '\n', '\r', '\r\n', ' ', 'a', 'Zoë', '12"', '€', 'x y');
const messyText = fc.array(unit, { maxLength: 40 }).map((units) => units.join(''));
// Well-formed records as an exporter writes them (quoted where needed), now and then with one mark spoilt.
const cell = fc.oneof(fc.constantFrom('', ' ', 'Migrate the ledger', 'Whitfield, Dana', '$1,250,000', 'Say "hi"', 'two\nlines', 'a\r\nb'), fc.string({ maxLength: 6 }));
const exportText = fc
  .tuple(
    fc.array(fc.array(cell, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 8 }),
    fc.constantFrom('\n', '\r\n', '\r'),
    fc.option(fc.tuple(fc.nat(), fc.constantFrom('"', '" ', '\r', '\n', ''))),
  )
  .map(([records, newline, spoil]) => {
    const text = stringify(records, { record_delimiter: newline === '\r\n' ? 'windows' : newline === '\r' ? 'mac' : 'unix' });
    if (!spoil) return text;
    const at = spoil[0] % (text.length + 1);
    return text.slice(0, at) + spoil[1] + text.slice(at);
  });
const cuts = fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 4 });

describe('csvRows', () => {
  it.each([true, false])('reads any text in any chunks as csv-parse does: records, lines, skipped rows and errors (--skip-bad-rows %s)', async (skipBadRows) => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(messyText, exportText), cuts, fc.constantFrom(',', ';', '\t'), async (text, at, delimiter) => {
        const chunks = cut(text, at);
        expect(await reading(chunks, delimiter, skipBadRows)).toEqual(await csvParseReading(chunks, delimiter, skipBadRows));
      }),
      { numRuns: 2000 },
    );
  });

  it('numbers rows by csv-parse\'s line count across chunks, quoted line breaks included', async () => {
    const text = ['Objective,Team', '"Lift customer\nsatisfaction",Retail', 'Plain row,Ops', '"a\r\nb",x', 'last,row'].join('\n');
    const result = await reading(cut(text, [0.3, 0.6]), ',', false);
    expect(result.rows.map((row) => row.line)).toEqual([1, 2, 4, 5, 8]);
    expect(result).toEqual(await csvParseReading([text], ',', false));
  });

  it('reports a quote never closed with the line csv-parse gives, and skips only that record', async () => {
    const text = 'Objective,Team\nMigrate,IT\nPilot the portal,"Sales\nMore text,Team\n';
    expect(await reading([text], ',', true)).toMatchObject({ bad: [{ line: 4, reason: 'Quote Not Closed: the parsing is finished with an opening quote' }], error: null });
    expect((await reading([text], ',', false)).error).toMatch(/^Malformed CSV at line 4: Quote Not Closed/);
  });
});

describe('recordDelimiterOf', () => {
  it('finds the first line break outside a quoted field, as csv-parse discovers it', () => {
    expect(recordDelimiterOf('"Objective\nname",Team\r\nx', ',', false)).toBe('\r\n');
    expect(recordDelimiterOf('a,b\rc', ',', false)).toBe('\r');
    expect(recordDelimiterOf('a,b\r', ',', false)).toBeNull();
    expect(recordDelimiterOf('a,b\r', ',', true)).toBe('\r');
    expect(recordDelimiterOf('a,b', ',', true)).toBe('\n');
  });
});
