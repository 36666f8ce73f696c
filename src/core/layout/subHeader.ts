/**
 * A header of two rows, as people build one in Excel or Sheets: a group label merged across
 * some columns ("Responsible" over Name | Unit, "Budget" over Amount | Currency) and the
 * parts named in the row below. The second row is header, not a plan row, and each column's
 * field is read from the more telling of its two labels.
 */
import { fieldOfHeader, headerKey } from '../fields';
import { cellText } from '../text';
import type { CellValue } from '../types';
import { isLabelRow } from './headerRow';

/** Part labels that say only which part of the group above they hold. */
// A currency part ("Budget / Currency") is no amount: it is left out, not read as the budget.
const GENERIC_PARTS = new Set(['name', 'full name', 'person', 'who', 'amount', 'value', 'total', 'sum', 'date', 'text', 'betrag', 'montant', 'importe', 'nome', 'valore', 'valor']);

const LABEL_MAX_WORDS = 4;
const LABEL_MAX_LENGTH = 30;

/** The group label each column of a merged header row stands under (a merge leaves blanks to its right). */
function groupLabels(top: readonly CellValue[], sub: readonly CellValue[], width: number): string[] {
  const labels: string[] = [];
  let group = '';
  for (let c = 0; c < width; c++) {
    const own = cellText(top[c]);
    if (own) group = own;
    else if (!cellText(sub[c])) group = '';
    labels.push(own || group);
  }
  return labels;
}

/**
 * True when `sub`, the row below the header `top`, names the parts of merged header cells:
 * it sits under a blank continuation of a label above, holds only short labels, most of them
 * header words, and nothing under the statement header (which every plan row fills).
 */
export function isSubHeader(top: readonly CellValue[], sub: readonly CellValue[] | undefined): boolean {
  if (!sub || !isLabelRow(sub)) return false;
  const width = Math.max(top.length, sub.length);
  let underMerge = false;
  let filled = 0;
  let known = 0;
  let seenTop = false;
  for (let c = 0; c < width; c++) {
    const above = cellText(top[c]);
    const text = cellText(sub[c]);
    if (above) seenTop = true;
    if (!text || text === above) continue;
    if (text.length > LABEL_MAX_LENGTH || text.split(/\s+/).length > LABEL_MAX_WORDS) return false;
    filled++;
    if (!above && seenTop) underMerge = true;
    if (fieldOfHeader(text) || GENERIC_PARTS.has(headerKey(text))) known++;
  }
  // A plan row always has its statement: a row blank under the statement header is no plan row.
  const statementColumns = top.map((cell, c) => (fieldOfHeader(cellText(cell))?.field === 'title' ? c : -1)).filter((c) => c >= 0);
  const blankUnder = (c: number) => !cellText(sub[c]) || cellText(sub[c]) === cellText(top[c]);
  const noStatement = statementColumns.length ? statementColumns.every(blankUnder) : top.some((cell, c) => cellText(cell) !== '' && blankUnder(c));
  return underMerge && noStatement && known >= 2 && known * 2 >= filled;
}

/**
 * The header of each column of a two-row header: what the user sees (`Responsible / Name`),
 * and the text its field is read from — the part when it names a field of its own ("Unit",
 * "Go-live"), the group when the part only says which piece of it the column holds ("Name"
 * under "Responsible" is the leader, not the title).
 */
export function twoRowHeaders(top: readonly CellValue[], sub: readonly CellValue[], width: number): { shown: string[]; keys: string[] } {
  const groups = groupLabels(top, sub, width);
  const shown: string[] = [];
  const keys: string[] = [];
  for (let c = 0; c < width; c++) {
    const group = groups[c];
    let part = cellText(sub[c]);
    if (part === group) part = '';
    shown.push(group && part ? `${group} / ${part}` : group || part);
    const own = part ? fieldOfHeader(part) : null;
    const generic = !own && GENERIC_PARTS.has(headerKey(part));
    const useGroup = !part || (Boolean(group) && (own ? own.field === 'title' : generic));
    keys.push(useGroup ? group : part);
  }
  return { shown, keys };
}
