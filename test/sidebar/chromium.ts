/**
 * The browser for the sidebar tests: Debian's Chromium, never a downloaded one. Without it
 * the browser tests are skipped with a note saying how to run them, unless
 * GOALPOST_REQUIRE_BROWSER=1 (CI), where a missing browser fails them instead.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM_PATH = process.env.GOALPOST_CHROMIUM ?? '/usr/bin/chromium';
export const browserRequired = process.env.GOALPOST_REQUIRE_BROWSER === '1';
export const browserMissing = !existsSync(CHROMIUM_PATH);
export const skipBrowserTests = browserMissing && !browserRequired;
export const SKIP_NOTE = `skipped: no Chromium at ${CHROMIUM_PATH}; install it (apt-get install -y chromium) or set GOALPOST_CHROMIUM to a Chromium binary to run them`;

export async function launchChromium(): Promise<Browser> {
  if (browserMissing) {
    throw new Error(`GOALPOST_REQUIRE_BROWSER=1 but there is no Chromium at ${CHROMIUM_PATH}: install it with apt-get install -y chromium.`);
  }
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}
