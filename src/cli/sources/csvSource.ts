/**
 * Delimited text (CSV, TSV, semicolon exports) read as a stream of rows (csvReader.ts):
 * constant memory whatever the file size. The encoding comes from the byte-order mark
 * (UTF-8 or UTF-16 as Excel writes them), the delimiter from csv-parse reading the first
 * lines with each candidate; both are decided once, on the first bytes.
 */
import { createReadStream } from 'node:fs';
import { Transform } from 'node:stream';
import { parse as parseSync } from 'csv-parse/sync';
import { csvRows } from './csvReader';
import type { BadRow, RowSource } from './rowSource';

const DELIMITERS = [',', ';', '\t', '|'];
const PREVIEW_BYTES = 64 * 1024;

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/**
 * The encoding a byte-order mark announces, and the mark's length. Without a mark, UTF-8
 * when the first bytes are valid UTF-8, else Windows-1252: what Excel on Windows writes for
 * "CSV (Comma delimited)", where "Müller" or "€" are single bytes UTF-8 cannot hold.
 */
export function sniffEncoding(head: Uint8Array): { encoding: Encoding; bom: number } {
  if (head[0] === 0xff && head[1] === 0xfe) return { encoding: 'utf-16le', bom: 2 };
  if (head[0] === 0xfe && head[1] === 0xff) return { encoding: 'utf-16be', bom: 2 };
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return { encoding: 'utf-8', bom: 3 };
  return { encoding: isUtf8(head) ? 'utf-8' : 'windows-1252', bom: 0 };
}

/** Valid UTF-8, allowing a character cut short by the end of the bytes read (a streaming decode waits for the rest). */
function isUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: true });
    return true;
  } catch {
    return false;
  }
}

/** What a user should know of how the bytes were read, if anything. */
export function encodingNote(encoding: Encoding): string | undefined {
  return encoding === 'windows-1252' ? 'the file is not UTF-8: read as Windows-1252 (as Excel saves "CSV" on Windows)' : undefined;
}

/**
 * The delimiter under which most of the first lines split into the same number of fields
 * (more than one); ties go to the order of DELIMITERS, so a one-column file reads with commas.
 */
export function guessDelimiter(preview: string): string {
  // Drop a last line cut off by the preview's end.
  const text = preview.length >= PREVIEW_BYTES / 4 ? preview.slice(0, Math.max(preview.lastIndexOf('\n'), 1)) : preview;
  let best = { delimiter: ',', score: 0 };
  for (const delimiter of DELIMITERS) {
    let rows: string[][];
    try {
      rows = parseSync(text, { delimiter, relax_column_count: true, relax_quotes: true, skip_empty_lines: true, to: 50 });
    } catch {
      continue;
    }
    if (!rows.length) continue;
    // The width most lines share, not the first line's: a title line above the table ("Plan de
    // compte 2027") has no delimiter in it.
    const widths = rows.map((row) => row.length);
    const counts = new Map<number, number>();
    for (const width of widths) counts.set(width, (counts.get(width) ?? 0) + 1);
    const [common, times] = [...counts].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0];
    const score = common > 1 ? common * (times / widths.length) : 0;
    if (score > best.score) best = { delimiter, score };
  }
  return best.delimiter;
}

/** Reads the first bytes of a file without consuming a stream. */
export async function head(path: string): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of createReadStream(path, { start: 0, end: PREVIEW_BYTES - 1 })) {
    chunks.push(chunk as Buffer);
    size += (chunk as Buffer).length;
  }
  return Buffer.concat(chunks, size);
}

/** Bytes to text in the file's encoding, with characters split across chunks kept whole. */
function decoder(encoding: Encoding): Transform {
  const text = new TextDecoder(encoding, { ignoreBOM: false });
  return new Transform({
    readableObjectMode: false,
    transform(chunk: Buffer, _encoding, done) {
      done(null, text.decode(chunk, { stream: true }));
    },
    flush(done) {
      done(null, text.decode());
    },
  });
}

/** The delimiter and encoding a CSV file is read with (for tools that load the same file, such as `bq load`). */
export async function csvDialect(path: string): Promise<{ delimiter: string; encoding: Encoding }> {
  const first = await head(path);
  const { encoding, bom } = sniffEncoding(first);
  return { delimiter: guessDelimiter(new TextDecoder(encoding).decode(first.subarray(bom))), encoding };
}

/** Opens a CSV file as rows (csvReader.ts reads them). */
export async function openCsv(path: string, onBadRow: (bad: BadRow) => void, skipBadRows: boolean): Promise<RowSource> {
  const first = await head(path);
  const { encoding, bom } = sniffEncoding(first);
  const preview = new TextDecoder(encoding).decode(first.subarray(bom));
  const delimiter = guessDelimiter(preview);
  let bytesRead = 0;
  // 64 KB chunks: papaparse turns a chunk into records at once, and a quarter of the 256 KB
  // the reader used to take keeps fewer of them alive (peak RSS at 100k rows 233-251 -> 207-211 MB).
  const input = createReadStream(path, { start: bom, highWaterMark: 64 * 1024 });
  input.on('data', (chunk) => {
    bytesRead += (chunk as Buffer).length;
  });
  const batches = csvRows(input.pipe(decoder(encoding)), { delimiter, skipBadRows, onBadRow });
  return { batches, totalBytes: null, bytesRead: () => bytesRead, format: 'csv', note: encodingNote(encoding), delimiter };
}
