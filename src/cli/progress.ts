/**
 * The progress bar of long runs (cli-progress) on standard error: rows done, rows per
 * second and the time left, measured on bytes read. It only shows on a terminal, when the
 * results are not themselves being printed there or into a pipe, and never with --quiet.
 */
import { fstatSync } from 'node:fs';
import cliProgress from 'cli-progress';

export interface Progress {
  update(rows: number, bytes: number): void;
  stop(): void;
}

const NONE: Progress = { update: () => undefined, stop: () => undefined };

/** Whether a bar may draw: stderr is a terminal and stdout is neither the terminal (output printed there) nor a pipe. */
export function wantsProgress(quiet: boolean, output: string | undefined): boolean {
  if (quiet || !process.stderr.isTTY) return false;
  if (output && output !== '-') return true;
  if (process.stdout.isTTY) return false;
  try {
    return !fstatSync(1).isFIFO();
  } catch {
    return false;
  }
}

export function progressBar(enabled: boolean, totalBytes: number | null, label: string): Progress {
  if (!enabled || !totalBytes) return NONE;
  const started = Date.now();
  const bar = new cliProgress.SingleBar(
    {
      format: `${label} |{bar}| {percentage}% | {rows} rows | {rate} rows/s | ETA {eta_formatted}`,
      stream: process.stderr,
      hideCursor: true,
      clearOnComplete: true,
      etaBuffer: 50,
      fps: 5,
    },
    cliProgress.Presets.shades_classic,
  );
  bar.start(totalBytes, 0, { rows: '0', rate: '0' });
  return {
    update(rows, bytes) {
      const seconds = Math.max((Date.now() - started) / 1000, 0.001);
      bar.update(Math.min(bytes, totalBytes), { rows: rows.toLocaleString('en-US'), rate: Math.round(rows / seconds).toLocaleString('en-US') });
    },
    stop() {
      bar.stop();
    },
  };
}
