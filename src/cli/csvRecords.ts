/**
 * CSV records as text, written the way csv-stringify writes them by default (comma, `"`
 * quoting only where a field holds a comma, a quote or a line break, quotes doubled, `\n`
 * after each record), so output is the same bytes as before. Written out because classify
 * --format csv turns every row of a million-row plan into text: csv-stringify took 4.7 µs a
 * row of the bench plan and this 0.9 µs, about a tenth of the whole CLI's CPU time;
 * test/cli/csvRecords.test.ts holds it to csv-stringify on arbitrary text.
 */
const NEEDS_QUOTES = /[",\n\r]/;

function field(text: string): string {
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** The records as CSV lines, each ending in a newline. */
export function csvRecords(records: ReadonlyArray<readonly string[]>): string {
  let out = '';
  for (const record of records) {
    for (let i = 0; i < record.length; i++) {
      if (i) out += ',';
      out += field(record[i]);
    }
    out += '\n';
  }
  return out;
}
