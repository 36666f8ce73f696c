/**
 * The sidebar in a real browser: headless Chromium driving the local preview, whose
 * google.script.run runs the add-on's server code against an in-memory sheet.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import type { Browser, FrameLocator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { classifyRows, detectLayout, type FieldOverrides, type Label, type Verdict } from '../../src/core';
// @ts-expect-error preview/server.mjs is plain JavaScript with no type declarations
import { readCsvRows, startPreview } from '../../preview/server.mjs';
import { browserMissing, CHROMIUM_PATH, launchChromium, SKIP_NOTE, skipBrowserTests } from './chromium';

interface Preview {
  url: string;
  close(): Promise<void>;
  backend: {
    calls: Array<{ name: string; args: unknown[] }>;
    call(name: string, args: unknown[]): Promise<{ ok: boolean; value?: any; message?: string }>;
    window(): Promise<{ rows: string[][]; headers: string[]; selection: { first: number; last: number } | null }>;
    holdLock(): Promise<void>;
    releaseLock(): Promise<void>;
    holdCalls(after: number): void;
    releaseCalls(): void;
  };
}

const ROOT = new URL('../../', import.meta.url);
const EXAMPLE = readCsvRows(readFileSync(new URL('examples/account-plan.csv', ROOT), 'utf8')) as string[][];
const PAYLOAD = '<img src=x onerror="window.__pwned=1">';
const ARTIFACTS = new URL('test-artifacts/', ROOT);

function engine(rows: string[][], overrides: FieldOverrides = {}): { counts: Record<Label, number>; verdicts: Array<Verdict | null> } {
  const verdicts = classifyRows(rows.slice(1), detectLayout(rows, { overrides }), { threshold: 3 });
  const counts: Record<Label, number> = { Initiative: 0, Goal: 0, Unclear: 0 };
  for (const verdict of verdicts) if (verdict) counts[verdict.label]++;
  return { counts, verdicts };
}

async function shownCounts(sidebar: FrameLocator): Promise<Record<Label, number>> {
  const number = async (label: string) => Number((await sidebar.locator(`.count-${label} .count-number`).innerText()).replace(/,/g, ''));
  return { Initiative: await number('initiative'), Goal: await number('goal'), Unclear: await number('unclear') };
}

/** The text of one column of the preview's sheet table, by its header in row 1. */
async function tableColumn(page: Page, header: string): Promise<string[]> {
  return page.evaluate((header) => {
    const rows = Array.from(document.querySelectorAll('#grid tbody tr'), (tr) => Array.from(tr.querySelectorAll('td'), (td) => td.textContent ?? ''));
    const at = rows[0].indexOf(header);
    return at < 0 ? [] : rows.map((row) => row[at]);
  }, header);
}

async function sheetColumn(preview: Preview, header: string): Promise<string[]> {
  const { rows } = await preview.backend.window();
  return rows.map((row) => row[rows[0].indexOf(header)] ?? '');
}

if (skipBrowserTests) console.warn(`\nGoalpost: the sidebar's browser tests were ${SKIP_NOTE}.\n`);

describe.skipIf(skipBrowserTests)(skipBrowserTests ? `the sidebar in Chromium (${SKIP_NOTE})` : 'the sidebar in Chromium', () => {
  let browser: Browser;
  const previews: Preview[] = [];

  beforeAll(async () => {
    if (!browserMissing) browser = await launchChromium();
  });

  // Under GOALPOST_REQUIRE_BROWSER=1 a missing browser must count as a failed test, not as skipped ones.
  it('has Chromium to run in', () => {
    expect(browserMissing, `no Chromium at ${CHROMIUM_PATH}: install it with apt-get install -y chromium`).toBe(false);
  });
  afterAll(async () => {
    await browser?.close();
    await Promise.all(previews.map((preview) => preview.close()));
  });

  async function open(options: Record<string, unknown>): Promise<{ preview: Preview; page: Page; sidebar: FrameLocator }> {
    if (!browser) await launchChromium(); // says why there is none
    const preview = (await startPreview({ port: 0, ...options })) as Preview;
    previews.push(preview);
    const page = await browser.newPage({ viewport: { width: 1280, height: 1500 } });
    page.on('pageerror', (error) => {
      throw error;
    });
    await page.goto(preview.url);
    return { preview, page, sidebar: page.frameLocator('#sidebar') };
  }

  describe('on the example plan', () => {
    let preview: Preview;
    let page: Page;
    let sidebar: FrameLocator;

    beforeAll(async () => {
      ({ preview, page, sidebar } = await open({ chunkRows: 20 }));
      await sidebar.locator('#map-budget').waitFor();
    });

    it('saves a changed mapping, and counts what the engine counts with it, one call per block', async () => {
      expect(await sidebar.locator('#map-budget').inputValue()).toBe('Budget');
      await sidebar.locator('#map-budget').selectOption('');
      await expect.poll(() => sidebar.locator('.mapping-line', { has: sidebar.locator('#map-budget') }).locator('.how').innerText(), { timeout: 10_000 }).toBe('your choice');
      expect((await preview.backend.call('sidebarState', [])).value.saved).toEqual({ budget: '' });

      await sidebar.locator('#run').click();
      await sidebar.locator('#status', { hasText: 'Done' }).waitFor();

      const expected = engine(EXAMPLE, { budget: '' }).counts;
      expect(expected).not.toEqual(engine(EXAMPLE).counts); // the choice changes verdicts, so the counts show it was used
      expect(await shownCounts(sidebar)).toEqual(expected);
      expect(preview.backend.calls.filter((c) => c.name === 'classifySidebarChunk')).toHaveLength(Math.ceil((EXAMPLE.length - 1) / 20));
    });

    it('filters by label, and opens a row’s evidence while selecting that row in the sheet', async () => {
      await sidebar.locator('#filter').selectOption('Initiative');
      const labels = await sidebar.locator('.result').evaluateAll((items) => items.map((item) => item.getAttribute('data-label')));
      expect(new Set(labels)).toEqual(new Set(['Initiative']));
      expect(labels).toHaveLength((await shownCounts(sidebar)).Initiative);

      const entry = sidebar.locator('.result').nth(1);
      const row = Number(await entry.getAttribute('data-row'));
      await entry.locator('.result-main').click();
      const evidence = entry.locator('.evidence');
      await evidence.waitFor({ state: 'visible' });

      const verdict = engine(EXAMPLE, { budget: '' }).verdicts[row - 2]!;
      const met = Object.entries(verdict.criteria).filter(([, yes]) => yes);
      expect(await entry.locator('.tick.met').count()).toBe(verdict.score);
      // What decided the verdict shows beside it: the criteria, the wording or a parent link.
      expect(await entry.locator('.basis').innerText()).toBe(`by ${verdict.basis}`);
      expect(await entry.getAttribute('data-basis')).toBe(verdict.basis);
      expect(await evidence.locator('dd').allInnerTexts()).toEqual(met.map(([key]) => verdict.evidence[key as keyof typeof verdict.evidence]));
      await expect.poll(async () => (await preview.backend.window()).selection, { timeout: 10_000 }).toEqual({ first: row, last: row });
      await page.locator(`#grid tr.selected[data-row="${row}"]`).waitFor();
    });

    it('has written the results into the sheet’s Goalpost columns, shown in the sheet table', async () => {
      const labels = await tableColumn(page, 'Goalpost: Label');
      const verdicts = engine(EXAMPLE, { budget: '' }).verdicts;
      expect(labels.slice(1)).toEqual(verdicts.map((v) => v?.label ?? ''));
      expect((await tableColumn(page, 'Goalpost: Reason'))[2]).toBe(verdicts[1]!.reason);

      mkdirSync(ARTIFACTS, { recursive: true });
      await sidebar.locator('#filter').selectOption('all');
      await sidebar.locator('.result').first().locator('.result-main').click();
      await page.locator('#sidebar').screenshot({ path: new URL('sidebar.png', ARTIFACTS).pathname });
    });
  });

  describe('on a long plan', () => {
    const rows = [EXAMPLE[0], ...Array.from({ length: 2000 }, (_, i) => EXAMPLE[1 + (i % (EXAMPLE.length - 1))])];
    rows[1] = [...rows[1]];
    rows[1][2] = PAYLOAD;
    let preview: Preview;
    let page: Page;
    let sidebar: FrameLocator;

    beforeAll(async () => {
      const csvPath = join(mkdtempSync(join(tmpdir(), 'goalpost-preview-')), 'long-plan.csv');
      writeFileSync(csvPath, Papa.unparse(rows));
      ({ preview, page, sidebar } = await open({ csvPath, chunkRows: 250 }));
      await sidebar.locator('#map-title').waitFor();
    });

    it('stops when cancelled midway, keeping what was written, and continues from the next row', async () => {
      const chunkCalls = () => preview.backend.calls.filter((c) => c.name === 'classifySidebarChunk');
      preview.backend.holdCalls(2); // the third block stays in flight until released
      await sidebar.locator('#run').click();
      await expect.poll(() => chunkCalls().length, { timeout: 20_000 }).toBe(3);
      await sidebar.locator('#progress-text', { hasText: 'Rows 501–750 of 2,000' }).waitFor();
      await sidebar.locator('#cancel').click();
      await sidebar.locator('#cancel', { hasText: 'Stopping' }).waitFor();
      preview.backend.releaseCalls();

      // The block in flight when Cancel was pressed finishes and is written; no other starts.
      const status = await sidebar.locator('#status', { hasText: 'Stopped after' }).innerText();
      expect(status).toBe('Stopped after 750 of 2,000 rows: rows 2–751 written to the sheet. Run continues from row 752.');
      expect(chunkCalls()).toHaveLength(3);
      const labels = await sheetColumn(preview, 'Goalpost: Label');
      expect(labels.slice(1, 751).every((label) => label !== '')).toBe(true);
      expect(labels.slice(751).every((label) => label === '')).toBe(true);

      await sidebar.locator('#run').click();
      await sidebar.locator('#status', { hasText: 'Done' }).waitFor();
      expect(chunkCalls().slice(3).map((c) => (c.args[0] as { firstRow: number }).firstRow)).toEqual([752, 1002, 1252, 1502, 1752]);
      expect(await shownCounts(sidebar)).toEqual(engine(rows).counts);
      expect((await sheetColumn(preview, 'Goalpost: Label')).slice(1).every((label) => label !== '')).toBe(true);
    });

    it('shows HTML in a cell as text, running none of it', async () => {
      const title = sidebar.locator('.result[data-row="2"] .title');
      expect(await title.textContent()).toBe(PAYLOAD);
      expect(await sidebar.locator('img').count()).toBe(0);
      const cell = page.locator('#grid tr[data-row="2"] td').nth(2);
      expect(await cell.textContent()).toBe(PAYLOAD);
      expect(await page.locator('img').count()).toBe(0);
      for (const frame of page.frames()) expect(await frame.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
    });
  });

  describe('previewing, then writing', () => {
    it('writes nothing until "Write to sheet", and says why when the server refuses', async () => {
      const { preview, page, sidebar } = await open({ chunkRows: 20 });
      await sidebar.locator('#map-title').waitFor();
      await sidebar.locator('#write-as-they-come').uncheck();
      await preview.backend.holdLock(); // another run is writing: previewing needs no lock
      await sidebar.locator('#run').click();
      await sidebar.locator('#status', { hasText: 'nothing was written' }).waitFor();
      expect((await preview.backend.window()).headers).not.toContain('Goalpost: Label');

      await sidebar.locator('#write').click();
      await sidebar.locator('#message', { hasText: 'Another Goalpost run is in progress in this spreadsheet.' }).waitFor();
      expect((await preview.backend.window()).headers).not.toContain('Goalpost: Label');

      await preview.backend.releaseLock();
      await sidebar.locator('#write').click();
      await sidebar.locator('#status', { hasText: 'Wrote 51 rows' }).waitFor();
      await expect.poll(async () => (await tableColumn(page, 'Goalpost: Label')).slice(1), { timeout: 10_000 }).toEqual(engine(EXAMPLE).verdicts.map((v) => v?.label ?? ''));
    });
  });

  describe('errors', () => {
    it('says so when the sheet has no header row', async () => {
      const { sidebar } = await open({ rows: EXAMPLE.slice(1) });
      await sidebar.locator('#message', { hasText: 'Goalpost needs column names in row 1' }).waitFor();
      expect(await sidebar.locator('#run').isDisabled()).toBe(true);
    });

    it('reports what Build roll-up did, or why it could not', async () => {
      const { sidebar } = await open({});
      await sidebar.locator('#map-title').waitFor();
      await sidebar.locator('#rollup').click();
      await expect
        .poll(async () => (await sidebar.locator('#rollup-status').innerText()).startsWith('Built') || (await sidebar.locator('#message').isVisible()), { timeout: 10_000 })
        .toBe(true);
    });
  });
});
