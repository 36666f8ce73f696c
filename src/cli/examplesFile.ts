/**
 * `--examples FILE`: statements and the labels a user gives them (a CSV, TSV or .xlsx with
 * two columns, statement then label), read the way the plan is read, so the same files work.
 * Bad examples stop the run with the row to fix: teaching a wrong label silently would
 * change verdicts the user never asked about.
 */
import { basename } from 'node:path';
import { ExamplesError, readExamples, type CellValue, type Correction } from '../core';
import { UsageError } from './errors';
import { planFile } from './sources/rowSource';

export async function readExamplesFile(path: string): Promise<Correction[]> {
  if (path === '-') throw new UsageError('--examples takes a file of examples (statement, label), not standard input');
  const file = await planFile(path);
  try {
    const source = await file.open();
    const rows: CellValue[][] = [];
    for await (const batch of source.batches) for (const { cells } of batch) rows.push(cells);
    const examples = readExamples(rows, basename(path));
    if (!examples.length)
      throw new UsageError(`--examples ${path} holds no examples: give rows of a statement and its label (Goal, Initiative or Not a plan row)`);
    return examples;
  } catch (error) {
    if (error instanceof ExamplesError) throw new UsageError(`--examples ${path}: ${error.message}`);
    throw error;
  } finally {
    file.close();
  }
}
