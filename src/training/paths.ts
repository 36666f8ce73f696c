/** Where the corpus is: `../shared/corpus` beside the project, or the folder a command is given. */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The folder a command was given (`npm run eval -- ../other/corpus`), or the shared corpus. */
export function corpusFolder(): string {
  return process.argv.slice(2).find((arg) => !arg.startsWith('-')) ?? join('..', 'shared', 'corpus');
}

export function corpusFiles(folder: string = join('..', 'shared', 'corpus')) {
  const dir = resolve(folder);
  const statements = join(dir, 'statements.csv');
  if (!existsSync(statements)) {
    throw new Error(`No corpus at ${statements}: pass the folder that holds statements.csv (and synthetic.csv)`);
  }
  const synthetic = join(dir, 'synthetic.csv');
  return { statements, synthetic: existsSync(synthetic) ? synthetic : null };
}

/**
 * Statements the team wrote to the method's definitions, without reading the corpus, in seven
 * languages and the forms plans take: never trained on, so the shipped model meets them as it
 * meets a new user's plan, and a second view beside the corpus, whose labels are its sources' terms.
 */
export const METHOD_STATEMENTS = join('src', 'training', 'data', 'method-statements.csv');
