/** The sidebar page as HtmlService serves it: one file that fetches nothing. */
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

let page = '';

beforeAll(async () => {
  const build = (await import(pathToFileURL(new URL('../../build.mjs', import.meta.url).pathname).href)) as { sidebarHtml(): Promise<string | null> };
  page = (await build.sidebarHtml()) ?? '';
});

describe('the built sidebar page', () => {
  it('carries its script and style inline, and loads nothing from anywhere', () => {
    expect(page).toMatch(/<style>[\s\S]*font-family[\s\S]*<\/style>/);
    expect(page).toMatch(/<script>[\s\S]*classifySidebarChunk[\s\S]*<\/script>/);
    expect(page).not.toMatch(/<script[^>]*\ssrc=/i);
    expect(page).not.toMatch(/<link[^>]*\shref=/i);
    expect(page).not.toMatch(/@import|url\(\s*['"]?https?:/i);
  });
});
