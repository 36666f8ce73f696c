/**
 * Correcting results in the sidebar, in headless Chromium against the local preview (the
 * add-on's server code on an in-memory sheet): a correction fixes its row, a similar row
 * follows on the next run, an unrelated row stays, a reopened sidebar keeps all of it, and
 * removing the correction brings Goalpost's own verdicts back. Also: a writing run stopped
 * midway is continued by the reopened sidebar, not started again.
 */
import type { Browser, FrameLocator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error preview/server.mjs is plain JavaScript with no type declarations
import { startPreview } from '../../preview/server.mjs';
import { browserMissing, launchChromium, SKIP_NOTE, skipBrowserTests } from './chromium';

interface Preview {
  url: string;
  close(): Promise<void>;
  backend: {
    calls: Array<{ name: string; args: unknown[] }>;
    window(): Promise<{ rows: string[][]; headers: string[] }>;
    holdCalls(after: number): void;
    releaseCalls(): void;
  };
}

const PLAN = [
  ['ID', 'Title'],
  ['P1', 'Launch the partner onboarding portal for resellers'],
  ['P2', 'Launch the partner onboarding portal for distributors'],
  ['P3', 'Migrate payroll to the new HR system'],
  ['P4', 'Grow recurring revenue in the Nordics by 15%'],
  ['P5', 'Open a service desk in Lisbon'],
  ['P6', 'Reduce invoice disputes below 2%'],
];

describe.skipIf(skipBrowserTests)(skipBrowserTests ? `corrections in the sidebar (${SKIP_NOTE})` : 'corrections in the sidebar, in Chromium', () => {
  let browser: Browser;
  const previews: Preview[] = [];

  beforeAll(async () => {
    if (!browserMissing) browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await Promise.all(previews.map((preview) => preview.close()));
  });

  async function open(chunkRows: number): Promise<{ preview: Preview; page: Page; sidebar: FrameLocator }> {
    if (!browser) await launchChromium();
    const preview = (await startPreview({ port: 0, rows: PLAN, chunkRows })) as Preview;
    previews.push(preview);
    const page = await browser.newPage({ viewport: { width: 1280, height: 1400 } });
    page.on('pageerror', (error) => {
      throw error;
    });
    await page.goto(preview.url);
    const sidebar = page.frameLocator('#sidebar');
    await sidebar.locator('#map-title').waitFor();
    return { preview, page, sidebar };
  }

  const result = (sidebar: FrameLocator, row: number) => sidebar.locator(`.result[data-row="${row}"]`);
  const shown = async (sidebar: FrameLocator, row: number) => [
    await result(sidebar, row).locator('.chip').innerText(),
    await result(sidebar, row).locator('.basis').innerText(),
  ];
  async function runAll(sidebar: FrameLocator): Promise<void> {
    await sidebar.locator('#run').click();
    await sidebar.locator('#status', { hasText: 'Done' }).waitFor();
  }
  async function labels(preview: Preview): Promise<string[]> {
    const { rows } = await preview.backend.window();
    return rows.slice(1, PLAN.length).map((row) => row[rows[0].indexOf('Goalpost: Label')]);
  }

  it('fixes the corrected row, shifts a similar row on the next run, leaves the others, survives reopening, and is removed', async () => {
    const { preview, page, sidebar } = await open(20);
    await runAll(sidebar);
    const before = await labels(preview);
    expect(before.slice(0, 3)).toEqual(['Initiative', 'Initiative', 'Initiative']);

    await result(sidebar, 2).locator('.result-main').click();
    await result(sidebar, 2).locator('.correction-note').fill('they call channel programmes goals');
    await result(sidebar, 2).locator('[data-correct="Goal"]').click();
    await sidebar.locator('#status', { hasText: 'Row 2 is now Goal (your correction). Run again to update the rows like it.' }).waitFor();
    expect(await shown(sidebar, 2)).toEqual(['Goal', 'your correction']);
    expect(await shown(sidebar, 3)).toEqual(['Initiative', 'by wording']);

    await runAll(sidebar);
    expect(await shown(sidebar, 2)).toEqual(['Goal', 'your correction']);
    expect(await shown(sidebar, 3)).toEqual(['Goal', 'like row 2 you corrected']);
    expect(await result(sidebar, 3).locator('.reason').innerText()).toMatch(/^Goal, like row 2 you corrected/);
    expect(await shown(sidebar, 4)).toEqual(['Initiative', 'by wording']);
    const taught = await labels(preview);
    expect(taught.slice(0, 2)).toEqual(['Goal', 'Goal']);
    expect(taught.slice(2)).toEqual(before.slice(2));

    // Reopened, the sidebar finds the correction in the spreadsheet.
    await page.reload();
    await sidebar.locator('#map-title').waitFor();
    await runAll(sidebar);
    expect(await shown(sidebar, 3)).toEqual(['Goal', 'like row 2 you corrected']);

    await result(sidebar, 2).locator('.result-main').click();
    await result(sidebar, 2).locator('.remove-correction').click();
    await sidebar.locator('#status', { hasText: 'Your correction of row 2 is removed' }).waitFor();
    expect(await shown(sidebar, 2)).toEqual(['Initiative', 'by wording']);
    await runAll(sidebar);
    expect(await shown(sidebar, 3)).toEqual(['Initiative', 'by wording']);
    expect(await labels(preview)).toEqual(before);
  });

  it('continues a writing run that stopped, after the sidebar is reopened', async () => {
    const { preview, page, sidebar } = await open(2);
    const chunkCalls = () => preview.backend.calls.filter((c) => c.name === 'classifySidebarChunk');
    preview.backend.holdCalls(1);
    await sidebar.locator('#run').click();
    await expect.poll(() => chunkCalls().length, { timeout: 20_000 }).toBe(2);
    await sidebar.locator('#cancel').click();
    preview.backend.releaseCalls();
    await sidebar.locator('#status', { hasText: 'Stopped after 4 of 6 rows' }).waitFor();

    await page.reload();
    await sidebar.locator('#status', { hasText: 'A run stopped after rows 2–5, written to the sheet. Run continues from row 6.' }).waitFor();
    await sidebar.locator('#run').click();
    await sidebar.locator('#status', { hasText: 'Done' }).waitFor();
    expect(
      chunkCalls()
        .slice(2)
        .map((c) => (c.args[0] as { firstRow: number }).firstRow),
    ).toEqual([6]);
    expect((await labels(preview)).every((label) => label !== '')).toBe(true);
  });
});
