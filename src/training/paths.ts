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
