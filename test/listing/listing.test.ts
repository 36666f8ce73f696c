/**
 * The Marketplace listing: its texts fit the listing's limits, its images have the pixel sizes
 * the listing requires and are the ones screenshots.json describes, and each screenshot showed
 * what its caption says, judged from the text read from the page when it was taken. In
 * Chromium, the listing script runs again into a temporary directory and must pass the same
 * checks, so `npm run listing` keeps working as the add-on changes.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { VERDICT_HEADERS } from '../../src/core';
// @ts-expect-error preview/server.mjs is plain JavaScript with no type declarations
import { readCsvRows } from '../../preview/server.mjs';
import { pngSize, sha256 } from '../../scripts/png.mjs';
import listing from '../../docs/marketplace/listing.json';
import { browserMissing, CHROMIUM_PATH, SKIP_NOTE, skipBrowserTests } from '../sidebar/chromium';

const ROOT = join(__dirname, '../..');
const MARKETPLACE = join(ROOT, 'docs/marketplace');
const EXAMPLE = readCsvRows(readFileSync(join(ROOT, 'examples/account-plan.csv'), 'utf8')) as string[][];
const LABELS = ['Initiative', 'Goal', 'Unclear'];

interface Shot {
  id: string;
  file: string;
  caption: string;
  width: number;
  height: number;
  sha256: string;
  seen: any;
}
interface Manifest {
  images: Array<{ file: string; kind: string; width: number; height: number; sha256: string }>;
  screenshots: Shot[];
}

/** The figures of docs/marketplace/README.md: what each file must measure. */
const REQUIRED: Record<string, [number, number]> = {
  'icon-32.png': [32, 32],
  'icon-48.png': [48, 48],
  'icon-96.png': [96, 96],
  'icon-128.png': [128, 128],
  'banner-220x140.png': [220, 140],
};
const SCREENSHOT: [number, number] = [1280, 800];

/** Each screenshot's caption, as checks on what the page showed when it was taken. */
const SHOWS: Record<string, (seen: any) => void> = {
  mapping(seen) {
    expect(seen.sheet).toContain('Plan');
    const headers = EXAMPLE[0];
    const mapped = seen.mapping.filter((line: any) => line.column !== '');
    // "each field shows the column it took and why"
    expect(mapped.length).toBeGreaterThanOrEqual(8);
    for (const line of mapped) {
      expect(headers, line.field).toContain(line.column);
      expect(line.how, line.field).toMatch(/\S/);
    }
    for (const field of ['Title', 'Budget', 'Parent']) expect(mapped.map((line: any) => line.field)).toContain(field);
  },
  results(seen) {
    // "the counts of initiatives, goals and unclear rows": of every row of the example plan
    const rows = EXAMPLE.slice(1).filter((row) => row.some((cell) => cell.trim() !== '')).length;
    expect(Object.keys(seen.counts).sort()).toEqual([...LABELS].sort());
    expect(LABELS.reduce((sum, label) => sum + seen.counts[label], 0)).toBe(rows);
    // The example plan holds both kinds; how many rows stay Unclear is the engine's business.
    for (const label of ['Initiative', 'Goal']) expect(seen.counts[label], label).toBeGreaterThan(0);
    expect(seen.status).toMatch(/^Done/);
    // "the five criteria ticked, and the text that shows each one"
    expect(seen.opened.label).toBe('Initiative');
    expect(seen.opened.criteriaMet).toBe(5);
    expect(EXAMPLE.map((row) => row[2])).toContain(seen.opened.title);
    for (const name of ['Program', 'Organization', 'Leadership', 'Budget', 'Time-frame']) expect(seen.opened.evidence).toContain(name);
  },
  columns(seen) {
    // "label, score, the five criteria, theme and reason", all in view, with values under them
    for (const header of VERDICT_HEADERS) expect(seen.headers).toContain(header);
    const at = (header: string) => seen.firstRow[seen.headers.indexOf(header)];
    expect(LABELS).toContain(at(VERDICT_HEADERS[0]));
    expect(at(VERDICT_HEADERS[1])).toMatch(/^[0-5]$/);
    expect(at(VERDICT_HEADERS.at(-1)!)).toMatch(/\S/);
  },
  rollup(seen) {
    expect(seen.tab).toBe('Goalpost roll-up');
    expect(seen.lines[0]).toMatch(/^Goal roll-up of “Plan”$/);
    expect(seen.lines).toContain('Look at:');
    expect(seen.lines).toContain('Account');
    // "initiatives under the goals they serve … a link back to each row"
    expect(seen.sidebarStatus).toMatch(/Built “Goalpost roll-up” from \d+ rows: \d+ initiatives \(.*\), \d+ goals/);
    expect(seen.rowLinks).toBeGreaterThan(10);
    // "charts initiatives and budget per goal"
    expect(seen.chart.title).toBe('Initiatives and budget per goal');
    expect(seen.chart.bars).toBeGreaterThan(1);
    expect(seen.chart.lines).toBe(1);
  },
};

function checkListing(dir: string, manifest: Manifest): void {
  expect(manifest.images.map((image) => image.file).sort()).toEqual(Object.keys(REQUIRED).sort());
  for (const image of [...manifest.images, ...manifest.screenshots]) {
    const bytes = readFileSync(join(dir, image.file));
    const [width, height] = REQUIRED[image.file] ?? SCREENSHOT;
    expect(pngSize(bytes), image.file).toEqual({ width, height });
    expect({ width: image.width, height: image.height }, image.file).toEqual({ width, height });
    // The manifest describes these very files, so what was seen is what the picture shows.
    expect(sha256(bytes), `${image.file} is not the image screenshots.json describes: run npm run listing`).toBe(image.sha256);
  }
  expect(manifest.screenshots.length).toBeGreaterThanOrEqual(4);
  for (const shot of manifest.screenshots) {
    expect(SHOWS[shot.id], `no check for the screenshot "${shot.id}"`).toBeTypeOf('function');
    SHOWS[shot.id](shot.seen);
  }
}

const readManifest = (dir: string): Manifest => JSON.parse(readFileSync(join(dir, 'screenshots.json'), 'utf8'));

describe('the listing texts', () => {
  it('fit the Store Listing: a name of 50 characters at most without "Google", a short description of 200, a detailed one under 16,000', () => {
    expect(listing.name.length).toBeLessThanOrEqual(50);
    expect(listing.name).not.toMatch(/google/i);
    expect(listing.shortDescription.length).toBeGreaterThan(40);
    expect(listing.shortDescription.length).toBeLessThanOrEqual(200);
    const long = readFileSync(join(MARKETPLACE, 'long-description.txt'), 'utf8');
    expect(long.length).toBeGreaterThan(500);
    expect(long.length).toBeLessThan(16_000);
    expect(long).toContain('no network calls');
  });
});

describe('the committed listing images', () => {
  const manifest = readManifest(MARKETPLACE);

  it('have the required pixel sizes, are the files screenshots.json describes, and each screenshot showed what its caption says', () => {
    checkListing(MARKETPLACE, manifest);
  });

  it('carry the captions docs/marketplace/README.md lists', () => {
    const readme = readFileSync(join(MARKETPLACE, 'README.md'), 'utf8');
    const table = readme.split('<!-- captions:start -->')[1].split('<!-- captions:end -->')[0];
    const listed = [...table.matchAll(/^\| `([^`]+)` \| (.+) \|$/gm)].map((m) => [m[1], m[2]]);
    expect(listed).toEqual(manifest.screenshots.map((shot) => [shot.file, shot.caption]));
  });

  it('are checked by rules that fail on a screenshot showing something else', () => {
    const mapping = manifest.screenshots.find((shot) => shot.id === 'mapping')!;
    const results = manifest.screenshots.find((shot) => shot.id === 'results')!;
    expect(() => SHOWS.mapping({ ...mapping.seen, mapping: mapping.seen.mapping.map((line: any) => ({ ...line, column: '' })) })).toThrow();
    expect(() => SHOWS.results({ ...results.seen, counts: { ...results.seen.counts, Initiative: 0 } })).toThrow();
    expect(() => SHOWS.columns({ headers: ['Title'], firstRow: ['x'] })).toThrow();
  });
});

if (skipBrowserTests) console.warn(`\nGoalpost: the listing's browser test was ${SKIP_NOTE}.\n`);

describe.skipIf(skipBrowserTests)(skipBrowserTests ? `npm run listing in Chromium (${SKIP_NOTE})` : 'npm run listing in Chromium', () => {
  const out = mkdtempSync(join(tmpdir(), 'goalpost-listing-'));
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('makes the same images again, each showing what its caption says', () => {
    expect(browserMissing, `no Chromium at ${CHROMIUM_PATH}: install it with apt-get install -y chromium`).toBe(false);
    execFileSync(process.execPath, [join(ROOT, 'scripts/listing.mjs'), '--out', out], { cwd: ROOT, stdio: 'pipe' });
    const fresh = readManifest(out);
    checkListing(out, fresh);
    expect(fresh.screenshots.map((shot) => [shot.id, shot.caption])).toEqual(readManifest(MARKETPLACE).screenshots.map((shot) => [shot.id, shot.caption]));
  }, 120_000);
});
