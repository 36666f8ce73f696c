/**
 * Where output goes: a file (--output) or standard output, written in batches with
 * back-pressure respected, so a million rows stream out as they are classified without
 * piling up in memory. A reader that goes away (`| head`) ends the run quietly.
 *
 * A file is never half-written and never an input: output goes to a temporary file beside
 * the target (same folder, so the rename cannot cross file systems) and replaces the target
 * only once the run has succeeded; a failed or interrupted run removes it and leaves an
 * existing file as it was. A target that is an input under another name (a symbolic or
 * hard link), or the file redirected to standard input (`- -o plan.csv < plan.csv`), is
 * refused before anything is read.
 */
import { chmodSync, createWriteStream, fstatSync, openSync, realpathSync, renameSync, rmSync, statSync, type Stats } from 'node:fs';
import { once } from 'node:events';
import { basename, dirname, join } from 'node:path';
import type { Writable } from 'node:stream';
import { UsageError } from './errors';

const BATCH_CHARS = 64 * 1024;

function statOrNull(path: string): Stats | null {
  try {
    return statSync(path);
  } catch {
    return null;
  }
}

/** What standard input is (a file redirected with `<`, a pipe, a terminal), or null when it is closed. */
function stdinStatOrNull(): Stats | null {
  try {
    return fstatSync(0);
  } catch {
    return null;
  }
}

/** The same file: one device and inode, whatever names lead to it. */
function sameFile(a: Stats, b: Stats): boolean {
  return a.dev === b.dev && a.ino === b.ino;
}

/**
 * Where a file output really lands: through a symbolic link to the file it names, so the
 * rename replaces that file and keeps the link. Refuses a folder, a missing folder and an input.
 */
function fileTarget(path: string, inputs: readonly string[]): { target: string; existing: Stats | null } {
  const existing = statOrNull(path);
  if (existing?.isDirectory()) throw new UsageError(`--output ${path} is a folder; name a file`);
  for (const input of inputs) {
    // `-` has no name to compare; the file behind it is what fd 0 was opened on.
    const stats = input === '-' ? stdinStatOrNull() : statOrNull(input);
    if (existing && stats && sameFile(existing, stats)) {
      const which = input === '-' ? ', given on standard input' : path === input ? '' : ` ${input} under another name`;
      throw new UsageError(`--output ${path} is the input file${which}: Goalpost never overwrites its input; name another file`);
    }
  }
  const target = existing ? realpathSync(path) : path;
  const folder = dirname(target);
  if (!statOrNull(folder)?.isDirectory()) throw new UsageError(`--output ${path}: there is no folder ${folder}`);
  return { target, existing };
}

let temporaries = 0;

export class Output {
  private pending: string[] = [];
  private size = 0;
  private closedByReader = false;
  private waiting: Array<() => void> = [];
  private readonly cleanup = () => void this.discard();

  private constructor(
    private readonly stream: Writable,
    /** For a file: the temporary file written, and the target it replaces on commit. */
    private readonly file: { temporary: string; target: string; mode: number | null } | null,
  ) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE') throw error;
      this.closedByReader = true;
      this.wake();
    });
    stream.on('drain', () => this.wake());
    stream.on('close', () => this.wake());
    if (file) {
      // Ctrl-C or a kill must not leave the temporary file behind either.
      process.once('exit', this.cleanup);
      for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.once(signal, () => this.interrupted(signal));
    }
  }

  private interrupted(signal: NodeJS.Signals): void {
    this.discard();
    process.exit(128 + ({ SIGHUP: 1, SIGINT: 2, SIGTERM: 15 } as Record<string, number>)[signal]);
  }

  private wake(): void {
    const waiting = this.waiting;
    this.waiting = [];
    for (const resolve of waiting) resolve();
  }

  /**
   * Standard output for no path or `-`; otherwise a temporary file beside `path`, after
   * checking that `path` is none of `inputs` (`-` for standard input, checked by what it reads).
   */
  static open(path: string | undefined, inputs: readonly string[] = []): Output {
    if (!path || path === '-') return new Output(process.stdout, null);
    const { target, existing } = fileTarget(path, inputs);
    const temporary = join(dirname(target), `.${basename(target)}.goalpost-${process.pid}-${++temporaries}.tmp`);
    let fd: number;
    try {
      fd = openSync(temporary, 'wx', 0o666);
    } catch (error) {
      throw new UsageError(`--output ${path}: cannot write in ${dirname(target)} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
    }
    // Replacing a file keeps its permissions; a new one gets the usual ones (umask applies).
    const mode = existing ? existing.mode & 0o7777 : null;
    return new Output(createWriteStream(temporary, { fd }), { temporary, target, mode });
  }

  /** True once the reader has gone away: there is no point classifying further. */
  get gone(): boolean {
    return this.closedByReader;
  }

  /**
   * Text is gathered into writes of 64K characters; bytes (UTF-8, as a worker thread
   * encodes its batch) go out as they are, after the text before them, without ever
   * becoming a string on this thread.
   */
  async write(chunk: string | Uint8Array): Promise<void> {
    if (typeof chunk !== 'string') {
      await this.flush(chunk);
      return;
    }
    this.pending.push(chunk);
    this.size += chunk.length;
    if (this.size >= BATCH_CHARS) await this.flush();
  }

  private async flush(bytes?: Uint8Array): Promise<void> {
    if (this.closedByReader) return;
    let full = false;
    if (this.pending.length) {
      full = !this.stream.write(this.pending.join(''));
      this.pending = [];
      this.size = 0;
    }
    if (bytes?.length) full = !this.stream.write(bytes) || full;
    // A full buffer waits for 'drain', or for the reader going away, whichever comes first.
    if (full && !this.closedByReader) await new Promise<void>((resolve) => this.waiting.push(resolve));
  }

  /** The run succeeded: everything is written, and a file output takes the target's place. */
  async commit(): Promise<void> {
    await this.flush();
    if (!this.file) return;
    this.stream.end();
    await once(this.stream, 'finish');
    if (this.file.mode !== null) chmodSync(this.file.temporary, this.file.mode);
    renameSync(this.file.temporary, this.file.target);
    this.forget();
  }

  /**
   * The run failed. Standard output keeps what was already said (the rows before a
   * malformed one); a file output's temporary file goes, and the target stays as it was.
   * Returns the target's name when there was one, so the caller can say it is untouched.
   */
  async fail(): Promise<string | null> {
    if (!this.file) {
      await this.flush();
      return null;
    }
    return this.discard();
  }

  private discard(): string | null {
    if (!this.file) return null;
    this.stream.destroy();
    rmSync(this.file.temporary, { force: true });
    this.forget();
    return this.file.target;
  }

  private forget(): void {
    process.removeListener('exit', this.cleanup);
  }
}
