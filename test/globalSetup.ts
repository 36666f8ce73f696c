/**
 * Builds the add-on (dist/), the CLI and the BigQuery library (build/) once, before any
 * test file runs, so every test that loads a bundle or spawns the CLI tests the code as
 * it is now, not a bundle left from an earlier edit. The build takes about two seconds.
 */
import { execFileSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export default function setup(): void {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..');
  try {
    execFileSync(process.execPath, ['build.mjs'], { cwd: root, stdio: 'pipe' });
  } catch (error) {
    const { stdout, stderr } = error as { stdout?: Buffer; stderr?: Buffer };
    throw new Error(`node build.mjs failed before the tests:\n${stdout ?? ''}${stderr ?? ''}`);
  }
}
