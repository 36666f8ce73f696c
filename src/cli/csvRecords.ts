/**
 * CSV records as text, written the way csv-stringify writes them by default (comma, `"`
 * quoting only where a field holds a comma, a quote or a line break, quotes doubled, `\n`
 * after each record), so output is the same bytes as before. Written out because classify
 * --format csv turns every row of a million-row plan into text: csv-stringify took 4.7 µs a
 * row of the bench plan and this 0.9 µs, about a tenth of the whole CLI's CPU time;
 * test/cli/csvRecords.test.ts holds it to csv-stringify on arbitrary text.
 */
const NEEDS_QUOTES: Record<string, RegExp> = { ',': /[",\n\r]/, ';': /[";\n\r]/, '\t': /["\t\n\r]/, '|': /["|\n\r]/ };

/** The records as CSV lines, each ending in a newline; fields split by `delimiter` (the input's: a semicolon file stays one). */
export function csvRecords(records: ReadonlyArray<readonly string[]>, delimiter = ','): string {
  const needsQuotes = NEEDS_QUOTES[delimiter] ?? NEEDS_QUOTES[','];
  let out = '';
  for (const record of records) {
    for (let i = 0; i < record.length; i++) {
      if (i) out += delimiter;
      const text = record[i];
      out += needsQuotes.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
    }
    out += '\n';
  }
  return out;
}
