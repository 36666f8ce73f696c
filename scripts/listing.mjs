// `npm run listing`: the Google Workspace Marketplace listing's images, made from the project
// itself so they never drift from what the add-on is.
//
// - docs/marketplace/icon.svg (drawn once) rendered to the application icon sizes, and
//   banner.svg (which places that same icon) to the card banner;
// - four screenshots of `npm run preview` on the example plan, driven the way a user would:
//   the column mapping, a run's results with one row's evidence open, the columns written
//   into the sheet, and the roll-up sheet with its chart;
// - docs/marketplace/screenshots.json: each image's file, pixel size and SHA-256, and for
//   each screenshot its caption and the text read from the page at the moment it was taken,
//   so test/listing can check that the picture shows what the caption says;
// - the scope tables of README.md and docs/privacy.md, from docs/scopes.json.
//
// Options: --out DIR writes the images and screenshots.json there instead (the test uses a
// temporary directory) and leaves the documents alone. Uses the Chromium the tests use.

import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startPreview } from '../preview/server.mjs';
import { launchChromium } from './chromium.mjs';
import { pngSize, sha256 } from './png.mjs';
import { readScopes, SCOPE_DOCUMENTS, withScopeTable } from './scopes.mjs';

const ROOT = new URL('../', import.meta.url);
const MARKETPLACE = fileURLToPath(new URL('docs/marketplace/', ROOT));

/** Sizes from Google's "Create a store listing" page; docs/marketplace/README.md cites them. */
export const ICON_SIZES = [32, 48, 96, 128];
export const BANNER = { width: 220, height: 140 };
export const SCREENSHOT = { width: 1280, height: 800 };

export const SHOTS = [
  {
    id: 'mapping',
    file: 'screenshot-1-mapping.png',
    caption: 'Goalpost reads the plan’s columns by itself: each field shows the column it took and why, and any of them can be changed from its dropdown.',
  },
  {
    id: 'results',
    file: 'screenshot-2-results.png',
    caption: 'Every row gets a verdict with its evidence: the counts of initiatives, goals and unclear rows, the five criteria ticked, and the text that shows each one.',
  },
  {
    id: 'columns',
    file: 'screenshot-3-columns.png',
    caption: 'The verdicts are written into Goalpost’s own columns beside the plan: label, score, the five criteria, theme and reason. No other cell changes.',
  },
  {
    id: 'rollup',
    file: 'screenshot-4-rollup.png',
    caption: 'The roll-up sheet puts initiatives under the goals they serve, with budgets, dates and a link back to each row, and charts initiatives and budget per goal.',
  },
];

const dataUrl = (svg) => `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;

/** An SVG drawn at width × height as a PNG with its transparency kept. */
async function renderSvg(browser, svg, width, height) {
  const page = await browser.newPage({ viewport: { width, height }, deviceScaleFactor: 1 });
  try {
    await page.setContent(`<!DOCTYPE html><html><body style="margin:0;background:transparent"><img width="${width}" height="${height}" style="display:block"></body></html>`);
    await page.locator('img').evaluate((img, src) => {
      img.src = src;
      return img.decode();
    }, dataUrl(svg));
    return await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width, height } });
  } finally {
    await page.close();
  }
}

async function renderArtwork(browser) {
  const icon = readFileSync(join(MARKETPLACE, 'icon.svg'), 'utf8');
  // The banner places the icon by reference, so the icon is drawn in one file only.
  const banner = readFileSync(join(MARKETPLACE, 'banner.svg'), 'utf8').replace('href="icon.svg"', `href="${dataUrl(icon)}"`);
  const images = [];
  for (const size of ICON_SIZES) images.push({ file: `icon-${size}.png`, kind: 'application icon', png: await renderSvg(browser, icon, size, size) });
  images.push({ file: `banner-${BANNER.width}x${BANNER.height}.png`, kind: 'card banner', png: await renderSvg(browser, banner, BANNER.width, BANNER.height) });
  return images;
}

/** The texts of the plan table's cells that are inside the visible part of the sheet. */
function visibleCells(page, row) {
  return page.evaluate((row) => {
    const area = document.getElementById('sheet').getBoundingClientRect();
    const line = document.querySelectorAll('#grid tbody tr')[row];
    return Array.from(line ? line.querySelectorAll('td') : [])
      .filter((td) => {
        const box = td.getBoundingClientRect();
        return box.left >= area.left && box.right <= area.right && box.top >= area.top && box.bottom <= area.bottom;
      })
      .map((td) => td.textContent);
  }, row);
}

async function captureScreens(browser) {
  const preview = await startPreview({ port: 0 });
  const page = await browser.newPage({ viewport: SCREENSHOT, deviceScaleFactor: 1 });
  const failures = [];
  page.on('pageerror', (error) => failures.push(error));
  const shots = [];
  const take = async (id, seen) => {
    if (failures.length) throw failures[0];
    shots.push({ ...SHOTS.find((shot) => shot.id === id), seen, png: await page.screenshot() });
  };
  try {
    await page.goto(preview.url);
    const sidebar = page.frameLocator('#sidebar');
    await sidebar.locator('#map-budget').waitFor();

    await take('mapping', {
      sheet: await sidebar.locator('#sheet-name').innerText(),
      mapping: await sidebar.locator('.mapping-line').evaluateAll((lines) =>
        lines.map((line) => ({
          field: line.querySelector('label').textContent,
          column: line.querySelector('select').value,
          how: line.querySelector('.how').textContent,
        })),
      ),
    });

    await sidebar.locator('#run').click();
    await sidebar.locator('#status', { hasText: 'Done' }).waitFor({ timeout: 120_000 });
    // Open the evidence of the first initiative that meets the most criteria, with the counts above it in view.
    const results = sidebar.locator('.result');
    const best = await results.evaluateAll((items) => {
      const met = items.map((item) => (item.dataset.label === 'Initiative' ? item.querySelectorAll('.tick.met').length : -1));
      return met.indexOf(Math.max(...met));
    });
    const opened = results.nth(best);
    await opened.locator('.result-main').click();
    await opened.locator('.evidence').waitFor();
    await sidebar.locator('#results-heading').evaluate((heading) => heading.scrollIntoView({ block: 'start' }));
    await page.waitForFunction(() => document.querySelector('#grid tr.selected'));
    await take('results', {
      status: await sidebar.locator('#status').innerText(),
      counts: await sidebar.locator('.count').evaluateAll((counts) =>
        Object.fromEntries(counts.map((c) => [c.dataset.label, Number(c.querySelector('.count-number').textContent.replace(/,/g, ''))])),
      ),
      opened: {
        label: await opened.getAttribute('data-label'),
        title: await opened.locator('.title').innerText(),
        criteriaMet: await opened.locator('.tick.met').count(),
        reason: await opened.locator('.reason').innerText(),
        evidence: await opened.locator('.evidence').innerText(),
      },
    });

    // The sheet as a user scrolls it to see Goalpost's columns, top rows first.
    await page.evaluate(() => {
      const sheet = document.getElementById('sheet');
      const first = document.querySelector('#grid tbody tr td.goalpost');
      sheet.scrollTop = 0;
      sheet.scrollLeft = Math.max(0, first.offsetLeft - 60);
    });
    await take('columns', {
      headers: await visibleCells(page, 0),
      firstRow: await visibleCells(page, 1),
    });

    await sidebar.locator('#rollup').click();
    await sidebar.locator('#rollup-status').filter({ hasText: /\S/ }).waitFor();
    await page.locator('#tabs button', { hasText: 'Goalpost roll-up' }).click();
    await page.locator('#sheet-title', { hasText: 'Goalpost roll-up' }).waitFor();
    await page.locator('.chart svg').waitFor();
    await take('rollup', {
      tab: await page.locator('#tabs button[aria-selected="true"]').innerText(),
      sidebarStatus: await sidebar.locator('#rollup-status').innerText(),
      lines: await page.locator('#grid tbody tr').evaluateAll((rows) => rows.slice(0, 24).map((row) => row.querySelector('td')?.textContent ?? '')),
      rowLinks: await page.locator('#grid td.link').count(),
      chart: await page.locator('.chart svg').evaluate((svg) => ({
        title: svg.getAttribute('aria-label'),
        bars: svg.querySelectorAll('rect[height]:not([height="10"])').length,
        lines: svg.querySelectorAll('polyline').length,
      })),
    });
  } finally {
    await page.close();
    await preview.close();
  }
  return shots;
}

export async function makeListing({ outDir = MARKETPLACE, writeDocuments = outDir === MARKETPLACE } = {}) {
  mkdirSync(outDir, { recursive: true });
  const browser = await launchChromium();
  let images;
  let shots;
  try {
    images = await renderArtwork(browser);
    shots = await captureScreens(browser);
  } finally {
    await browser.close();
  }
  const describe = ({ file, png }) => ({ file, ...pngSize(png), sha256: sha256(png) });
  for (const { file, png } of [...images, ...shots]) writeFileSync(join(outDir, file), png);
  const manifest = {
    about: 'Written by npm run listing (scripts/listing.mjs) from npm run preview on examples/account-plan.csv; seen is the text read from the page when each screenshot was taken.',
    images: images.map((image) => ({ ...describe(image), kind: image.kind })),
    screenshots: shots.map((shot) => ({ id: shot.id, ...describe(shot), caption: shot.caption, seen: shot.seen })),
  };
  writeFileSync(join(outDir, 'screenshots.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  if (writeDocuments) {
    const scopes = readScopes(ROOT);
    for (const name of SCOPE_DOCUMENTS) {
      const path = fileURLToPath(new URL(name, ROOT));
      writeFileSync(path, withScopeTable(readFileSync(path, 'utf8'), scopes, name));
    }
  }
  return manifest;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  const at = process.argv.indexOf('--out');
  const outDir = at > 0 ? resolve(process.argv[at + 1] ?? '') : MARKETPLACE;
  makeListing({ outDir })
    .then((manifest) => {
      for (const image of [...manifest.images, ...manifest.screenshots]) console.log(`${join(outDir, image.file)}  ${image.width}×${image.height}`);
    })
    .catch((error) => {
      console.error(`npm run listing failed: ${error?.message ?? error}`);
      process.exit(1);
    });
}
