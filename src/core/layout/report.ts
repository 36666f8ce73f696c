/**
 * How a plan was read, for the user: one line per field with the column it came from and
 * why (`title ← "What we'll do" (content: short distinct phrases)`), the columns left out,
 * and where header and content disagreed. The CLI prints the lines; the JSON outputs and
 * the sidebar carry the same facts as data.
 */
import { FIELDS, type Field } from '../types';
import { columnLetter, type MappedBy, type PlanLayout } from './detectLayout';

export interface MappedField {
  field: Field;
  /** The column's header text (`Column C` when it has none). */
  header: string;
  /** The column letter, as Sheets shows it. */
  column: string;
  how: MappedBy;
  evidence: string;
}

export interface LayoutReport {
  /** 1-based row of the header among the rows read, or null when there is none. */
  headerRow: number | null;
  fields: MappedField[];
  /** Headers of the columns no field was read from. */
  ignored: string[];
  notes: string[];
}

export function layoutReport(layout: PlanLayout): LayoutReport {
  const fields: MappedField[] = [];
  for (const field of FIELDS) {
    const index = layout.columns[field];
    if (index === undefined) continue;
    fields.push({
      field,
      header: layout.headers[index],
      column: columnLetter(index),
      how: layout.how[field] ?? 'content',
      evidence: layout.evidence?.[field] ?? layout.how[field] ?? 'content',
    });
  }
  const used = new Set(Object.values(layout.columns));
  const ignored = layout.headers.filter((_, index) => !used.has(index));
  return { headerRow: layout.headerIndex >= 0 ? layout.headerIndex + 1 : null, fields, ignored, notes: [...(layout.notes ?? [])] };
}

function why(mapped: MappedField, explicitWord: string): string {
  if (mapped.how === 'explicit') return explicitWord;
  if (mapped.how === 'content') return `content: ${mapped.evidence}`;
  return mapped.evidence;
}

/**
 * The report as lines a person reads. `headerLine` is where the header stands in the
 * user's file or sheet (a line or row number), `explicitWord` how an explicit choice is named
 * (`--map`, `your choice`).
 */
export function layoutReportLines(report: LayoutReport, options: { headerLine?: number | null; explicitWord?: string } = {}): string[] {
  const headerLine = options.headerLine === undefined ? report.headerRow : options.headerLine;
  const lines = [headerLine === null ? 'no header row: columns read by their contents' : `header row ${headerLine}`];
  for (const mapped of report.fields) lines.push(`${mapped.field} ← "${mapped.header}" (${why(mapped, options.explicitWord ?? 'your choice')})`);
  if (report.ignored.length) lines.push(`ignored: ${report.ignored.map((header) => `"${header}"`).join(', ')}`);
  for (const note of report.notes) lines.push(`note: ${note}`);
  return lines;
}
