/**
 * The labelled statements the model learns from: ../shared/corpus/statements.csv (real plans,
 * each labelled by its own source's term) and synthetic.csv (written to the method's
 * definitions; training folds only).
 */
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';

export interface Statement {
  id: string;
  text: string;
  label: 'GOAL' | 'INITIATIVE';
  /** The organisation that wrote it; cross-validation never splits one. */
  org: string;
  domain: string;
  lang: string;
  /** The form a statement written to the method takes ("key-result", "purpose-clause"), where its file says. */
  kind?: string;
}

export function readStatements(path: string): Statement[] {
  const rows = parse(readFileSync(path, 'utf8'), { columns: true, skip_empty_lines: true, bom: true }) as Array<Record<string, string>>;
  return rows
    .filter((row) => (row.label === 'GOAL' || row.label === 'INITIATIVE') && row.text?.trim())
    .map((row) => ({
      id: row.id,
      text: row.text,
      label: row.label as Statement['label'],
      // Synthetic statements have no organisation: each domain and style is its own writer.
      org: row.org || `synthetic:${row.domain}:${row.style ?? ''}`,
      domain: row.domain || 'unknown',
      lang: row.lang || 'unknown',
      ...(row.kind ? { kind: row.kind } : {}),
    }));
}
