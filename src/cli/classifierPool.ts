/**
 * Worker threads that classify batches in parallel while the main thread reads and writes
 * the file: on a large export the engine, not the CSV library, is the cost, and a machine
 * has more than one core. Batches go round-robin and come back through promises the caller
 * awaits in order, so the output keeps input order.
 */
import { Worker } from 'node:worker_threads';
import type { BatchContext, BatchResult, BatchRow } from './verdictBatch';

/**
 * A worker's old-generation cap: 48 MB holds the engine and the bench plan's 166,667 parent
 * keys at a million rows; a plan that names more parents (each key ~130 bytes in a worker:
 * the string and its place in the set) gets room for them rather than a worker out of memory.
 */
export function heapCapMb(context: BatchContext): number {
  return Math.max(48, 26 + Math.ceil((context.parents.length * 130) / (1 << 20)));
}

export class ClassifierPool {
  private readonly workers: Worker[];
  private readonly pending = new Map<number, { resolve: (result: BatchResult) => void; reject: (error: Error) => void }>();
  private next = 0;

  constructor(size: number, context: BatchContext) {
    const script = new URL('./classifyWorker.mjs', import.meta.url);
    this.workers = Array.from({ length: size }, () => {
      // A worker needs little memory (a batch, the engine's tables and the plan's parent keys);
      // capping its heap keeps the whole run near the main thread's own flat footprint.
      const worker = new Worker(script, { resourceLimits: { maxOldGenerationSizeMb: heapCapMb(context), maxYoungGenerationSizeMb: 8 } });
      worker.on('message', (result: BatchResult & { id: number }) => {
        const waiting = this.pending.get(result.id);
        this.pending.delete(result.id);
        waiting?.resolve(result);
      });
      worker.on('error', (error) => {
        for (const waiting of this.pending.values()) waiting.reject(error);
        this.pending.clear();
      });
      worker.postMessage({ context });
      return worker;
    });
  }

  classify(rows: BatchRow[]): Promise<BatchResult> {
    const id = this.next++;
    const worker = this.workers[id % this.workers.length];
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      worker.postMessage({ id, rows });
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((worker) => worker.terminate()));
  }
}
