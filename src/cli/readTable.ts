/**
 * Reads an exported plan (CSV or TSV) into rows of cells. Exports come from Excel, Sheets
 * and CRMs: UTF-8 with or without a byte-order mark, UTF-16 from Excel's "Unicode text",
 * CRLF line ends, quoted newlines, and `,` `;` or tab delimiters depending on locale.
 * Parsing is Papa Parse's; we only pick the encoding and let it guess the delimiter on a
 * preview, then parse with that delimiter so blank lines keep their row numbers.
 */
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { UsageError } from './errors';

const DELIMITERS = [',', ';', '\t', '|'];

/** Decodes file bytes: UTF-16 by its byte-order mark, else UTF-8 (a UTF-8 BOM is dropped). */
export function decode(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  const text = new TextDecoder('utf-8').decode(bytes);
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** The delimiter of a text, guessed by Papa Parse on its first lines. */
export function guessDelimiter(text: string): string {
  const preview = Papa.parse<string[]>(text.slice(0, 65536), {
    delimitersToGuess: DELIMITERS,
    skipEmptyLines: 'greedy',
    preview: 50,
  });
  return DELIMITERS.includes(preview.meta.delimiter) ? preview.meta.delimiter : ',';
}

/** Parses delimited text into rows; a trailing newline does not make a last empty row. */
export function parseDelimited(text: string, delimiter = guessDelimiter(text)): string[][] {
  const result = Papa.parse<string[]>(text, { delimiter, skipEmptyLines: false });
  const bad = result.errors.find((error) => error.type === 'Quotes');
  if (bad) {
    throw new UsageError(`Malformed CSV near data row ${(bad.row ?? 0) + 1}: ${bad.message}`);
  }
  const rows = result.data;
  while (rows.length && rows[rows.length - 1].every((cell) => cell === '')) rows.pop();
  return rows;
}

/** Reads a file path, or standard input for `-`, into rows. */
export function readTable(path: string): string[][] {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path === '-' ? 0 : path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new UsageError(`No such file: ${path}`);
    if (code === 'EISDIR') throw new UsageError(`${path} is a folder, not a CSV file`);
    throw new UsageError(`Cannot read ${path}: ${(error as Error).message}`);
  }
  if (/\.xlsx?$/i.test(path)) {
    throw new UsageError(`${path} is an Excel workbook; save it as CSV (File > Save As > CSV UTF-8) and run again`);
  }
  const rows = parseDelimited(decode(bytes));
  if (!rows.length) throw new UsageError(`${path === '-' ? 'Standard input' : path} is empty: there are no rows to classify`);
  return rows;
}
