/**
 * A worker thread of `goalpost classify`: receives the plan's context once, then batches of
 * rows, and answers each batch with its rendered text. Bundled by build.mjs as
 * build/classifyWorker.mjs beside the CLI.
 */
import { parentPort } from 'node:worker_threads';
import { batchRenderer, type BatchContext, type BatchRow, type BatchResult } from './verdictBatch';

let render: ((rows: BatchRow[]) => BatchResult) | null = null;

parentPort?.on('message', (message: { context?: BatchContext; id?: number; rows?: BatchRow[] }) => {
  if (message.context) {
    render = batchRenderer(message.context);
    return;
  }
  if (!render || message.rows === undefined) throw new Error('classify worker: a batch arrived before the plan context');
  const result = render(message.rows);
  // The text's bytes are handed over, not copied.
  parentPort?.postMessage({ id: message.id, ...result }, [result.text.buffer as ArrayBuffer]);
});
