/**
 * Where the command line's rows come from: a CSV/TSV file, an .xlsx workbook, or standard
 * input. Every source is a stream of rows, each with the line (or sheet row) it started
 * on, so memory stays flat however large the export. Standard input is copied to a
 * temporary file as it arrives, because classify reads a plan twice when it has a parent
 * column (parent links can point forward); that copy is removed when the run ends.
 */
import { createWriteStream, mkdtempSync, rmSync, statSync, type Stats } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { CellValue } from '../../core';
import { UsageError } from '../errors';
import { contentKind } from './contentKind';
import { head, openCsv, sniffEncoding } from './csvSource';
import { openXlsx } from './xlsxSource';

export interface SourceRow {
  cells: CellValue[];
  /** The line (CSV) or sheet row (xlsx) the row starts on, 1-based, header included. */
  line: number;
}

export interface BadRow {
  line: number;
  reason: string;
}

export interface RowSource {
  /** The rows in order, a batch at a time (a CSV chunk's records): one await per batch, not per row. */
  batches: AsyncIterable<SourceRow[]>;
  /** The input's size in bytes, for a progress bar's ETA. */
  totalBytes: number | null;
  bytesRead(): number;
  format: 'csv' | 'xlsx';
  /** Column -> the currency its number formats show (.xlsx), from the rows read so far. */
  columnCurrencies?(): Record<number, string>;
  /** What the user should know about how the file was read. */
  note?: string;
  /** A delimited file's delimiter, which CSV output keeps (a semicolon plan opens in a German Excel). */
  delimiter?: string;
}

export interface SourceOptions {
  sheet?: string;
  skipBadRows?: boolean;
  onBadRow?: (bad: BadRow) => void;
}

/** A plan file that can be opened as many times as needed. */
export interface PlanFile {
  path: string;
  /** How to name it in messages. */
  label: string;
  size: number;
  /** What the content is (read from its bytes, not its name). */
  kind: 'csv' | 'xlsx';
  open(options?: SourceOptions): Promise<RowSource>;
  /** Removes what reading it left behind (the copy of standard input). */
  close(): void;
}

function checkFile(path: string): number {
  let stats: Stats;
  try {
    stats = statSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new UsageError(`No such file: ${path}`);
    throw new UsageError(`Cannot read ${path}: ${(error as Error).message}`);
  }
  if (stats.isDirectory()) throw new UsageError(`${path} is a folder, not a plan file`);
  return stats.size;
}

/**
 * Whether the file is a workbook (a ZIP archive) rather than delimited text, from its
 * content whatever its name; binary data of any other kind is refused, never parsed.
 */
async function isWorkbook(path: string, label: string): Promise<boolean> {
  const first = await head(path);
  const { encoding, bom } = sniffEncoding(first);
  const kind = contentKind(first, new TextDecoder(encoding).decode(first.subarray(bom)));
  if (kind.kind === 'binary') throw new UsageError(`${label} looks like ${kind.what}, not a plan: ${kind.hint}`);
  return kind.kind === 'xlsx';
}

/** Opens `path` (or `-` for standard input) as a plan file. */
export async function planFile(path: string): Promise<PlanFile> {
  let file = path;
  let spool: string | null = null;
  if (path === '-') {
    spool = mkdtempSync(join(tmpdir(), 'goalpost-stdin-'));
    file = join(spool, 'stdin');
    await pipeline(process.stdin, createWriteStream(file));
  }
  const size = checkFile(file);
  const label = path === '-' ? 'standard input' : path;
  if (size === 0) {
    if (spool) rmSync(spool, { recursive: true, force: true });
    throw new UsageError(`${label} is empty: there are no rows to classify`);
  }
  let isXlsx: boolean;
  try {
    isXlsx = await isWorkbook(file, label);
  } catch (error) {
    if (spool) rmSync(spool, { recursive: true, force: true });
    throw error;
  }
  return {
    path: file,
    label,
    size,
    kind: isXlsx ? 'xlsx' : 'csv',
    async open(options = {}) {
      const source = isXlsx ? await openXlsx(file, options.sheet, label) : await openCsv(file, options.onBadRow ?? (() => undefined), options.skipBadRows ?? false);
      return { ...source, totalBytes: size };
    },
    close() {
      if (spool) rmSync(spool, { recursive: true, force: true });
    },
  };
}
