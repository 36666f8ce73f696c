import { readdirSync } from 'node:fs';
import { defineConfig } from 'vitest/config';

/**
 * Two projects, and every test file is in exactly one:
 * - `unit` (npm run test:unit, seconds): the engine, the Apps Script code on the in-memory
 *   fakes, the sidebar's logic. Nothing here reads a bundle, so nothing is built.
 * - `integration`: everything else (the built dist/Code.js in node:vm, the CLI spawned,
 *   the sidebar in Chromium, the listing, the model's weights), after test/globalSetup.ts
 *   has built everything once, so no file tests a bundle older than the code.
 * npm test runs both.
 */
const UNIT = [
  /^test\/core\//,
  /^test\/fakes\//,
  /^test\/gas\//,
  /^test\/sidebar\/(run|server|sidebarApi)\.test\.ts$/,
  /^test\/docs\/(help|scopes)\.test\.ts$/,
  /^test\/hardening\/(concurrency|interruption|properties)\.test\.ts$/,
];
// Inside the unit folders, but they read a bundle or spawn the CLI.
const NEEDS_BUILD = ['test/core/layout/entryPoints.test.ts', 'test/gas/build.test.ts'];

const files = readdirSync('test', { recursive: true, encoding: 'utf8' })
  .map((file) => `test/${file.split('\\').join('/')}`)
  .filter((file) => file.endsWith('.test.ts'));
const isUnit = (file: string) => UNIT.some((pattern) => pattern.test(file)) && !NEEDS_BUILD.includes(file);

export default defineConfig({
  test: {
    environment: 'node',
    // The write-back test classifies 50,000 rows through the whole engine.
    testTimeout: 60_000,
    // Tests that install the Apps Script fakes on globalThis must not share a worker's globals mid-test.
    isolate: true,
    projects: [
      { extends: true, test: { name: 'unit', include: files.filter(isUnit) } },
      { extends: true, test: { name: 'integration', include: files.filter((file) => !isUnit(file)), globalSetup: ['test/globalSetup.ts'] } },
    ],
  },
});
