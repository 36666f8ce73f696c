import { describe, expect, it } from 'vitest';
import type { ChunkRequest, ChunkResult, SidebarRow } from '../../src/gas/sidebarApi';
import { ChunkedRun, type RunProgress, type RunSpan } from '../../src/sidebar/run';

const span = (over: Partial<RunSpan> = {}): RunSpan => ({
  sheetName: 'Plan',
  firstRow: 2,
  lastRow: 11,
  settings: { mapping: {}, threshold: 3 },
  write: true,
  ...over,
});

const row = (n: number): SidebarRow => ({
  row: n,
  basis: 'criteria',
  title: `Row ${n}`,
  label: 'Initiative',
  score: 3,
  criteria: { program: true, organization: true, leadership: true, budget: false, timeframe: false },
  evidence: {},
  theme: null,
  reason: '3/5 criteria',
});

/** A server whose blocks of rows are classified at once, recording what it was asked. */
function fakeServer(options: { failAt?: number; lastDataRow?: number; onCall?: (request: ChunkRequest) => void } = {}) {
  const requests: ChunkRequest[] = [];
  return {
    requests,
    classifySidebarChunk: async (request: ChunkRequest): Promise<ChunkResult> => {
      requests.push(request);
      options.onCall?.(request);
      if (request.firstRow === options.failAt) throw new Error('Another Goalpost run is in progress in this spreadsheet.');
      const last = Math.min(request.firstRow + request.numRows - 1, options.lastDataRow ?? Infinity);
      const numRows = Math.max(0, last - request.firstRow + 1);
      return { sheetName: request.sheetName, firstRow: request.firstRow, numRows, written: request.write, rows: Array.from({ length: numRows }, (_, i) => row(request.firstRow + i)) };
    },
  };
}

describe('a chunked run', () => {
  it('asks for one block of rows per call and collects every row', async () => {
    const server = fakeServer();
    const progress: RunProgress[] = [];
    const run = new ChunkedRun(span(), server, 4);
    expect(await run.run((p) => progress.push(p))).toBe('done');
    expect(server.requests.map((r) => [r.firstRow, r.numRows])).toEqual([[2, 4], [6, 4], [10, 2]]);
    expect(run.rows.map((r) => r.row)).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(progress.map((p) => p.block)).toEqual([{ from: 1, to: 4 }, { from: 5, to: 8 }, { from: 9, to: 10 }, null]);
    expect(progress.at(-1)).toMatchObject({ done: 10, total: 10 });
  });

  it('has the first block of a writing run check every cell the run will write, and no other block', async () => {
    const server = fakeServer();
    await new ChunkedRun(span(), server, 4).run();
    expect(server.requests.map((r) => r.checkThrough)).toEqual([11, undefined, undefined]);
    const preview = fakeServer();
    await new ChunkedRun(span({ write: false }), preview, 4).run();
    expect(preview.requests.map((r) => r.checkThrough)).toEqual([undefined, undefined, undefined]);
  });

  it('stops after the block in flight when cancelled, keeps its rows, and continues from the next row', async () => {
    let run: ChunkedRun;
    const server = fakeServer({ onCall: (request) => request.firstRow === 6 && run.cancel() });
    run = new ChunkedRun(span(), server, 4);
    expect(await run.run()).toBe('cancelled');
    expect(run.next).toBe(10);
    expect(run.rows).toHaveLength(8);

    expect(await run.run()).toBe('done');
    expect(server.requests.map((r) => r.firstRow)).toEqual([2, 6, 10]);
    expect(run.rows.map((r) => r.row)).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
  });

  it('rejects with the server’s error and retries the failed block when run again', async () => {
    const failing = fakeServer({ failAt: 6 });
    const run = new ChunkedRun(span(), failing, 4);
    await expect(run.run()).rejects.toThrow(/Another Goalpost run/);
    expect(run.next).toBe(6);
    expect(run.isRunning).toBe(false);
    (run as unknown as { server: unknown }).server = fakeServer();
    expect(await run.run()).toBe('done');
    expect(run.rows).toHaveLength(10);
  });

  it('ends when the sheet has fewer rows than the run expected', async () => {
    const run = new ChunkedRun(span({ lastRow: 40 }), fakeServer({ lastDataRow: 7 }), 4);
    expect(await run.run()).toBe('done');
    expect(run.rows.map((r) => r.row)).toEqual([2, 3, 4, 5, 6, 7]);
  });

  it('is the same run only with the same sheet, rows, settings and write choice', () => {
    expect(ChunkedRun.key(span())).toBe(ChunkedRun.key(span()));
    expect(ChunkedRun.key(span({ write: false }))).not.toBe(ChunkedRun.key(span()));
    expect(ChunkedRun.key(span({ settings: { mapping: { budget: '' }, threshold: 3 } }))).not.toBe(ChunkedRun.key(span()));
    expect(ChunkedRun.key(span({ lastRow: 12 }))).not.toBe(ChunkedRun.key(span()));
  });
});
