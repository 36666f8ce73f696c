/**
 * How `goalpost classify` prints its verdicts: a readable table for people, CSV for
 * spreadsheets (the input columns plus Goalpost's), and JSON / NDJSON for scripts, whose
 * shape is the contract in DESIGN.md.
 */
import Papa from 'papaparse';
import { CRITERIA, type Verdict } from '../core';
import { VERDICT_HEADERS, verdictCells } from '../core/verdictColumns';

export const CLASSIFY_FORMATS = ['table', 'csv', 'ndjson', 'json'] as const;
export type ClassifyFormat = (typeof CLASSIFY_FORMATS)[number];

/** One classified data row: its 1-based number (header not counted), its cells, its verdict. */
export interface ClassifiedRow {
  row: number;
  cells: string[];
  title: string;
  verdict: Verdict;
}

/** The JSON object for one row, as DESIGN.md fixes it (evidence added for scripts that explain). */
export function verdictObject({ row, verdict }: ClassifiedRow): object {
  return {
    row,
    label: verdict.label,
    score: verdict.score,
    criteria: verdict.criteria,
    theme: verdict.theme,
    reason: verdict.reason,
    evidence: verdict.evidence,
  };
}

// A cell that starts like a formula would run when the CSV is opened in a spreadsheet
// (OWASP "CSV injection"); a leading apostrophe makes the spreadsheet show it as text.
const FORMULA_START = /^[=+\-@\t\r]/;
export function neutralise(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

export function csvLines(headers: string[], rows: ClassifiedRow[], raw: boolean, withHeader = true): string {
  const fix = raw ? (cell: string) => cell : neutralise;
  const body = rows.map((row) => [...row.cells, ...verdictCells(row.verdict).map(String)].map(fix));
  const lines = withHeader ? [[...headers, ...VERDICT_HEADERS].map(fix), ...body] : body;
  return Papa.unparse(lines, { newline: '\n' }) + '\n';
}

function pad(text: string, width: number): string {
  const chars = Array.from(text);
  if (chars.length > width) return chars.slice(0, width - 1).join('') + '…';
  return text + ' '.repeat(width - chars.length);
}

/** A fixed-width table: row, statement, label, score, the five criteria as ticks, theme. */
export function table(rows: ClassifiedRow[], columns = 100): string {
  const titleWidth = Math.max(24, Math.min(60, columns - 62));
  const head = `${pad('Row', 5)}${pad('Statement', titleWidth + 2)}${pad('Label', 12)}${pad('Score', 7)}${pad('P O L B T', 11)}Theme`;
  const lines = [head, '-'.repeat(Math.min(columns, head.length + 16))];
  for (const { row, title, verdict } of rows) {
    const ticks = CRITERIA.map((key) => (verdict.criteria[key] ? '✓' : '·')).join(' ');
    lines.push(
      `${pad(String(row), 5)}${pad(title.replace(/\s+/g, ' '), titleWidth)}  ${pad(verdict.label, 12)}${pad(`${verdict.score}/5`, 7)}${pad(ticks, 11)}${verdict.theme ?? ''}`,
    );
  }
  const count = (label: string) => rows.filter((row) => row.verdict.label === label).length;
  lines.push('', `${rows.length} rows: ${count('Initiative')} initiatives, ${count('Goal')} goals, ${count('Unclear')} unclear`);
  lines.push('Criteria: P program, O organization, L leadership, B budget, T time-frame (✓ met, · not met)');
  return lines.join('\n') + '\n';
}
