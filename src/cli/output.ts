/**
 * Where output goes: a file (--output) or standard output, written in batches with
 * back-pressure respected, so a million rows stream out as they are classified without
 * piling up in memory. A reader that goes away (`| head`) ends the run quietly.
 */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import type { Writable } from 'node:stream';

const BATCH_CHARS = 64 * 1024;

export class Output {
  private pending: string[] = [];
  private size = 0;
  private closedByReader = false;

  private constructor(private readonly stream: Writable, private readonly ownsStream: boolean) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE') throw error;
      this.closedByReader = true;
      this.wake();
    });
    stream.on('drain', () => this.wake());
    stream.on('close', () => this.wake());
  }

  private waiting: Array<() => void> = [];

  private wake(): void {
    const waiting = this.waiting;
    this.waiting = [];
    for (const resolve of waiting) resolve();
  }

  static open(path: string | undefined): Output {
    if (path && path !== '-') return new Output(createWriteStream(path), true);
    return new Output(process.stdout, false);
  }

  /** True once the reader has gone away: there is no point classifying further. */
  get gone(): boolean {
    return this.closedByReader;
  }

  async write(text: string): Promise<void> {
    this.pending.push(text);
    this.size += text.length;
    if (this.size >= BATCH_CHARS) await this.flush();
  }

  private async flush(): Promise<void> {
    if (!this.pending.length || this.closedByReader) return;
    const text = this.pending.join('');
    this.pending = [];
    this.size = 0;
    // A full buffer waits for 'drain', or for the reader going away, whichever comes first.
    if (!this.stream.write(text) && !this.closedByReader) await new Promise<void>((resolve) => this.waiting.push(resolve));
  }

  async end(): Promise<void> {
    await this.flush();
    if (this.ownsStream) {
      this.stream.end();
      await once(this.stream, 'finish');
    }
  }
}
