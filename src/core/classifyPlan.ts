/**
 * The data rows of a plan classified under its layout (see layout/detectLayout and
 * layout/rowRecord), with the whole plan's parent references, and as roll-up items.
 * Lines that are notes or totals, not plan rows, are Unclear with a reason that says so: the
 * user's rows each get a verdict and are counted, and none is summed into a roll-up's budget.
 */
import { classify } from './classify';
import type { PlanLayout } from './layout/detectLayout';
import { isNoteRow, isTotalLine } from './layout/headerRow';
import { isBlankRow, mappedFields, recordReader } from './layout/rowRecord';
import type { PlanItem } from './link';
import { firstToken, tokens } from './similarity';
import { cellText, clip, isSheetsError, normalize } from './text';
import type { CellValue, ClassifyOptions, PlanRecord, Verdict } from './types';

/**
 * How a parent reference is compared ('' for none): its words stemmed, without the little
 * words people drop or add ("Expand into Canadian market" names "Expand into the Canadian
 * market"); an id or a title of little words only is compared as written.
 */
export function parentKey(value: CellValue): string {
  const text = cellText(value);
  if (!text) return '';
  return tokens(text).join(' ') || normalize(text);
}

/** What the plan's rows name as their parent (see isParentRow). */
export function parentKeys(layout: PlanLayout, rows: readonly CellValue[][]): Set<string> {
  const keys = new Set<string>();
  const column = layout.columns.parent;
  if (column === undefined) return keys;
  // Many rows name the same parent: each distinct reference is stemmed once.
  const read = new Set<CellValue>();
  for (const row of rows) {
    const value = row[column];
    if (read.has(value)) continue;
    read.add(value);
    const key = parentKey(value);
    if (key) keys.add(key);
  }
  return keys;
}

/**
 * The classifier of one data row of a plan, with the per-plan work (the mapped-field set)
 * done once; null for a blank row. `parents` are the keys the whole plan names as parents:
 * a row named as one reads as a goal, so when rows are judged a chunk at a time the keys
 * must come from the whole plan, or a verdict would depend on the chunk a row fell in.
 * The engine reads an error value (#N/A, #REF!) as a blank cell; since such a cell is
 * usually a broken lookup the user will want to fix, the reason names it.
 */
export function rowClassifier(
  layout: PlanLayout,
  options: ClassifyOptions = {},
  parents: ReadonlySet<string> = new Set(),
): (row: readonly CellValue[]) => Verdict | null {
  const mapped = mappedFields(layout);
  const columns = Object.values(layout.columns) as number[];
  const recordOf = recordReader(layout);
  const hasError = (row: readonly CellValue[]) => columns.some((i) => isSheetsError(row[i]));
  return (row) => {
    if (isBlankRow(row)) return null;
    const record = recordOf(row);
    const judged = classify(record, options, { mapped, isParent: isParentRow(record, parents) });
    const verdict = isNoteRow(row, layout.headers.length) ? asNoteLine(row, judged) : judged;
    if (options.explain === false || !hasError(row)) return verdict;
    const errors = columns.filter((i) => isSheetsError(row[i]));
    if (errors.every((i) => verdict.reason.includes(String(row[i]).trim()))) return verdict;
    const cells = errors.map((i) => `${layout.headers[i]} shows ${String(row[i]).trim()}`).join(', ');
    return { ...verdict, reason: `${verdict.reason} (read as blank: ${cells})` };
  };
}

/**
 * A totals or note line is never a goal or an initiative, even when its cells show an amount
 * (a total's sum) or its words read as work ("Notes: call back re renewal").
 */
function asNoteLine(row: readonly CellValue[], verdict: Verdict): Verdict {
  // The user's own correction of the line stands, like any other.
  if (verdict.label === 'Unclear' || verdict.basis === 'correction') return verdict;
  const text = cellText(row.find((cell) => cellText(cell) !== ''));
  const what = isTotalLine(text) ? 'A totals row' : 'A note below or inside the table';
  return { ...verdict, label: 'Unclear', basis: 'wording', theme: null, reason: `${what} (“${clip(text, 40)}”), not a goal or an initiative` };
}

/**
 * Classifies the data rows of a plan (header row excluded). Blank rows give null, so callers
 * can keep row numbers. The parent keys default to those of the rows given.
 */
export function classifyRows(
  rows: readonly CellValue[][],
  layout: PlanLayout,
  options: ClassifyOptions = {},
  parents: ReadonlySet<string> = parentKeys(layout, rows),
): Array<Verdict | null> {
  return rows.map(rowClassifier(layout, options, parents));
}

/** The first word of every parent key, per set of keys: most titles can be told apart by it alone. */
const keyHeads = new WeakMap<ReadonlySet<string>, { size: number; heads: Set<string> }>();

function headsOf(parents: ReadonlySet<string>): Set<string> {
  const known = keyHeads.get(parents);
  // A set that grew since is read again (keys are only ever added).
  if (known && known.size === parents.size) return known.heads;
  const heads = new Set([...parents].map((key) => key.split(' ')[0]));
  keyHeads.set(parents, { size: parents.size, heads });
  return heads;
}

/** True when a row's id or title is what other rows name as their parent. */
export function isParentRow(record: PlanRecord, parents: ReadonlySet<string>): boolean {
  if (!parents.size) return false;
  return namesParent(record.id, parents) || namesParent(record.title, parents);
}

function namesParent(value: CellValue, parents: ReadonlySet<string>): boolean {
  const text = cellText(value);
  if (!text) return false;
  // A key starts with its text's first token, so a text whose first token starts no key is
  // no parent: the whole key (every word stemmed) is built only for the few that may be.
  const head = firstToken(text);
  if (head !== '' && !headsOf(parents).has(head)) return false;
  return parents.has(parentKey(text));
}

/** The classified non-blank rows of a plan as roll-up items, numbered from 1 (header not counted). */
export function planItems(rows: readonly CellValue[][], layout: PlanLayout, options: ClassifyOptions = {}): PlanItem[] {
  const verdicts = classifyRows(rows, layout, options);
  const recordOf = recordReader(layout);
  const items: PlanItem[] = [];
  verdicts.forEach((verdict, index) => {
    if (verdict) items.push({ row: index + 1, record: recordOf(rows[index]), verdict });
  });
  return items;
}
