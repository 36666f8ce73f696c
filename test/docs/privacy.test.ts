
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import listing from '../../docs/marketplace/listing.json';
import { HELP_URL, PRIVACY_URL } from '../../src/gas/help';

const root = join(__dirname, '../..');
const read = (path: string) => readFileSync(join(root, path), 'utf8');
const flat = (text: string) => text.replace(/\s+/g, ' ');

/** `test/x.test.ts` › "name", › "other name" → [file, name] pairs. */
function citations(markdown: string): Array<[string, string]> {
  const found: Array<[string, string]> = [];
  const parts = flat(markdown).split(/`(test\/[\w/.-]+\.test\.ts)`/);
  for (let i = 1; i < parts.length; i += 2) {
    for (const [, name] of parts[i + 1].matchAll(/›\s*"([^"]+)"/g)) found.push([parts[i], name]);
  }
  return found;
}

/** The bullets of a `## heading` section. */
function bullets(markdown: string, heading: string): string[] {
  const section = markdown.split(/^## /m).find((part) => part.startsWith(heading)) ?? '';
  return section.split(/^- /m).slice(1).map(flat);
}

describe('docs/privacy.md', () => {
  const policy = read('docs/privacy.md');

  it('names, for each promise, a test that exists under that name', () => {
    const cited = citations(policy);
    expect(cited.length).toBeGreaterThanOrEqual(8);
    for (const [file, name] of cited) {
      expect(existsSync(join(root, file)), file).toBe(true);
      expect(flat(read(file)), `${file} has no test named "${name}"`).toMatch(new RegExp(`\\bit\\(\\s*['"\`]${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}['"\`]`));
    }
    const files = new Set(cited.map(([file]) => file));
    for (const needed of ['test/hardening/privacy.test.ts', 'test/hardening/catalogue.test.ts', 'test/docs/privacy.test.ts']) expect(files).toContain(needed);
  });

  it('backs every bullet on what it reads, writes and never does with a test', () => {
    for (const heading of ['What Goalpost reads', 'What Goalpost writes', 'What never happens']) {
      const items = bullets(policy, heading);
      expect(items.length, heading).toBeGreaterThan(0);
      for (const item of items) expect(item, item).toMatch(/\*Checked by\*|tests above/);
    }
  });

  it('tells how to remove Goalpost, from a sheet, an account and a domain', () => {
    const removal = policy.split(/^## /m).find((part) => part.startsWith('How to remove Goalpost')) ?? '';
    for (const where of ['From one spreadsheet', 'From your account', 'For a whole domain']) expect(removal).toContain(where);
  });
});

describe('the add-on as pushed (dist/)', () => {
  it('the add-on keeps nothing outside the document: no user or script properties, no cache', () => {
    const code = read('dist/Code.js');
    expect(code).toMatch(/getDocumentProperties\s*\(/); // the scan reads the real bundle
    for (const store of ['getUserProperties', 'getScriptProperties', 'CacheService', 'getUserCache', 'getScriptCache']) {
      expect(code, store).not.toMatch(new RegExp(`\\b${store}\\b`));
    }
  });
});

describe('the published pages the listing and the Help dialog link to', () => {
  it('are documents of docs/, at the address the dialog links', () => {
    const page = (link: string) => join(root, 'docs', link.replace(/#.*$/, '').replace(/\.html$/, '.md'));
    for (const link of Object.values(listing.links)) expect(existsSync(page(link)), link).toBe(true);
    expect(listing.site).toMatch(/^https:\/\/[^/]+\/.*\/$/);
    expect(HELP_URL).toBe(listing.site + listing.links.help);
    expect(PRIVACY_URL).toBe(listing.site + listing.links.privacy);
    expect(read('docs/help.md')).toMatch(/^## Support$/m);
  });
});
