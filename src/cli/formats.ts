/**
 * How `goalpost classify` prints its verdicts, one row at a time as they are made: a
 * readable table for people, CSV for spreadsheets (the input columns plus Goalpost's), and
 * JSON / NDJSON for scripts, whose shape is the contract in DESIGN.md.
 */
import { csvRecords } from './csvRecords';
import { countsText, CRITERIA, VERDICT_HEADERS, verdictCells, type CellValue, type Label, type Verdict } from '../core';

export const CLASSIFY_FORMATS = ['table', 'csv', 'ndjson', 'json'] as const;
export type ClassifyFormat = (typeof CLASSIFY_FORMATS)[number];

/** One classified data row: its 1-based number (header not counted), its cells, its verdict. */
export interface ClassifiedRow {
  row: number;
  cells: CellValue[];
  title: string;
  verdict: Verdict;
}

export type Counts = Record<Label, number>;

/**
 * Text for the start of the output, each row, what stands between two rows, and the end.
 * `row` keeps no state, so rows can be rendered apart (in worker threads) and joined in order.
 */
export interface VerdictWriter {
  start(): string;
  row(row: ClassifiedRow): string;
  between: string;
  end(counts: Counts): string;
}

/** The JSON object for one row, as DESIGN.md fixes it (evidence added for scripts that explain). */
export function verdictObject({ row, verdict }: ClassifiedRow): object {
  const object: Record<string, unknown> = {
    row,
    label: verdict.label,
    score: verdict.score,
    criteria: verdict.criteria,
    theme: verdict.theme,
    basis: verdict.basis,
    reason: verdict.reason,
    evidence: verdict.evidence,
  };
  // basis "correction" / "similar-correction": which example decided it, as data (the reason says it in words).
  if (verdict.taught) object.correction = verdict.taught;
  return object;
}

// A cell that starts like a formula would run when the CSV is opened in a spreadsheet
// (OWASP "CSV injection"); a leading apostrophe makes the spreadsheet show it as text.
const FORMULA_START = /^[=+\-@\t\r]/;
export function neutralise(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

/** A cell as CSV text: dates from workbooks as ISO days. */
function csvText(cell: CellValue | string | number | boolean): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? '' : cell.toISOString().slice(0, 10);
  return String(cell);
}

function csvCells(cells: ReadonlyArray<CellValue | string | number | boolean>, raw: boolean): string[] {
  return cells.map((cell) => (raw ? csvText(cell) : neutralise(csvText(cell))));
}

export function csvLine(cells: ReadonlyArray<CellValue | string | number | boolean>, raw: boolean, delimiter = ','): string {
  return csvRecords([csvCells(cells, raw)], delimiter);
}

function pad(text: string, width: number): string {
  const chars = Array.from(text);
  if (chars.length > width) return chars.slice(0, width - 1).join('') + '…';
  return text + ' '.repeat(width - chars.length);
}

const LINE_BREAKING = /[\r\n\t\f\v\u0085\u2028\u2029]+/g;
const BIDI_CONTROL = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/**
 * A cell's text as a terminal or a document shows it, never obeyed: a line break or a
 * carriage return in it would rewrite the terminal's line, and a bidirectional override
 * would show its words in another order.
 */
export function printable(line: string): string {
  return line.replace(LINE_BREAKING, ' ').replace(BIDI_CONTROL, '');
}

/** A fixed-width table: row, statement, label, score, the five criteria as ticks, theme. */

function tableWriter(columns = 100): VerdictWriter {
  const titleWidth = Math.max(24, Math.min(60, columns - 62));
  return {
    start() {
      const head = `${pad('Row', 6)}${pad('Statement', titleWidth)}  ${pad('Label', 12)}${pad('Score', 7)}${pad('P O L B T', 11)}Theme`;
      return `${head}\n${'-'.repeat(Math.min(columns, head.length + 16))}\n`;
    },
    between: '',
    row({ row, title, verdict }) {
      const ticks = CRITERIA.map((key) => (verdict.criteria[key] ? '✓' : '·')).join(' ');
      return `${pad(String(row), 6)}${pad(printable(title).replace(/\s+/g, ' '), titleWidth)}  ${pad(verdict.label, 12)}${pad(`${verdict.score}/5`, 7)}${pad(ticks, 11)}${verdict.theme ?? ''}\n`;
    },
    end(counts) {
      return `\n${countsText(counts)}\nCriteria: P program, O organization, L leadership, B budget, T time-frame (✓ met, · not met)\n`;
    },
  };
}

export function verdictWriter(format: ClassifyFormat, headers: string[], options: { raw?: boolean; columns?: number; delimiter?: string }): VerdictWriter {
  switch (format) {
    case 'ndjson':
      return { start: () => '', row: (row) => JSON.stringify(verdictObject(row)) + '\n', between: '', end: () => '' };
    case 'json':
      return {
        start: () => '[\n',
        row: (row) => JSON.stringify(verdictObject(row)),
        between: ',\n',
        end: () => '\n]\n',
      };
    case 'csv': {
      const raw = options.raw === true;
      const delimiter = options.delimiter ?? ',';
      const width = headers.length;
      const cellsOf = ({ cells, verdict }: ClassifiedRow) => {
        const line: Array<CellValue | string | number | boolean> = [];
        for (let i = 0; i < width; i++) line.push(cells[i] ?? '');
        for (const cell of verdictCells(verdict)) line.push(cell);
        return csvCells(line, raw);
      };
      return {
        start: () => csvLine([...headers, ...VERDICT_HEADERS], raw, delimiter),
        row: (row) => csvRecords([cellsOf(row)], delimiter),
        between: '',
        end: () => '',
      };
    }
    default:
      return tableWriter(options.columns);
  }
}
