/**
 * Over 400 lines on purpose: one fake of the services that call each other (a Range
 * belongs to a Sheet of a Spreadsheet, and all of them count calls on one ledger), kept
 * in one file so it is read and changed as one model of Apps Script.
 *
 * An in-memory Apps Script for tests: SpreadsheetApp (Spreadsheet, Sheet, Range, developer
 * metadata), Ui,
 * HtmlService, PropertiesService, LockService and ScriptApp.AuthMode.
 *
 * It copies the behaviour Goalpost's code can trip over in the real services rather than
 * their whole surface: values are 2-D arrays with `Date` objects and `''` for blanks,
 * error cells read as strings such as `#N/A`, `getValues()` hands out copies,
 * `setValues()` with the wrong shape or a cell over 50,000 characters throws the real
 * message, a string written with a leading `=` becomes a formula (the reason the add-on
 * guards its output), ranges past
 * the sheet's edge throw, and services that need authorization refuse in AuthMode.NONE
 * and refuse writes inside a custom function. Every service call is counted so a test can
 * assert that work is batched.
 */

export type Cell = string | number | boolean | Date;

export const AuthMode = {
  NONE: 'NONE',
  LIMITED: 'LIMITED',
  FULL: 'FULL',
  CUSTOM_FUNCTION: 'CUSTOM_FUNCTION',
} as const;
export type AuthModeValue = (typeof AuthMode)[keyof typeof AuthMode];

export const ButtonSet = { OK: 'OK', OK_CANCEL: 'OK_CANCEL', YES_NO: 'YES_NO', YES_NO_CANCEL: 'YES_NO_CANCEL' } as const;
export const Button = { OK: 'OK', CANCEL: 'CANCEL', YES: 'YES', NO: 'NO', CLOSE: 'CLOSE' } as const;

/** What the real services throw when a call fails midway (a backend error, or the run killed at its time limit). */
export const SERVICE_FAILURE = 'Service Spreadsheets failed while accessing document with id fake-spreadsheet-id.';

/** Counts calls by `Service.method`, e.g. `Range.getValues`, and fails the ones a test asks to fail. */
export class CallCounter {
  private readonly counts = new Map<string, number>();
  private readonly faults = new Map<string, number>();
  hit(name: string): void {
    const count = (this.counts.get(name) ?? 0) + 1;
    this.counts.set(name, count);
    // Thrown before the call has any effect, as a service call either happens or fails.
    if (this.faults.get(name) === count) {
      this.faults.delete(name);
      throw new Error(SERVICE_FAILURE);
    }
  }
  /** Makes the n-th call of `name` from now on (1-based) throw SERVICE_FAILURE instead of running. */
  failOn(name: string, n: number): void {
    this.faults.set(name, this.of(name) + n);
  }
  of(name: string): number {
    return this.counts.get(name) ?? 0;
  }
  /** Total calls whose name starts with `prefix` (e.g. `Properties.`). */
  startingWith(prefix: string): number {
    let total = 0;
    for (const [name, n] of this.counts) if (name.startsWith(prefix)) total += n;
    return total;
  }
  all(): Record<string, number> {
    return Object.fromEntries(this.counts);
  }
  reset(): void {
    this.counts.clear();
    this.faults.clear();
  }
}

function copyCell(v: Cell): Cell {
  return v instanceof Date ? new Date(v.getTime()) : v;
}

function columnLetter(col: number): string {
  let s = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

function parseA1(a1: string): { row: number; col: number; numRows: number; numCols: number } {
  const ref = a1.includes('!') ? a1.slice(a1.lastIndexOf('!') + 1) : a1;
  const m = /^\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/i.exec(ref.trim());
  if (!m) throw new Error(`Range not found`);
  const col = (letters: string) => [...letters.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  const r1 = Number(m[2]);
  const c1 = col(m[1]);
  const r2 = m[3] ? Number(m[4]) : r1;
  const c2 = m[3] ? col(m[3]) : c1;
  return { row: Math.min(r1, r2), col: Math.min(c1, c2), numRows: Math.abs(r2 - r1) + 1, numCols: Math.abs(c2 - c1) + 1 };
}

/** The most characters one cell holds; a write with a longer string fails as a whole, writing nothing. */
export const MAX_CELL_CHARS = 50_000;
function checkCellSize(value: unknown): void {
  if (typeof value === 'string' && value.replace(/^'/, '').length > MAX_CELL_CHARS) {
    throw new Error(`Your input contains more than the maximum of ${MAX_CELL_CHARS} characters in a single cell.`);
  }
}

function displayOf(v: Cell): string {
  if (v instanceof Date) return `${v.getMonth() + 1}/${v.getDate()}/${v.getFullYear()}`;
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  return String(v);
}

export class FakeRange {
  constructor(
    private readonly env: FakeAppsScript,
    private readonly sheet: FakeSheet,
    private readonly row: number,
    private readonly col: number,
    private readonly numRows: number,
    private readonly numCols: number,
  ) {}

  private hit(method: string): void {
    this.env.calls.hit(`Range.${method}`);
  }

  getRow(): number { this.hit('getRow'); return this.row; }
  getColumn(): number { this.hit('getColumn'); return this.col; }
  getNumRows(): number { this.hit('getNumRows'); return this.numRows; }
  getNumColumns(): number { this.hit('getNumColumns'); return this.numCols; }
  getLastRow(): number { this.hit('getLastRow'); return this.row + this.numRows - 1; }
  getLastColumn(): number { this.hit('getLastColumn'); return this.col + this.numCols - 1; }
  getSheet(): FakeSheet { this.hit('getSheet'); return this.sheet; }
  getA1Notation(): string {
    this.hit('getA1Notation');
    const start = `${columnLetter(this.col)}${this.row}`;
    if (this.numRows === 1 && this.numCols === 1) return start;
    return `${start}:${columnLetter(this.col + this.numCols - 1)}${this.row + this.numRows - 1}`;
  }

  private grid<T>(read: (r: number, c: number) => T): T[][] {
    const out: T[][] = [];
    for (let r = 0; r < this.numRows; r++) {
      const line: T[] = new Array(this.numCols);
      for (let c = 0; c < this.numCols; c++) line[c] = read(this.row + r, this.col + c);
      out.push(line);
    }
    return out;
  }

  getValues(): Cell[][] {
    this.hit('getValues');
    this.env.requireData('Range.getValues');
    return this.grid((r, c) => copyCell(this.sheet.cell(r, c)));
  }
  getValue(): Cell {
    this.hit('getValue');
    this.env.requireData('Range.getValue');
    return copyCell(this.sheet.cell(this.row, this.col));
  }
  getDisplayValues(): string[][] {
    this.hit('getDisplayValues');
    this.env.requireData('Range.getDisplayValues');
    return this.grid((r, c) => displayOf(this.sheet.cell(r, c)));
  }
  getFormulas(): string[][] {
    this.hit('getFormulas');
    this.env.requireData('Range.getFormulas');
    return this.grid((r, c) => this.sheet.formula(r, c));
  }

  setValues(values: unknown[][]): FakeRange {
    this.hit('setValues');
    this.env.requireWrite('Range.setValues');
    if (!Array.isArray(values) || values.some((line) => !Array.isArray(line))) {
      throw new Error('The parameters (number[]) don\'t match the method signature for SpreadsheetApp.Range.setValues.');
    }
    if (values.length !== this.numRows) {
      throw new Error(
        `The number of rows in the data does not match the number of rows in the range. The data has ${values.length} but the range has ${this.numRows}.`,
      );
    }
    for (const line of values) {
      if (line.length !== this.numCols) {
        throw new Error(
          `The number of columns in the data does not match the number of columns in the range. The data has ${line.length} but the range has ${this.numCols}.`,
        );
      }
    }
    for (const line of values) for (const v of line) checkCellSize(v);
    values.forEach((line, r) => line.forEach((v, c) => this.sheet.write(this.row + r, this.col + c, v)));
    return this;
  }
  setValue(value: unknown): FakeRange {
    this.hit('setValue');
    this.env.requireWrite('Range.setValue');
    checkCellSize(value);
    for (let r = 0; r < this.numRows; r++) for (let c = 0; c < this.numCols; c++) this.sheet.write(this.row + r, this.col + c, value);
    return this;
  }
  setFormula(formula: string): FakeRange {
    this.hit('setFormula');
    this.env.requireWrite('Range.setFormula');
    for (let r = 0; r < this.numRows; r++) for (let c = 0; c < this.numCols; c++) this.sheet.write(this.row + r, this.col + c, formula);
    return this;
  }
  clearContent(): FakeRange {
    this.hit('clearContent');
    this.env.requireWrite('Range.clearContent');
    for (let r = 0; r < this.numRows; r++) for (let c = 0; c < this.numCols; c++) this.sheet.write(this.row + r, this.col + c, '');
    return this;
  }

  setNumberFormat(format: string): FakeRange {
    this.hit('setNumberFormat');
    this.env.requireWrite('Range.setNumberFormat');
    this.forEachCell((r, c) => this.sheet.formats.set(`${r},${c}`, format));
    return this;
  }
  setNumberFormats(formats: string[][]): FakeRange {
    this.hit('setNumberFormats');
    this.env.requireWrite('Range.setNumberFormats');
    if (formats.length !== this.numRows) {
      throw new Error(
        `The number of rows in the data does not match the number of rows in the range. The data has ${formats.length} but the range has ${this.numRows}.`,
      );
    }
    formats.forEach((line, r) => line.forEach((f, c) => this.sheet.formats.set(`${this.row + r},${this.col + c}`, f)));
    return this;
  }
  setFontWeight(weight: string | null): FakeRange {
    this.hit('setFontWeight');
    this.env.requireWrite('Range.setFontWeight');
    this.forEachCell((r, c) => this.sheet.fontWeights.set(`${r},${c}`, weight ?? 'normal'));
    return this;
  }
  setFontWeights(weights: Array<Array<string | null>>): FakeRange {
    this.hit('setFontWeights');
    this.env.requireWrite('Range.setFontWeights');
    this.checkShape(weights);
    weights.forEach((line, r) => line.forEach((w, c) => this.sheet.fontWeights.set(`${this.row + r},${this.col + c}`, w ?? 'normal')));
    return this;
  }
  setBackground(color: string | null): FakeRange {
    this.hit('setBackground');
    this.env.requireWrite('Range.setBackground');
    this.forEachCell((r, c) => this.sheet.backgrounds.set(`${r},${c}`, color ?? ''));
    return this;
  }
  setBackgrounds(colors: Array<Array<string | null>>): FakeRange {
    this.hit('setBackgrounds');
    this.env.requireWrite('Range.setBackgrounds');
    this.checkShape(colors);
    colors.forEach((line, r) => line.forEach((color, c) => this.sheet.backgrounds.set(`${this.row + r},${this.col + c}`, color ?? '')));
    return this;
  }
  activate(): FakeRange {
    this.hit('activate');
    this.sheet.parent.select(this.sheet, this);
    return this;
  }

  /** The real service's dimension check, shared by the 2-D setters. */
  private checkShape(grid: unknown[][]): void {
    if (grid.length !== this.numRows) {
      throw new Error(`The number of rows in the data does not match the number of rows in the range. The data has ${grid.length} but the range has ${this.numRows}.`);
    }
    for (const line of grid) {
      if (line.length !== this.numCols) {
        throw new Error(`The number of columns in the data does not match the number of columns in the range. The data has ${line.length} but the range has ${this.numCols}.`);
      }
    }
  }

  private forEachCell(fn: (r: number, c: number) => void): void {
    for (let r = 0; r < this.numRows; r++) for (let c = 0; c < this.numCols; c++) fn(this.row + r, this.col + c);
  }
}

export const DeveloperMetadataVisibility = { DOCUMENT: 'DOCUMENT', PROJECT: 'PROJECT' } as const;
export const DeveloperMetadataLocationType = { SPREADSHEET: 'SPREADSHEET', SHEET: 'SHEET', ROW: 'ROW', COLUMN: 'COLUMN' } as const;

/**
 * Developer metadata on the spreadsheet or on a sheet (rows and columns are not modelled).
 * As in Sheets: it moves with its sheet through renames and edits, Sheet.clear() keeps it,
 * and deleting the sheet deletes it. The fake has one project, so PROJECT and DOCUMENT
 * visibility both show.
 */
export class FakeDeveloperMetadata {
  constructor(
    private readonly env: FakeAppsScript,
    private readonly store: FakeSpreadsheet,
    private readonly id: number,
    private key: string,
    private value: string | null,
    private visibility: string,
    readonly sheet: FakeSheet | null,
  ) {}
  private hit(method: string, write = false): void {
    this.env.calls.hit(`DeveloperMetadata.${method}`);
    if (write) this.env.requireWrite(`DeveloperMetadata.${method}`);
  }
  getId(): number { this.hit('getId'); return this.id; }
  getKey(): string { this.hit('getKey'); return this.key; }
  getValue(): string | null { this.hit('getValue'); return this.value; }
  getVisibility(): string { this.hit('getVisibility'); return this.visibility; }
  setKey(key: string): FakeDeveloperMetadata { this.hit('setKey', true); this.key = key; return this; }
  setValue(value: string): FakeDeveloperMetadata { this.hit('setValue', true); this.value = value; return this; }
  setVisibility(visibility: string): FakeDeveloperMetadata { this.hit('setVisibility', true); this.visibility = visibility; return this; }
  getLocation() {
    this.hit('getLocation');
    const sheet = this.sheet;
    const spreadsheet = this.store;
    return {
      getLocationType: () => (sheet ? DeveloperMetadataLocationType.SHEET : DeveloperMetadataLocationType.SPREADSHEET),
      getSheet: () => sheet,
      getSpreadsheet: () => (sheet ? null : spreadsheet),
      getRow: () => null,
      getColumn: () => null,
    };
  }
  remove(): void { this.hit('remove', true); this.store.forgetMetadata(this); }
  /** Uncounted, for finders and tests. */
  peek(): { id: number; key: string; value: string | null; visibility: string } {
    return { id: this.id, key: this.key, value: this.value, visibility: this.visibility };
  }
}

export class FakeDeveloperMetadataFinder {
  private readonly tests: Array<(m: ReturnType<FakeDeveloperMetadata['peek']>, meta: FakeDeveloperMetadata) => boolean> = [];
  constructor(private readonly env: FakeAppsScript, private readonly scope: () => FakeDeveloperMetadata[]) {}
  withKey(key: string): FakeDeveloperMetadataFinder { this.tests.push((m) => m.key === key); return this; }
  withValue(value: string): FakeDeveloperMetadataFinder { this.tests.push((m) => m.value === value); return this; }
  withId(id: number): FakeDeveloperMetadataFinder { this.tests.push((m) => m.id === id); return this; }
  withVisibility(visibility: string): FakeDeveloperMetadataFinder { this.tests.push((m) => m.visibility === visibility); return this; }
  withLocationType(type: string): FakeDeveloperMetadataFinder {
    this.tests.push((_, meta) => (meta.sheet ? DeveloperMetadataLocationType.SHEET : DeveloperMetadataLocationType.SPREADSHEET) === type);
    return this;
  }
  onIntersectingLocations(): FakeDeveloperMetadataFinder { return this; }
  find(): FakeDeveloperMetadata[] {
    this.env.calls.hit('DeveloperMetadataFinder.find');
    this.env.requireData('DeveloperMetadataFinder.find');
    return this.scope().filter((meta) => this.tests.every((test) => test(meta.peek(), meta)));
  }
}

/** A visibility as code passes it: the fake's enum holds strings, the typings call it an enum. */
type Visibility = string | GoogleAppsScript.Spreadsheet.DeveloperMetadataVisibility;

/** The overloads of addDeveloperMetadata: (key), (key, visibility), (key, value), (key, value, visibility). */
function metadataArguments(second?: Visibility, third?: Visibility): { value: string | null; visibility: string } {
  if (third !== undefined) return { value: second === undefined ? null : String(second), visibility: String(third) };
  if (second !== undefined && String(second) in DeveloperMetadataVisibility) return { value: null, visibility: String(second) };
  return { value: second === undefined ? null : String(second), visibility: DeveloperMetadataVisibility.DOCUMENT };
}

export class FakeSheet {
  private rows: Cell[][] = [];
  private readonly formulas = new Map<string, string>();
  readonly formats = new Map<string, string>();
  readonly fontWeights = new Map<string, string>();
  readonly backgrounds = new Map<string, string>();
  readonly charts: FakeChart[] = [];
  private frozenRows = 0;
  private hidden = false;
  private maxRows: number;
  private maxColumns: number;
  private extent: { lastRow: number; lastColumn: number } | null = null;

  constructor(
    private readonly env: FakeAppsScript,
    readonly parent: FakeSpreadsheet,
    private name: string,
    private readonly id: number,
    values: Cell[][] = [],
  ) {
    values.forEach((line, r) => line.forEach((v, c) => this.store(r + 1, c + 1, copyCell(v))));
    const width = values.reduce((w, line) => Math.max(w, line.length), 0);
    this.maxRows = Math.max(1000, values.length);
    this.maxColumns = Math.max(26, width);
  }

  private hit(method: string): void {
    this.env.calls.hit(`Sheet.${method}`);
  }

  // --- what the cells hold (used by FakeRange and by tests; not counted) ---

  cell(row: number, col: number): Cell {
    return this.rows[row - 1]?.[col - 1] ?? '';
  }
  formula(row: number, col: number): string {
    return this.formulas.get(`${row},${col}`) ?? '';
  }
  /** How Sheets takes a value written by a script: '=' makes a formula, a leading apostrophe forces text. */
  write(row: number, col: number, value: unknown): void {
    this.formulas.delete(`${row},${col}`);
    if (value === null || value === undefined) value = '';
    if (typeof value === 'string' && value.startsWith('=')) {
      this.formulas.set(`${row},${col}`, value);
      this.store(row, col, ''); // the fake does not evaluate formulas
      return;
    }
    if (typeof value === 'string' && value.startsWith("'")) value = value.slice(1);
    this.store(row, col, copyCell(value as Cell));
  }
  private store(row: number, col: number, value: Cell): void {
    const line = (this.rows[row - 1] ??= []);
    line[col - 1] = value;
    this.extent = null;
  }
  /** Test helper: a formula cell showing `shownValue`, as a recalculated sheet would hold. */
  seedFormula(a1: string, formula: string, shownValue: Cell): void {
    const { row, col } = parseA1(a1);
    this.store(row, col, shownValue);
    this.formulas.set(`${row},${col}`, formula);
    this.extent = null;
  }
  /** Test helper: every cell up to the last row and column, values and formulas, uncounted. */
  snapshot(): { values: Cell[][]; formulas: string[][] } {
    const { lastRow, lastColumn } = this.measure();
    const values: Cell[][] = [];
    const formulas: string[][] = [];
    for (let r = 1; r <= lastRow; r++) {
      const v: Cell[] = [];
      const f: string[] = [];
      for (let c = 1; c <= lastColumn; c++) {
        v.push(copyCell(this.cell(r, c)));
        f.push(this.formula(r, c));
      }
      values.push(v);
      formulas.push(f);
    }
    return { values, formulas };
  }

  private measure(): { lastRow: number; lastColumn: number } {
    if (this.extent) return this.extent;
    let lastRow = 0;
    let lastColumn = 0;
    this.rows.forEach((line, r) => {
      line?.forEach((v, c) => {
        if (v !== '' && v !== undefined) {
          lastRow = Math.max(lastRow, r + 1);
          lastColumn = Math.max(lastColumn, c + 1);
        }
      });
    });
    for (const key of this.formulas.keys()) {
      const [r, c] = key.split(',').map(Number);
      lastRow = Math.max(lastRow, r);
      lastColumn = Math.max(lastColumn, c);
    }
    this.extent = { lastRow, lastColumn };
    return this.extent;
  }

  // --- the Sheet API ---

  getName(): string { this.hit('getName'); return this.name; }
  setName(name: string): FakeSheet { this.hit('setName'); this.name = name; return this; }
  getSheetId(): number { this.hit('getSheetId'); return this.id; }
  getParent(): FakeSpreadsheet { this.hit('getParent'); return this.parent; }
  getLastRow(): number { this.hit('getLastRow'); this.env.requireData('Sheet.getLastRow'); return this.measure().lastRow; }
  getLastColumn(): number { this.hit('getLastColumn'); this.env.requireData('Sheet.getLastColumn'); return this.measure().lastColumn; }
  getMaxRows(): number { this.hit('getMaxRows'); return this.maxRows; }
  getMaxColumns(): number { this.hit('getMaxColumns'); return this.maxColumns; }
  getFrozenRows(): number { this.hit('getFrozenRows'); return this.frozenRows; }
  setFrozenRows(rows: number): FakeSheet { this.hit('setFrozenRows'); this.env.requireWrite('Sheet.setFrozenRows'); this.frozenRows = rows; return this; }

  hideSheet(): FakeSheet {
    this.hit('hideSheet');
    this.env.requireWrite('Sheet.hideSheet');
    this.hidden = true;
    return this;
  }
  showSheet(): FakeSheet {
    this.hit('showSheet');
    this.env.requireWrite('Sheet.showSheet');
    this.hidden = false;
    return this;
  }
  isSheetHidden(): boolean {
    this.hit('isSheetHidden');
    return this.hidden;
  }
  insertColumnsAfter(afterPosition: number, howMany: number): FakeSheet {
    this.hit('insertColumnsAfter');
    this.env.requireWrite('Sheet.insertColumnsAfter');
    if (afterPosition !== this.maxColumns) throw new Error('FakeSheet only inserts columns at the end of the sheet.');
    this.maxColumns += howMany;
    return this;
  }
  insertRowsAfter(afterPosition: number, howMany: number): FakeSheet {
    this.hit('insertRowsAfter');
    this.env.requireWrite('Sheet.insertRowsAfter');
    if (afterPosition !== this.maxRows) throw new Error('FakeSheet only inserts rows at the end of the sheet.');
    this.maxRows += howMany;
    return this;
  }

  getRange(rowOrA1: number | string, col?: number, numRows = 1, numCols = 1): FakeRange {
    this.hit('getRange');
    let row: number;
    if (typeof rowOrA1 === 'string') {
      ({ row, col, numRows, numCols } = parseA1(rowOrA1));
    } else {
      row = rowOrA1;
      if (col === undefined) throw new Error('The parameters (number) don\'t match the method signature for SpreadsheetApp.Sheet.getRange.');
    }
    if (!Number.isInteger(row) || !Number.isInteger(col) || !Number.isInteger(numRows) || !Number.isInteger(numCols)) {
      throw new Error('The parameters (number,number,number,number) don\'t match the method signature for SpreadsheetApp.Sheet.getRange.');
    }
    if (numRows < 1) throw new Error('The number of rows in the range must be at least 1.');
    if (numCols < 1) throw new Error('The number of columns in the range must be at least 1.');
    if (row < 1 || col! < 1 || row + numRows - 1 > this.maxRows || col! + numCols - 1 > this.maxColumns) {
      throw new Error('The coordinates of the range are outside the dimensions of the sheet.');
    }
    return new FakeRange(this.env, this, row, col!, numRows, numCols);
  }
  getDataRange(): FakeRange {
    this.hit('getDataRange');
    this.env.requireData('Sheet.getDataRange');
    const { lastRow, lastColumn } = this.measure();
    return new FakeRange(this.env, this, 1, 1, Math.max(1, lastRow), Math.max(1, lastColumn));
  }
  getActiveRange(): FakeRange | null {
    this.hit('getActiveRange');
    return this.parent.selectionOn(this);
  }
  setActiveRange(range: FakeRange): FakeRange {
    this.hit('setActiveRange');
    this.parent.select(this, range);
    return range;
  }
  setActiveSelection(a1: string): FakeRange {
    this.hit('setActiveSelection');
    const range = new FakeRange(this.env, this, parseA1(a1).row, parseA1(a1).col, parseA1(a1).numRows, parseA1(a1).numCols);
    this.parent.select(this, range);
    return range;
  }
  activate(): FakeSheet {
    this.hit('activate');
    this.parent.select(this, null);
    return this;
  }
  /** Clears contents and formats, as Sheet.clear() does; charts stay, as in Sheets. */
  clear(): FakeSheet {
    this.hit('clear');
    this.env.requireWrite('Sheet.clear');
    this.rows = [];
    this.formulas.clear();
    this.formats.clear();
    this.fontWeights.clear();
    this.backgrounds.clear();
    this.extent = null;
    return this;
  }
  addDeveloperMetadata(key: string, second?: Visibility, third?: Visibility): FakeSheet {
    this.hit('addDeveloperMetadata');
    this.env.requireWrite('Sheet.addDeveloperMetadata');
    const { value, visibility } = metadataArguments(second, third);
    this.parent.attachMetadata(key, value, visibility, this);
    return this;
  }
  getDeveloperMetadata(): FakeDeveloperMetadata[] {
    this.hit('getDeveloperMetadata');
    this.env.requireData('Sheet.getDeveloperMetadata');
    return this.parent.metadataOn(this);
  }
  createDeveloperMetadataFinder(): FakeDeveloperMetadataFinder {
    this.hit('createDeveloperMetadataFinder');
    return new FakeDeveloperMetadataFinder(this.env, () => this.parent.metadataOn(this));
  }
  newChart(): FakeChartBuilder {
    this.hit('newChart');
    return new FakeChartBuilder();
  }
  insertChart(chart: FakeChart): void {
    this.hit('insertChart');
    this.env.requireWrite('Sheet.insertChart');
    this.charts.push(chart);
  }
  getCharts(): FakeChart[] {
    this.hit('getCharts');
    return [...this.charts];
  }
  removeChart(chart: FakeChart): void {
    this.hit('removeChart');
    this.env.requireWrite('Sheet.removeChart');
    const at = this.charts.indexOf(chart);
    if (at >= 0) this.charts.splice(at, 1);
  }
}

export const ChartType = { BAR: 'BAR', COLUMN: 'COLUMN', COMBO: 'COMBO', LINE: 'LINE', PIE: 'PIE' } as const;

/** An embedded chart: what it plots and how, as tests want to see it. */
export interface FakeChart {
  type: string;
  ranges: string[];
  options: Record<string, unknown>;
  position: { row: number; column: number };
}

export class FakeChartBuilder {
  private readonly chart: FakeChart = { type: '', ranges: [], options: {}, position: { row: 1, column: 1 } };
  setChartType(type: string): FakeChartBuilder { this.chart.type = type; return this; }
  addRange(range: FakeRange): FakeChartBuilder { this.chart.ranges.push(range.getA1Notation()); return this; }
  setOption(name: string, value: unknown): FakeChartBuilder { this.chart.options[name] = value; return this; }
  setPosition(row: number, column: number, _offsetX: number, _offsetY: number): FakeChartBuilder {
    this.chart.position = { row, column };
    return this;
  }
  build(): FakeChart { return { ...this.chart, ranges: [...this.chart.ranges], options: { ...this.chart.options } }; }
}

export class FakeSpreadsheet {
  private sheets: FakeSheet[] = [];
  private active: FakeSheet | null = null;
  private selection: FakeRange | null = null;
  private nextId = 0;
  readonly toasts: Array<{ message: string; title?: string }> = [];
  private metadata: FakeDeveloperMetadata[] = [];
  private nextMetadataId = 1;
  /** File > Settings > Time zone. A date cell is read as the instant its midnight falls in this zone. */
  timeZone = 'Etc/GMT';

  constructor(private readonly env: FakeAppsScript) {}

  private hit(method: string): void {
    this.env.calls.hit(`Spreadsheet.${method}`);
  }

  /** Test helper: a sheet holding `values` (row 1 first), uncounted. */
  addSheet(name: string, values: Cell[][] = []): FakeSheet {
    const sheet = new FakeSheet(this.env, this, name, this.nextId++ * 1000 + 7, values);
    this.sheets.push(sheet);
    this.active ??= sheet;
    return sheet;
  }
  select(sheet: FakeSheet, range: FakeRange | null): void {
    this.active = sheet;
    this.selection = range;
  }
  selectionOn(sheet: FakeSheet): FakeRange | null {
    return this.active === sheet ? this.selection : null;
  }

  /** Where every piece of developer metadata lives (sheet is null for the spreadsheet's own). */
  attachMetadata(key: string, value: string | null, visibility: string, sheet: FakeSheet | null): FakeDeveloperMetadata {
    const meta = new FakeDeveloperMetadata(this.env, this, this.nextMetadataId++, key, value, visibility, sheet);
    this.metadata.push(meta);
    return meta;
  }
  metadataOn(sheet: FakeSheet | null): FakeDeveloperMetadata[] {
    return this.metadata.filter((meta) => meta.sheet === sheet);
  }
  forgetMetadata(meta: FakeDeveloperMetadata): void {
    this.metadata = this.metadata.filter((m) => m !== meta);
  }
  /**
   * Test helper: the user's "Duplicate" of a sheet, uncounted: its cells and, taken as the
   * worst case, its developer metadata, under a new sheet id.
   */
  duplicateSheet(sheet: FakeSheet, name: string): FakeSheet {
    const copy = this.addSheet(name, sheet.snapshot().values);
    for (const meta of this.metadataOn(sheet)) {
      const { key, value, visibility } = meta.peek();
      this.attachMetadata(key, value, visibility, copy);
    }
    return copy;
  }

  addDeveloperMetadata(key: string, second?: Visibility, third?: Visibility): FakeSpreadsheet {
    this.hit('addDeveloperMetadata');
    this.env.requireWrite('Spreadsheet.addDeveloperMetadata');
    const { value, visibility } = metadataArguments(second, third);
    this.attachMetadata(key, value, visibility, null);
    return this;
  }
  /** The spreadsheet's own metadata, as in Sheets (not its sheets'). */
  getDeveloperMetadata(): FakeDeveloperMetadata[] {
    this.hit('getDeveloperMetadata');
    this.env.requireData('Spreadsheet.getDeveloperMetadata');
    return this.metadataOn(null);
  }
  /** Searches the whole spreadsheet: its own metadata and every sheet's. */
  createDeveloperMetadataFinder(): FakeDeveloperMetadataFinder {
    this.hit('createDeveloperMetadataFinder');
    return new FakeDeveloperMetadataFinder(this.env, () => [...this.metadata]);
  }

  getId(): string { this.hit('getId'); return 'fake-spreadsheet-id'; }
  getName(): string { this.hit('getName'); return 'Fake spreadsheet'; }
  getSpreadsheetTimeZone(): string { this.hit('getSpreadsheetTimeZone'); return this.timeZone; }
  getSheets(): FakeSheet[] { this.hit('getSheets'); return [...this.sheets]; }
  getActiveSheet(): FakeSheet {
    this.hit('getActiveSheet');
    this.active ??= this.addSheet('Sheet1');
    return this.active;
  }
  setActiveSheet(sheet: FakeSheet): FakeSheet { this.hit('setActiveSheet'); this.select(sheet, null); return sheet; }
  getActiveRange(): FakeRange | null { this.hit('getActiveRange'); return this.selection; }
  setActiveRange(range: FakeRange): FakeRange {
    this.hit('setActiveRange');
    this.select(range.getSheet(), range);
    return range;
  }
  getSheetByName(name: string): FakeSheet | null {
    this.hit('getSheetByName');
    return this.sheets.find((s) => s.getName() === name) ?? null;
  }
  getSheetById(id: number): FakeSheet | null {
    this.hit('getSheetById');
    return this.sheets.find((s) => s.getSheetId() === id) ?? null;
  }
  insertSheet(name?: string): FakeSheet {
    this.hit('insertSheet');
    this.env.requireWrite('Spreadsheet.insertSheet');
    const finalName = name ?? `Sheet${this.sheets.length + 1}`;
    if (this.sheets.some((s) => s.getName() === finalName)) {
      throw new Error(`A sheet with the name "${finalName}" already exists. Please enter another name.`);
    }
    const sheet = this.addSheet(finalName);
    this.select(sheet, null); // insertSheet activates the new sheet
    return sheet;
  }
  deleteSheet(sheet: FakeSheet): void {
    this.hit('deleteSheet');
    this.env.requireWrite('Spreadsheet.deleteSheet');
    this.sheets = this.sheets.filter((s) => s !== sheet);
    this.metadata = this.metadata.filter((meta) => meta.sheet !== sheet);
    if (this.active === sheet) this.select(this.sheets[0] ?? null!, null);
  }
  toast(message: string, title?: string): void {
    this.hit('toast');
    this.toasts.push({ message, title });
  }
}

export interface MenuItem {
  caption: string;
  functionName: string;
}
export class FakeMenu {
  readonly items: Array<MenuItem | 'separator'> = [];
  constructor(private readonly ui: FakeUi, readonly caption: string | null) {}
  addItem(caption: string, functionName: string): FakeMenu { this.items.push({ caption, functionName }); return this; }
  addSeparator(): FakeMenu { this.items.push('separator'); return this; }
  addSubMenu(menu: FakeMenu): FakeMenu { this.items.push(...menu.items); return this; }
  addToUi(): void { this.ui.menus.push(this); }
}

export interface Alert {
  title: string | null;
  prompt: string;
  buttons: string | null;
}
export class FakeUi {
  readonly ButtonSet = ButtonSet;
  readonly Button = Button;
  readonly menus: FakeMenu[] = [];
  readonly alerts: Alert[] = [];
  readonly sidebars: FakeHtmlOutput[] = [];
  readonly dialogs: Array<{ html: FakeHtmlOutput; title: string; modal: boolean }> = [];
  /** What the next alerts answer; OK once the queue is empty. */
  readonly answers: string[] = [];

  constructor(private readonly env: FakeAppsScript) {}

  createAddonMenu(): FakeMenu { this.env.calls.hit('Ui.createAddonMenu'); return new FakeMenu(this, null); }
  createMenu(caption: string): FakeMenu { this.env.calls.hit('Ui.createMenu'); return new FakeMenu(this, caption); }
  alert(a: string, b?: string, c?: string): string {
    this.env.calls.hit('Ui.alert');
    const alert =
      c !== undefined
        ? { title: a, prompt: b!, buttons: c }
        : b !== undefined && b in ButtonSet
          ? { title: null, prompt: a, buttons: b }
          : { title: null, prompt: a, buttons: null };
    this.alerts.push(alert);
    return this.answers.shift() ?? Button.OK;
  }
  showSidebar(html: FakeHtmlOutput): void { this.env.calls.hit('Ui.showSidebar'); this.sidebars.push(html); }
  showModalDialog(html: FakeHtmlOutput, title: string): void {
    this.env.calls.hit('Ui.showModalDialog');
    this.dialogs.push({ html, title, modal: true });
  }
  showModelessDialog(html: FakeHtmlOutput, title: string): void {
    this.env.calls.hit('Ui.showModelessDialog');
    this.dialogs.push({ html, title, modal: false });
  }
}

export class FakeHtmlOutput {
  private title = '';
  private width: number | null = null;
  private height: number | null = null;
  constructor(private content: string) {}
  getContent(): string { return this.content; }
  setContent(content: string): FakeHtmlOutput { this.content = content; return this; }
  append(content: string): FakeHtmlOutput { this.content += content; return this; }
  getTitle(): string { return this.title; }
  setTitle(title: string): FakeHtmlOutput { this.title = title; return this; }
  getWidth(): number | null { return this.width; }
  setWidth(width: number): FakeHtmlOutput { this.width = width; return this; }
  getHeight(): number | null { return this.height; }
  setHeight(height: number): FakeHtmlOutput { this.height = height; return this; }
  setSandboxMode(): FakeHtmlOutput { return this; }
  setXFrameOptionsMode(): FakeHtmlOutput { return this; }
  addMetaTag(): FakeHtmlOutput { return this; }
}

export class FakeHtmlService {
  readonly SandboxMode = { IFRAME: 'IFRAME', NATIVE: 'NATIVE', EMULATED: 'EMULATED' };
  readonly XFrameOptionsMode = { ALLOWALL: 'ALLOWALL', DEFAULT: 'DEFAULT' };
  /** Project HTML files by name (without `.html`), as clasp pushes them. */
  readonly files = new Map<string, string>();
  constructor(private readonly env: FakeAppsScript) {}

  private file(name: string): string {
    const key = name.replace(/\.html$/, '');
    const content = this.files.get(key);
    if (content === undefined) throw new Error(`No HTML file named ${key} was found.`);
    return content;
  }
  createHtmlOutput(content = ''): FakeHtmlOutput {
    this.env.calls.hit('HtmlService.createHtmlOutput');
    return new FakeHtmlOutput(content);
  }
  createHtmlOutputFromFile(name: string): FakeHtmlOutput {
    this.env.calls.hit('HtmlService.createHtmlOutputFromFile');
    return new FakeHtmlOutput(this.file(name));
  }
  createTemplateFromFile(name: string): { evaluate(): FakeHtmlOutput } {
    this.env.calls.hit('HtmlService.createTemplateFromFile');
    const content = this.file(name);
    return { evaluate: () => new FakeHtmlOutput(content) };
  }
}

export class FakeProperties {
  private readonly map = new Map<string, string>();
  constructor(private readonly env: FakeAppsScript, private readonly store: string) {}
  private hit(method: string, write = false): void {
    this.env.calls.hit(`Properties.${method}`);
    if (write) this.env.requireWrite(`${this.store}.${method}`);
  }
  getProperty(key: string): string | null { this.hit('getProperty'); return this.map.get(key) ?? null; }
  getProperties(): Record<string, string> { this.hit('getProperties'); return Object.fromEntries(this.map); }
  getKeys(): string[] { this.hit('getKeys'); return [...this.map.keys()]; }
  setProperty(key: string, value: string): FakeProperties {
    this.hit('setProperty', true);
    this.map.set(key, String(value));
    return this;
  }
  setProperties(props: Record<string, string>, deleteAllOthers = false): FakeProperties {
    this.hit('setProperties', true);
    if (deleteAllOthers) this.map.clear();
    for (const [k, v] of Object.entries(props)) this.map.set(k, String(v));
    return this;
  }
  deleteProperty(key: string): FakeProperties { this.hit('deleteProperty', true); this.map.delete(key); return this; }
  deleteAllProperties(): FakeProperties { this.hit('deleteAllProperties', true); this.map.clear(); return this; }
}

/** The document lock's state; "another run" is any holder other than this script's lock objects. */
class LockState {
  holder: FakeLock | 'another run' | null = null;
  readonly attempts: number[] = [];
}
export class FakeLock {
  constructor(private readonly env: FakeAppsScript, private readonly state: LockState) {}
  tryLock(timeoutInMillis: number): boolean {
    this.env.calls.hit('Lock.tryLock');
    this.state.attempts.push(timeoutInMillis);
    if (this.state.holder !== null && this.state.holder !== this) return false;
    this.state.holder = this;
    return true;
  }
  waitLock(timeoutInMillis: number): void {
    if (!this.tryLock(timeoutInMillis)) throw new Error('Lock timeout: another process was holding the lock for too long.');
  }
  hasLock(): boolean { this.env.calls.hit('Lock.hasLock'); return this.state.holder === this; }
  releaseLock(): void {
    this.env.calls.hit('Lock.releaseLock');
    if (this.state.holder === this) this.state.holder = null;
  }
}

export interface FakeOptions {
  authMode?: AuthModeValue;
}

/** One Apps Script project bound to one spreadsheet. */
export class FakeAppsScript {
  readonly calls = new CallCounter();
  authMode: AuthModeValue;
  readonly spreadsheet: FakeSpreadsheet;
  readonly ui: FakeUi;
  readonly html: FakeHtmlService;
  readonly documentProperties: FakeProperties;
  readonly userProperties: FakeProperties;
  readonly scriptProperties: FakeProperties;
  private readonly lock = new LockState();
  private installedOn: { target: Record<string, unknown>; previous: Map<string, PropertyDescriptor | undefined> } | null = null;

  constructor(options: FakeOptions = {}) {
    this.authMode = options.authMode ?? AuthMode.FULL;
    this.spreadsheet = new FakeSpreadsheet(this);
    this.ui = new FakeUi(this);
    this.html = new FakeHtmlService(this);
    this.documentProperties = new FakeProperties(this, 'DocumentProperties');
    this.userProperties = new FakeProperties(this, 'UserProperties');
    this.scriptProperties = new FakeProperties(this, 'ScriptProperties');
  }

  /** AuthMode.NONE (onOpen before the add-on is authorized) may build menus and nothing else. */
  requireData(what: string): void {
    if (this.authMode === AuthMode.NONE) {
      throw new Error(`You do not have permission to call ${what}. Required permissions: https://www.googleapis.com/auth/spreadsheets.currentonly`);
    }
  }
  /** Custom functions may read but never write. */
  requireWrite(what: string): void {
    this.requireData(what);
    if (this.authMode === AuthMode.CUSTOM_FUNCTION) throw new Error(`You do not have permission to call ${what}`);
  }

  /** Test helper: the n-th call of `name` (e.g. `Range.setValues`) from now on throws, as a failing or killed run would. */
  failOn(name: string, n: number): void {
    this.calls.failOn(name, n);
  }

  /** Test helper: another execution holds the document lock until released. */
  holdDocumentLock(): void {
    this.lock.holder = 'another run';
  }
  releaseDocumentLock(): void {
    this.lock.holder = null;
  }
  get lockHeld(): boolean {
    return this.lock.holder !== null;
  }
  get lockAttempts(): readonly number[] {
    return this.lock.attempts;
  }

  /** The globals Apps Script provides, as one object (also what a node:vm context gets). */
  globals(): Record<string, unknown> {
    // biome-ignore lint/complexity/noUselessThisAlias: the services below are objects whose methods have their own `this`.
    const env = this;
    const properties = (what: string, store: FakeProperties) => () => {
      env.calls.hit(`PropertiesService.${what}`);
      if (env.authMode === AuthMode.NONE) {
        throw new Error(`You do not have permission to call PropertiesService.${what}. Required permissions: https://www.googleapis.com/auth/script.container.ui`);
      }
      return store;
    };
    const spreadsheetApp = {
      getUi: () => {
        env.calls.hit('SpreadsheetApp.getUi');
        if (env.authMode === AuthMode.CUSTOM_FUNCTION) throw new Error('Cannot call SpreadsheetApp.getUi() from this context.');
        return env.ui;
      },
      getActiveSpreadsheet: () => {
        env.calls.hit('SpreadsheetApp.getActiveSpreadsheet');
        env.requireData('SpreadsheetApp.getActiveSpreadsheet');
        return env.spreadsheet;
      },
      getActive: () => {
        env.calls.hit('SpreadsheetApp.getActive');
        env.requireData('SpreadsheetApp.getActive');
        return env.spreadsheet;
      },
      getActiveSheet: () => {
        env.calls.hit('SpreadsheetApp.getActiveSheet');
        env.requireData('SpreadsheetApp.getActiveSheet');
        return env.spreadsheet.getActiveSheet();
      },
      getActiveRange: () => {
        env.calls.hit('SpreadsheetApp.getActiveRange');
        env.requireData('SpreadsheetApp.getActiveRange');
        return env.spreadsheet.getActiveRange();
      },
      flush: () => env.calls.hit('SpreadsheetApp.flush'),
      DeveloperMetadataVisibility,
      DeveloperMetadataLocationType,
    };
    return {
      SpreadsheetApp: spreadsheetApp,
      HtmlService: this.html,
      PropertiesService: {
        getDocumentProperties: properties('getDocumentProperties', this.documentProperties),
        getUserProperties: properties('getUserProperties', this.userProperties),
        getScriptProperties: properties('getScriptProperties', this.scriptProperties),
      },
      LockService: {
        getDocumentLock: () => {
          env.calls.hit('LockService.getDocumentLock');
          return new FakeLock(env, env.lock);
        },
        getScriptLock: () => {
          env.calls.hit('LockService.getScriptLock');
          return new FakeLock(env, new LockState());
        },
      },
      ScriptApp: { AuthMode },
      Charts: { ChartType },
      Logger: { log: () => undefined },
    };
  }

  install(target: Record<string, unknown> = globalThis as unknown as Record<string, unknown>): this {
    if (this.installedOn) throw new Error('These fakes are already installed.');
    const previous = new Map<string, PropertyDescriptor | undefined>();
    for (const [name, value] of Object.entries(this.globals())) {
      previous.set(name, Object.getOwnPropertyDescriptor(target, name));
      Object.defineProperty(target, name, { value, configurable: true, writable: true, enumerable: false });
    }
    this.installedOn = { target, previous };
    current.add(this);
    return this;
  }

  uninstall(): void {
    if (!this.installedOn) return;
    const { target, previous } = this.installedOn;
    for (const [name, descriptor] of previous) {
      if (descriptor) Object.defineProperty(target, name, descriptor);
      else delete target[name];
    }
    this.installedOn = null;
    current.delete(this);
  }
}

const current = new Set<FakeAppsScript>();

/** Installs a fresh fake Apps Script onto globalThis; pair with `afterEach(uninstallFakeAppsScript)`. */
export function installFakeAppsScript(options: FakeOptions = {}): FakeAppsScript {
  return new FakeAppsScript(options).install();
}

/** Removes every fake installed by installFakeAppsScript. */
export function uninstallFakeAppsScript(): void {
  for (const env of [...current]) env.uninstall();
}
