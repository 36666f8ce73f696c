// Local preview of the sidebar: `npm run preview`, then open http://127.0.0.1:5178.
//
// Serves the sidebar page exactly as build.mjs builds it for Apps Script, with a
// google.script.run shim (shim.js) whose calls run the add-on's real server code
// (src/gas, bundled by esbuild) in Node, against an in-memory spreadsheet (the tests'
// Apps Script fakes) holding one CSV: examples/account-plan.csv, or the file named in
// GOALPOST_PREVIEW_CSV. The page shows that sheet beside the 300-px sidebar and redraws it
// after every call, so write-back is visible. It listens on 127.0.0.1 only: the preview
// has no authentication, and nothing in it is meant to leave the machine.
//
// Environment: PORT (default 5178), GOALPOST_PREVIEW_CSV, GOALPOST_PREVIEW_CHUNK (rows per
// call, default 2000), GOALPOST_PREVIEW_LATENCY (ms added to every call, to feel Apps
// Script's round trips; default 0).
//
// The sheet and the server code run on a worker thread (worker.mjs, backend.ts). Tests
// start the preview with startPreview({ port: 0, ... }) and get { url, backend, close }.

import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import Papa from 'papaparse';
import { sidebarHtml } from '../build.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..');

export const DEFAULT_PORT = 5178;
export const DEFAULT_CSV = join(root, 'examples', 'account-plan.csv');

/** A CSV as the rows a user gets by importing it into Sheets: text cells, trailing empty lines dropped. */
export function readCsvRows(text) {
  const { data } = Papa.parse(text.replace(/^\uFEFF/, ''), { skipEmptyLines: false });
  while (data.length && data.at(-1).every((cell) => cell === '')) data.pop();
  return data;
}

/** The spreadsheet thread (worker.mjs), with each of its methods as an async function. */
async function startBackend(rows, sheetName) {
  const worker = new Worker(join(here, 'worker.mjs'), { workerData: { rows, sheetName } });
  const waiting = new Map();
  let next = 0;
  await new Promise((ready, failed) => {
    worker.once('error', failed);
    worker.on('message', (message) => {
      if (message.ready) return ready();
      const { settle, fail } = waiting.get(message.id);
      waiting.delete(message.id);
      if (message.error) fail(new Error(message.error));
      else settle(message.result);
    });
  });
  const ask = (method, ...args) =>
    new Promise((settle, fail) => {
      const id = next++;
      waiting.set(id, { settle, fail });
      worker.postMessage({ id, method, args });
    });
  return { ask, stop: () => worker.terminate() };
}

/**
 * Starts the preview. Options: port (0 picks a free one), csvPath or rows (string[][]),
 * chunkRows, latencyMs. Resolves to { url, backend, close() }; backend lets tests act as
 * the user or another run would (select rows, type in a cell, hold the document lock).
 */
export async function startPreview(options = {}) {
  const csvPath = options.csvPath ?? process.env.GOALPOST_PREVIEW_CSV ?? DEFAULT_CSV;
  const rows = options.rows ?? readCsvRows(readFileSync(csvPath, 'utf8'));
  const chunkRows = Number(options.chunkRows ?? process.env.GOALPOST_PREVIEW_CHUNK) || 2000;
  const latencyMs = Number(options.latencyMs ?? process.env.GOALPOST_PREVIEW_LATENCY) || 0;
  const sheetName = options.sheetName ?? 'Plan';
  const sheet = await startBackend(rows, sheetName);
  const page = readFileSync(join(here, 'page.html'), 'utf8');
  const shim = readFileSync(join(here, 'shim.js'), 'utf8');

  const calls = [];
  /** While set, the sidebar's classification calls past the first `after` wait for releaseCalls(). */
  let hold = null;
  const backend = {
    /** Every call the sidebar made, in order of arrival: { name, args }. */
    calls,
    /** google.script.run.NAME(...args): resolves to { ok: true, value } or { ok: false, message }. */
    call: async (name, args) => JSON.parse(await sheet.ask('call', name, JSON.stringify(args))),
    /** Lets a test act while a call is in flight, as it would be in Apps Script for seconds. */
    holdCalls: (after = 0) => {
      let release;
      hold = { after, gate: new Promise((done) => (release = done)), release };
    },
    releaseCalls: () => {
      hold?.release();
      hold = null;
    },
    /** Rows first..first+count-1 of the plan sheet (or of the sheet named) as text, with the selection. */
    window: async (first = 1, count = 100000, name = undefined) => JSON.parse(await sheet.ask('window', first, count, name)),
    select: (first, last = first) => sheet.ask('select', first, last),
    setCell: (a1, value) => sheet.ask('setCell', a1, value),
    holdLock: () => sheet.ask('holdLock'),
    releaseLock: () => sheet.ask('releaseLock'),
  };

  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const send = (status, type, body) => {
      response.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
      response.end(body);
    };
    try {
      if (request.method === 'GET' && url.pathname === '/') return send(200, 'text/html; charset=utf-8', page);
      if (request.method === 'GET' && url.pathname === '/sidebar') {
        // Built on every load, so an edit to src/sidebar shows on reload.
        const html = await sidebarHtml();
        if (html === null) return send(404, 'text/plain', 'src/sidebar/index.html does not exist.');
        const injected = `<script>window.goalpostChunkRows = ${chunkRows};\n${shim}</script>`;
        return send(200, 'text/html; charset=utf-8', html.replace(/<head>/i, () => `<head>\n${injected}`));
      }
      if (request.method === 'GET' && url.pathname === '/sheet') {
        const first = Math.max(1, Number(url.searchParams.get('from')) || 1);
        const count = Math.min(2000, Math.max(1, Number(url.searchParams.get('count')) || 300));
        const name = url.searchParams.get('sheet') || undefined;
        return send(200, 'application/json', JSON.stringify(await backend.window(first, count, name)));
      }
      if (request.method === 'POST' && url.pathname === '/select') {
        const { first, last } = JSON.parse(await body(request));
        await backend.select(Number(first), Number(last));
        return send(200, 'application/json', '{}');
      }
      if (request.method === 'POST' && url.pathname.startsWith('/rpc/')) {
        const name = decodeURIComponent(url.pathname.slice('/rpc/'.length));
        const args = JSON.parse((await body(request)) || '[]');
        calls.push({ name, args });
        const held = hold && name === 'classifySidebarChunk' && calls.filter((c) => c.name === name).length > hold.after ? hold.gate : null;
        if (held) await held;
        if (latencyMs) await new Promise((done) => setTimeout(done, latencyMs));
        return send(200, 'application/json', JSON.stringify(await backend.call(name, Array.isArray(args) ? args : [])));
      }
      return send(404, 'text/plain', 'Not found');
    } catch (error) {
      return send(500, 'text/plain', String(error?.stack ?? error));
    }
  });

  const port = options.port ?? (process.env.PORT !== undefined ? Number(process.env.PORT) : DEFAULT_PORT);
  await new Promise((listening, failed) => {
    server.once('error', failed);
    server.listen(port, '127.0.0.1', listening);
  });
  const url = `http://127.0.0.1:${server.address().port}/`;
  return {
    url,
    backend,
    close: async () => {
      await new Promise((closed) => {
        server.closeAllConnections?.();
        server.close(() => closed());
      });
      await sheet.stop();
    },
  };
}

function body(request) {
  return new Promise((done, failed) => {
    let text = '';
    request.setEncoding('utf8');
    request.on('data', (chunk) => (text += chunk));
    request.on('end', () => done(text));
    request.on('error', failed);
  });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  startPreview()
    .then(({ url }) => {
      const csv = process.env.GOALPOST_PREVIEW_CSV ?? 'examples/account-plan.csv';
      console.log(`Goalpost sidebar preview of ${csv}: ${url}  (Ctrl-C stops it)`);
    })
    .catch((error) => {
      console.error(`preview failed: ${error?.message ?? error}`);
      process.exit(1);
    });
}
