#!/usr/bin/env node
// The baseline the CLI is measured against: read a CSV and write every row back, streaming,
// as goalpost classify does, minus the classifying. By default with the CLI's own CSV library,
// papaparse (parse and unparse); `--csv-parse` with csv-parse + csv-stringify, which the CLI
// read with until issue 13's fourth round (same bytes out on the bench file).
// Usage: node bench/parseRewrite.mjs <in.csv> <out.csv> [--csv-parse]
import { createReadStream, createWriteStream } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { parse } from 'csv-parse';
import { stringify } from 'csv-stringify';
import Papa from 'papaparse';

const [input, output, library] = process.argv.slice(2);
if (library !== '--csv-parse') {
  const out = createWriteStream(output);
  await new Promise((resolve, reject) => {
    Papa.parse(createReadStream(input, { highWaterMark: 256 * 1024 }), {
      chunk: (result, parser) => {
        if (!result.data.length) return;
        // The last line ends with a newline, which papaparse reads as one empty row.
        const rows = result.data.filter((row) => row.length > 1 || row[0] !== '');
        if (rows.length && !out.write(Papa.unparse(rows, { newline: '\n' }) + '\n')) {
          parser.pause();
          out.once('drain', () => parser.resume());
        }
      },
      complete: () => out.end(resolve),
      error: reject,
    });
  });
} else {
  await pipeline(
    createReadStream(input, { highWaterMark: 256 * 1024 }),
    parse({ delimiter: ',', relax_column_count: true, relax_quotes: true, skip_empty_lines: false }),
    stringify(),
    createWriteStream(output),
  );
}
