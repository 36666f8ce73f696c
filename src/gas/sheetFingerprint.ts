/**
 * A fingerprint of what a sheet holds: its values over a block, read in chunks (one
 * getValues() per chunk). It is taken from what Sheets hands back, never from what was
 * sent: Sheets turns some written strings into numbers, dates or booleans, and a formula
 * into its result, so only a read after the write compares like with like with a read
 * before the next one.
 */
import type { CellValue } from '../core';
import { CHUNK_ROWS, chunksOf, readBlock } from './sheetIO';

/**
 * Two 32-bit lanes of a multiply-xor hash (53 bits kept): an edit that leaves it unchanged
 * is a one-in-10^15 accident. This detects edits, it does not resist forgery: the user
 * owns the file and may do as they like with it.
 */
class Hash {
  private h1 = 0xdeadbeef;
  private h2 = 0x41c6ce57;
  add(text: string): void {
    for (let i = 0; i < text.length; i++) {
      const ch = text.charCodeAt(i);
      this.h1 = Math.imul(this.h1 ^ ch, 2654435761);
      this.h2 = Math.imul(this.h2 ^ ch, 1597334677);
    }
  }
  digest(): string {
    let h1 = Math.imul(this.h1 ^ (this.h1 >>> 16), 2246822507) ^ Math.imul(this.h2 ^ (this.h2 >>> 13), 3266489909);
    const h2 = Math.imul(this.h2 ^ (this.h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
    h1 >>>= 0;
    return (4294967296 * (2097151 & h2) + h1).toString(36);
  }
}

/** Each cell tagged with its type and length, so no two different grids serialize alike. */
function cellKey(cell: CellValue): string {
  if (cell === null || cell === undefined) return 'e;';
  if (cell instanceof Date) return `d${cell.getTime()};`;
  if (typeof cell === 'string') return `s${cell.length}:${cell}`;
  return `${typeof cell === 'number' ? 'n' : 'b'}${String(cell)};`;
}

/** The fingerprint of rows 1..numRows, columns 1..numColumns of `sheet`. */
export function fingerprintOf(sheet: GoogleAppsScript.Spreadsheet.Sheet, numRows: number, numColumns: number): string {
  const hash = new Hash();
  hash.add(`${numRows}x${numColumns}|`);
  if (numRows > 0 && numColumns > 0) {
    for (const chunk of chunksOf(1, numRows, CHUNK_ROWS)) {
      for (const row of readBlock(sheet, chunk.row, 1, chunk.numRows, numColumns)) {
        for (const cell of row) hash.add(cellKey(cell));
        hash.add('\n');
      }
    }
  }
  return hash.digest();
}
