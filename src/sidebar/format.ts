/** Numbers and row spans as the sidebar words them: "Rows 2,001–4,000 of 9,500". */

const NUMBER = new Intl.NumberFormat('en-US');

export function count(n: number): string {
  return NUMBER.format(n);
}

export function plural(n: number, one: string, many: string): string {
  return `${count(n)} ${n === 1 ? one : many}`;
}

/** The block in flight, counted within the run (1 = the run's first row). */
export function blockText(from: number, to: number, total: number): string {
  return from === to ? `Row ${count(from)} of ${count(total)}` : `Rows ${count(from)}–${count(to)} of ${count(total)}`;
}

/** Sheet rows first..last, as the user finds them in the sheet. */
export function sheetRows(first: number, last: number): string {
  return first === last ? `row ${count(first)}` : `rows ${count(first)}–${count(last)}`;
}
