/**
 * A run over a span of sheet rows, one server call per block. Apps Script gives each call
 * at most 6 minutes and google.script.run cannot interrupt a call, so stopping happens
 * between blocks: Cancel lets the block in flight finish (its rows are then written, when
 * the run writes) and starts no other. A stopped run remembers the next row, so running
 * it again continues there instead of starting over.
 */
import type { ChunkRequest, SidebarRow } from '../gas/sidebarApi';
import type { Server } from './server';

export interface RunSpan {
  sheetName: string;
  /** First and last sheet rows of the run. */
  firstRow: number;
  lastRow: number;
  settings: ChunkRequest['settings'];
  /** Write each block's results to the sheet as it comes, or only preview them. */
  write: boolean;
}

export interface RunProgress {
  /** Rows finished, and all the run's rows. */
  done: number;
  total: number;
  /** The block in flight, counted within the run (1 = its first row); null once stopped. */
  block: { from: number; to: number } | null;
}

export type RunOutcome = 'done' | 'cancelled';

export class ChunkedRun {
  /** The next sheet row to classify. */
  next: number;
  /** Results so far, in sheet order. */
  readonly rows: SidebarRow[] = [];
  private cancelling = false;
  private running = false;

  constructor(
    readonly span: RunSpan,
    private readonly server: Pick<Server, 'classifySidebarChunk'>,
    private readonly chunkRows: number,
  ) {
    this.next = span.firstRow;
  }

  /** Identifies what a run does, so "Run" with the same choices continues it. */
  static key(span: RunSpan): string {
    return JSON.stringify([span.sheetName, span.firstRow, span.lastRow, span.settings, span.write]);
  }

  get key(): string {
    return ChunkedRun.key(this.span);
  }
  get total(): number {
    return this.span.lastRow - this.span.firstRow + 1;
  }
  get done(): number {
    return this.next - this.span.firstRow;
  }
  get finished(): boolean {
    return this.next > this.span.lastRow;
  }
  get isRunning(): boolean {
    return this.running;
  }

  /** Asks the run to stop after the block in flight. */
  cancel(): void {
    if (this.running) this.cancelling = true;
  }

  /**
   * Classifies block after block until the span is done or Cancel is pressed. A server
   * error rejects with that error; the rows before it stay done, so running again retries
   * from the block that failed.
   */
  async run(onProgress: (progress: RunProgress) => void = () => undefined): Promise<RunOutcome> {
    if (this.running) throw new Error('This run is already going.');
    this.running = true;
    this.cancelling = false;
    let first = true;
    try {
      while (!this.finished) {
        if (this.cancelling) return 'cancelled';
        const numRows = Math.min(this.chunkRows, this.span.lastRow - this.next + 1);
        const from = this.done + 1;
        onProgress({ done: this.done, total: this.total, block: { from, to: from + numRows - 1 } });
        const result = await this.server.classifySidebarChunk({
          sheetName: this.span.sheetName,
          firstRow: this.next,
          numRows,
          settings: this.span.settings,
          write: this.span.write,
          // The first block of a writing run (or of its continuation) checks every cell the run
          // will write, so a cell that is not Goalpost's stops it before anything is written.
          checkThrough: this.span.write && first ? this.span.lastRow : undefined,
          // A writing run is remembered in the document, so a reopened sidebar continues it.
          span: this.span.write ? { firstRow: this.span.firstRow, lastRow: this.span.lastRow } : undefined,
        });
        first = false;
        this.rows.push(...result.rows);
        // The server trims a block to the sheet's data; a block with no data left means the sheet ends here.
        this.next = result.numRows > 0 ? result.firstRow + result.numRows : this.span.lastRow + 1;
      }
      return 'done';
    } finally {
      this.running = false;
      this.cancelling = false;
      onProgress({ done: this.done, total: this.total, block: null });
    }
  }
}
