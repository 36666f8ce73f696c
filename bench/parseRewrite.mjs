#!/usr/bin/env node
// The baseline the CLI is measured against: read a CSV with csv-parse and write every row
// back with csv-stringify, streaming, as goalpost classify does, minus the classifying.
// Usage: node bench/parseRewrite.mjs <in.csv> <out.csv>
import { createReadStream, createWriteStream } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { parse } from 'csv-parse';
import { stringify } from 'csv-stringify';

const [input, output] = process.argv.slice(2);
await pipeline(
  createReadStream(input, { highWaterMark: 256 * 1024 }),
  parse({ delimiter: ',', relax_column_count: true, relax_quotes: true, skip_empty_lines: false }),
  stringify(),
  createWriteStream(output),
);
