/**
 * Finds the layout of a plan once per file or range — which row is the header, which column
 * holds which field, and why — so the per-row work is a lookup. Every column is read two
 * ways: by its header (the synonym table) and by its values (columnEvidence). They usually
 * agree; where they do not and the values are unmistakable, the values win and the layout
 * says so. An explicit mapping always wins.
 */
import { fieldOfHeader, headerKey, isNotAField } from '../fields';
import { referenceFinder, type LinkItem } from '../link';
import { LAYOUT_SAMPLE_ROWS } from '../limits';
import { currencyOfCell } from '../money';
import { cellText, isBlank } from '../text';
import { FIELDS, type CellValue, type Field } from '../types';
import { KIND_WORDS, profileColumn, type ColumnProfile, type ContentKind } from './columnEvidence';
import { findHeaderRow } from './headerRow';
import { isSubHeader, twoRowHeaders } from './subHeader';
import { unitOfHeader, type ColumnUnit } from './units';

/** An explicit mapping: field -> header text (or column letter). */
export type FieldOverrides = Partial<Record<Field, string>>;

export type MappedBy = 'explicit' | 'header' | 'content';

export interface PlanLayout {
  hasHeaderRow: boolean;
  /** 0-based index, among the rows given, of the header row; -1 when there is none. Rows above it are not plan rows. */
  headerIndex: number;
  /** Header texts, or `Column A`, `Column B`... for columns with no header text. */
  headers: string[];
  /** field -> 0-based column index. */
  columns: Partial<Record<Field, number>>;
  how: Partial<Record<Field, MappedBy>>;
  /** field -> what showed it, in words: `header`, `short distinct phrases`, `names other rows`. */
  evidence: Partial<Record<Field, string>>;
  /** Where header and content disagreed, and what was read. */
  notes: string[];
  /** Column -> the currency and scale a header or number format gives its amounts ("Budget (USD)", "Kosten T€"). */
  units: Record<number, ColumnUnit>;
  /** Column -> true when its slash dates are day-first (30/11/2026), false when month-first. */
  dayFirst: Record<number, boolean>;
  /** A list of bare statements in one text column. */
  bareText: boolean;
  /** The header takes two rows (group labels merged over their parts): `headers` joins them ("Responsible / Name"). */
  twoRowHeader: boolean;
}

/** Input Goalpost cannot use; the message says what was found and how to fix it. */
export class PlanError extends Error {
  override name = 'PlanError';
}

/** Data rows read to weigh each column's content. */
const SAMPLE_ROWS = LAYOUT_SAMPLE_ROWS;

/** `A`, `B` ... `Z`, `AA`: the column letters users see in Sheets. */
export function columnLetter(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

function letterIndex(text: string): number | null {
  if (!/^[A-Za-z]{1,3}$/.test(text)) return null;
  let index = 0;
  for (const char of text.toUpperCase()) index = index * 26 + (char.charCodeAt(0) - 64);
  return index - 1;
}

function width(rows: ReadonlyArray<readonly CellValue[]>): number {
  let max = 0;
  for (const row of rows) max = Math.max(max, row?.length ?? 0);
  return max;
}

type Draft = Pick<PlanLayout, 'columns' | 'how' | 'evidence' | 'notes'>;

/** Typed kinds and the fields they fill, in the order free fields are taken. */
const TYPED: Partial<Record<ContentKind, readonly Field[]>> = {
  money: ['budget'],
  date: ['start', 'end', 'timeframe'],
  person: ['leader', 'manager', 'owner', 'sponsor'],
};
const FIELD_KIND: Partial<Record<Field, ContentKind>> = {
  budget: 'money', start: 'date', end: 'date', timeframe: 'date', leader: 'person', manager: 'person', owner: 'person', sponsor: 'person',
};
/** Fields whose column holds text, which a typed column (amounts, dates) plainly is not. */
const TEXT_FIELDS: readonly Field[] = ['title', 'description', 'account', 'organization', 'parent'];

function mapHeaders(headers: string[], present: boolean[]): Draft {
  const draft: Draft = { columns: {}, how: {}, evidence: {}, notes: [] };
  const matches = headers.map((header, index) => (present[index] ? fieldOfHeader(header) : null));
  for (const pass of ['exact', 'partial'] as const) {
    matches.forEach((match, index) => {
      if (!match || match.match !== pass || draft.columns[match.field] !== undefined) return;
      if (Object.values(draft.columns).includes(index)) return;
      draft.columns[match.field] = index;
      draft.how[match.field] = 'header';
      draft.evidence[match.field] = 'header';
    });
  }
  return draft;
}

function unassign(draft: Draft, field: Field): void {
  delete draft.columns[field];
  delete draft.how[field];
  delete draft.evidence[field];
}

function assign(draft: Draft, field: Field, index: number, how: MappedBy, evidence: string): void {
  for (const other of Object.keys(draft.columns) as Field[]) if (draft.columns[other] === index && other !== field) unassign(draft, other);
  draft.columns[field] = index;
  draft.how[field] = how;
  draft.evidence[field] = evidence;
}

function fieldAt(draft: Draft, index: number): Field | undefined {
  return (Object.keys(draft.columns) as Field[]).find((field) => draft.columns[field] === index);
}

/**
 * The share of a column's values that name another row of the plan by its id or title,
 * as a parent column does; rows naming themselves do not count.
 */
function namesOtherRows(rows: ReadonlyArray<readonly CellValue[]>, index: number, draft: Draft): { share: number; count: number } {
  const { title, id } = draft.columns;
  if (title === undefined && id === undefined) return { share: 0, count: 0 };
  const items: LinkItem[] = rows.map((row, i) => ({ row: i + 1, record: { title: title === undefined ? '' : row[title], id: id === undefined ? '' : row[id] } }));
  const find = referenceFinder(items);
  let filled = 0;
  let named = 0;
  rows.forEach((row, i) => {
    const reference = cellText(row[index]);
    if (!reference) return;
    filled++;
    if (find(reference, items[i])) named++;
  });
  return { share: filled ? named / filled : 0, count: named };
}

/** Every filled cell of the sample is a currency ("EUR", "€", "NOK"), and there are two at least. */
function holdsCurrencies(rows: ReadonlyArray<readonly CellValue[]>, index: number): boolean {
  let filled = 0;
  for (const row of rows) {
    const cell = row[index];
    if (isBlank(cell)) continue;
    if (!currencyOfCell(cell)) return false;
    filled++;
  }
  return filled >= 2;
}

function contentDecides(
  data: ReadonlyArray<readonly CellValue[]>,
  headers: string[],
  keys: string[],
  present: boolean[],
  profiles: ColumnProfile[],
  draft: Draft,
  ignored: Set<number>,
): void {
  const quote = (index: number) => `"${headers[index]}"`;
  const free = (field: Field) => draft.columns[field] === undefined;
  const mapped = (index: number) => fieldAt(draft, index) !== undefined;

  // A header that names a typed field over a column of another type: the values win.
  for (const field of Object.keys(draft.columns) as Field[]) {
    if (draft.how[field] !== 'header') continue;
    const index = draft.columns[field] as number;
    const kind = profiles[index].kind;
    const expected = FIELD_KIND[field];
    const typed = TYPED[kind];
    // "Who" over names is the leader, not the team; a text header over amounts or dates is no text.
    // A company's name reads like a person's, so only the team yields to names.
    // A header that plainly names a team ("Department", "Abteilung") keeps its column: group
    // names ("Real Estate", "Loss Prevention") read like people's names.
    const plainTeam = field === 'organization' && TEAM_HEADER.test(headerKey(keys[index]));
    // Bare numbers such as 2000 or 2050 under "Budget" are amounts, though they read as years elsewhere.
    const yearsAsAmounts = expected === 'money' && kind === 'date' && profiles[index].years === profiles[index].date;
    const wrongType = expected
      ? typed && kind !== expected && !yearsAsAmounts
      : TEXT_FIELDS.includes(field) && (kind === 'money' || kind === 'date' || (kind === 'person' && field === 'organization' && !plainTeam));
    if (!wrongType) {
      if (expected && kind === expected) draft.evidence[field] = `header; content: ${KIND_WORDS[kind]}`;
      continue;
    }
    unassign(draft, field);
    const target = typed?.find(free);
    if (target) {
      assign(draft, target, index, 'content', KIND_WORDS[kind]);
      draft.notes.push(`${quote(index)} is headed like the ${field} but holds ${KIND_WORDS[kind]}: read as the ${target}`);
    } else {
      draft.notes.push(`${quote(index)} is headed like the ${field} but holds ${KIND_WORDS[kind]}: not read as the ${field}`);
    }
  }

  // The title: a column of short distinct phrases. A title header over long text gives way to one.
  const phraseColumns = profiles.filter((p) => p.kind === 'phrase' && !ignored.has(p.index));
  const titleAt = draft.columns.title;
  if (titleAt !== undefined && draft.how.title === 'header') {
    const kind = profiles[titleAt].kind;
    // A header that plainly names the statements ("Plan item", "Objective") keeps them from a
    // column a header names as notes or comments: only a column no header explains may take over.
    const named = fieldOfHeader(keys[titleAt])?.match === 'exact';
    const yields = (index: number) => !mapped(index) || (fieldAt(draft, index) === 'description' && !(named && draft.how.description === 'header'));
    const better = phraseColumns.find((p) => p.index !== titleAt && yields(p.index));
    if (kind === 'prose' && better) {
      const old = titleAt;
      assign(draft, 'title', better.index, 'content', KIND_WORDS.phrase);
      if (free('description')) assign(draft, 'description', old, 'content', KIND_WORDS.prose);
      draft.notes.push(`${quote(old)} is headed like the title but holds long text; the title is ${quote(better.index)} (short distinct phrases)`);
    } else if (kind === 'phrase' || kind === 'prose') {
      draft.evidence.title = `header; content: ${KIND_WORDS[kind]}`;
    }
  } else if (titleAt === undefined) {
    const descriptionAt = draft.columns.description;
    const candidate = phraseColumns.find((p) => !mapped(p.index)) ?? (descriptionAt !== undefined && profiles[descriptionAt].kind === 'phrase' && draft.how.description !== 'explicit' ? profiles[descriptionAt] : undefined);
    if (candidate) {
      if (fieldAt(draft, candidate.index) === 'description') draft.notes.push(`${quote(candidate.index)} is headed like a description but holds short distinct phrases: read as the title`);
      assign(draft, 'title', candidate.index, 'content', KIND_WORDS.phrase);
    }
  }

  // The id: distinct codes, when no header named one.
  if (free('id')) {
    const id = profiles.find((p) => p.kind === 'id' && !mapped(p.index) && !ignored.has(p.index) && !holdsCurrencies(data, p.index));
    if (id) assign(draft, 'id', id.index, 'content', KIND_WORDS.id);
  }

  // The parent: a column whose values name other rows' titles or ids.
  const parentAt = draft.columns.parent;
  const candidates = profiles.filter((p) => !mapped(p.index) && !ignored.has(p.index) && (p.kind === 'phrase' || p.kind === 'group' || p.kind === 'label' || p.kind === 'id'));
  let best: { index: number; share: number } | null = null;
  for (const p of candidates) {
    const { share, count } = namesOtherRows(data, p.index, draft);
    if (count >= 2 && share >= 0.5 && (!best || share > best.share)) best = { index: p.index, share };
  }
  if (parentAt !== undefined && draft.how.parent === 'header') {
    const own = namesOtherRows(data, parentAt, draft);
    if (own.count > 0) draft.evidence.parent = 'header; names other rows';
    else if (best && best.share >= 0.6) {
      draft.notes.push(`${quote(parentAt)} is headed like the parent but names no row; ${quote(best.index)} names other rows: read as the parent`);
      assign(draft, 'parent', best.index, 'content', 'names other rows');
    }
  } else if (parentAt === undefined && best) {
    assign(draft, 'parent', best.index, 'content', 'names other rows');
  }

  // Amounts, dates and people by their values, in columns whose header names no field
  // (a second "Issue id" is no budget, whatever its numbers look like).
  for (const p of profiles) {
    if (mapped(p.index) || ignored.has(p.index) || (present[p.index] && fieldOfHeader(keys[p.index]))) continue;
    const field = TYPED[p.kind]?.find(free);
    if (field) assign(draft, field, p.index, 'content', KIND_WORDS[p.kind]);
  }
  // A column of currency codes or signs beside the budget names the budget's currency.
  if (free('currency') && !free('budget')) {
    const at = profiles.find((p) => !mapped(p.index) && !ignored.has(p.index) && holdsCurrencies(data, p.index));
    if (at) assign(draft, 'currency', at.index, 'content', 'currency codes');
  }
  // One date column alone is a deadline or a period, not a start.
  if (draft.how.start === 'content' && free('end') && free('timeframe')) {
    const at = draft.columns.start as number;
    unassign(draft, 'start');
    assign(draft, 'timeframe', at, 'content', KIND_WORDS.date);
  }
  // Short values repeated down the column: the account, then the team — only in a sheet whose
  // headers said nothing of its text, so that a "Status" column never becomes the team.
  if (!Object.values(draft.how).includes('header')) {
    for (const p of profiles) {
      if (mapped(p.index) || ignored.has(p.index) || p.kind !== 'group') continue;
      const field = (['account', 'organization'] as const).find(free);
      if (field) assign(draft, field, p.index, 'content', KIND_WORDS.group);
    }
  }
}

function applyOverrides(overrides: FieldOverrides, headers: string[], draft: Draft): void {
  for (const [field, name] of Object.entries(overrides) as Array<[Field, string | undefined]>) {
    if (!(FIELDS as readonly string[]).includes(field)) {
      throw new PlanError(`Unknown field "${field}" in the column mapping; fields are: ${FIELDS.join(', ')}`);
    }
    if (name === undefined || name === '') {
      unassign(draft, field);
      continue;
    }
    const key = headerKey(name);
    let index = headers.findIndex((header) => headerKey(header) === key);
    if (index < 0) index = letterIndex(name.trim()) ?? -1;
    if (index < 0 || index >= headers.length) {
      throw new PlanError(`No column "${name}" for ${field}; the columns are: ${headers.map((h) => `"${h}"`).join(', ')}`);
    }
    assign(draft, field, index, 'explicit', 'your choice');
  }
}

export interface LayoutOptions {
  overrides?: FieldOverrides;
  /** True: rows[0] is the header row; false: there is none; unset: found by looking. */
  hasHeaderRow?: boolean;
  /** The 0-based index of the header row among the rows, as the user set it (`--header-row`); -1 for none. */
  headerIndex?: number;
  /** Column -> currency an .xlsx number format gives it (`$#,##0` -> USD). */
  formatCurrencies?: Record<number, string>;
}

/** The header row's index under the options: the user's, else an explicit mapping's, else found. */
function headerIndexOf(rows: ReadonlyArray<readonly CellValue[]>, options: LayoutOptions): number {
  if (options.headerIndex !== undefined) return options.headerIndex;
  if (options.hasHeaderRow !== undefined) return options.hasHeaderRow ? 0 : -1;
  const names = Object.values(options.overrides ?? {}).filter((name): name is string => !!name);
  return findHeaderRow(rows, names);
}

/**
 * Finds the layout of a plan. The header row is found among the first rows unless the
 * options say where it is. Throws PlanError when no column can be read as statements.
 */
const DATE_FIELDS = new Set<Field | undefined>(['start', 'end', 'timeframe']);
const TEAM_HEADER =
  /\b(?:department|dept|dep|division|business unit|bu|team|unit|abteilung|abt|bereich|service|departement|departamento|dpto|equipe|equipo|direction|direccion|ufficio|afdeling)\b/;

export function detectLayout(rows: readonly CellValue[][], options: LayoutOptions = {}): PlanLayout {
  const found = headerIndexOf(rows, options);
  // A header found by looking may take two rows (a merged group label over its parts); one the
  // user placed (--header-row, the sidebar's setting) is taken as the one row they named.
  const looked = options.headerIndex === undefined && options.hasHeaderRow === undefined;
  const twoRows = looked && found >= 0 && isSubHeader(rows[found] ?? [], rows[found + 1]);
  const headerIndex = twoRows ? found + 1 : found;
  if (headerIndex >= rows.length) throw new PlanError(`The header row ${headerIndex + 1} is below the last row (${rows.length})`);
  const data = rows.slice(headerIndex + 1, headerIndex + 1 + SAMPLE_ROWS);
  const columnCount = width(rows.slice(0, headerIndex + 1 + SAMPLE_ROWS));
  if (!rows.length || columnCount === 0) throw new PlanError('The plan is empty: there are no rows to classify');
  const hasHeaderRow = headerIndex >= 0;
  const headerCells = hasHeaderRow ? rows[headerIndex] : [];
  const merged = twoRows ? twoRowHeaders(rows[found], rows[headerIndex], columnCount) : null;
  const texts = Array.from({ length: columnCount }, (_, index) => merged?.shown[index] ?? cellText(headerCells[index]));
  const present = texts.map((text) => text !== '');
  const headers = present.map((has, index) => (has ? texts[index] : `Column ${columnLetter(index)}`));
  // What each header's field is read from: for a two-row header, the more telling of its two labels.
  const keys = merged ? merged.keys : headers;
  const ignored = new Set(keys.map((key, index) => (present[index] && isNotAField(key) ? index : -1)).filter((i) => i >= 0));

  const draft = hasHeaderRow ? mapHeaders(keys, present) : { columns: {}, how: {}, evidence: {}, notes: [] };
  if (twoRows) draft.notes.push('the header takes two rows: the second names the parts of the merged labels above it, and is no plan row');
  const profiles = Array.from({ length: columnCount }, (_, index) => profileColumn(data, index));
  if (columnCount === 1) {
    // A one-column plan is a list of statements, whatever its header says.
    for (const field of Object.keys(draft.columns) as Field[]) unassign(draft, field);
    assign(draft, 'title', 0, hasHeaderRow ? 'header' : 'content', hasHeaderRow ? 'header' : KIND_WORDS[profiles[0].kind]);
  } else {
    applyOverrides(options.overrides ?? {}, headers, draft);
    contentDecides(data, headers, keys, present, profiles, draft, ignored);
  }
  applyOverrides(options.overrides ?? {}, headers, draft);

  if (draft.columns.title === undefined && draft.columns.description === undefined) {
    const found = hasHeaderRow ? `headers ${headers.slice(0, 12).map((h) => `"${h}"`).join(', ')}` : `${columnCount} columns and no header row`;
    throw new PlanError(`No column holds goal or initiative text (found ${found}). Name it with a mapping such as title=<header>`);
  }
  const units: Record<number, ColumnUnit> = {};
  const budgetAt = draft.columns.budget;
  if (budgetAt !== undefined) {
    // The header's unit first ("Budget (k€)"); a currency the cells' number format shows fills in one the header leaves out ("Budget (k)" over "$#,##0").
    const header = present[budgetAt] ? unitOfHeader(headers[budgetAt]) : null;
    const formatted = options.formatCurrencies?.[budgetAt] ?? null;
    const unit = header ? { ...header, currency: header.currency ?? formatted } : formatted ? { currency: formatted, scale: 1 } : null;
    if (unit) units[budgetAt] = unit;
  }
  // A plan writes its dates one way: where one column shows it ("30/11/2026" is day-first) and
  // none shows the other, every date column of the plan reads that way.
  const dayFirst: Record<number, boolean> = {};
  const mappedColumns = Object.values(draft.columns) as number[];
  const shown = new Set(mappedColumns.map((index) => profiles[index].dayFirst).filter((way): way is boolean => way !== null));
  const planWay = shown.size === 1 ? [...shown][0] : null;
  for (const index of mappedColumns) {
    const way = profiles[index].dayFirst ?? (planWay !== null && DATE_FIELDS.has(fieldAt(draft, index)) ? planWay : null);
    if (way !== null) dayFirst[index] = way;
  }
  const mappedCount = Object.keys(draft.columns).length;
  return { hasHeaderRow, headerIndex, headers, ...draft, units, dayFirst, bareText: mappedCount === 1, twoRowHeader: twoRows };
}
