// The preview's spreadsheet runs on its own thread: a run's calls are synchronous
// classification work, and on the server's thread they would stall the HTTP server (and a
// test's browser driver sharing its process) for as long as each call lasts.
//
// Bundles backend.ts (the add-on's server code plus the Apps Script fakes) and runs it in
// a fresh node:vm context, so the fakes' globals stay inside it; then answers
// { id, method, args } messages with { id, result } or { id, error }.

import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';
import { parentPort, workerData } from 'node:worker_threads';
import * as esbuild from 'esbuild';

const here = dirname(fileURLToPath(import.meta.url));

const { outputFiles } = await esbuild.build({
  absWorkingDir: resolve(here, '..'),
  entryPoints: [join(here, 'backend.ts')],
  bundle: true,
  format: 'iife',
  globalName: 'GoalpostPreview',
  platform: 'neutral',
  target: 'es2022',
  write: false,
  logLevel: 'silent',
});
const context = vm.createContext({ console });
vm.runInContext(outputFiles[0].text, context, { filename: 'goalpost-preview-backend.js' });
const backend = context.GoalpostPreview.createBackend(JSON.stringify(workerData.rows), workerData.sheetName);

parentPort.on('message', ({ id, method, args }) => {
  try {
    parentPort.postMessage({ id, result: backend[method](...args) });
  } catch (error) {
    parentPort.postMessage({ id, error: String(error?.stack ?? error) });
  }
});
parentPort.postMessage({ ready: true });
