/**
 * The browser for the sidebar tests: Debian's Chromium, never a downloaded one (launched by
 * scripts/chromium.mjs, which `npm run listing` shares). Without it the browser tests are
 * skipped with a note saying how to run them, unless GOALPOST_REQUIRE_BROWSER=1 (CI), where a
 * missing browser fails them instead.
 */
import { browserMissing, CHROMIUM_PATH, launchChromium as launch } from '../../scripts/chromium.mjs';
import type { Browser } from 'playwright-core';

export { browserMissing, CHROMIUM_PATH };
export const browserRequired = process.env.GOALPOST_REQUIRE_BROWSER === '1';
export const skipBrowserTests = browserMissing && !browserRequired;
export const SKIP_NOTE = `skipped: no Chromium at ${CHROMIUM_PATH}; install it (apt-get install -y chromium) or set GOALPOST_CHROMIUM to a Chromium binary to run them`;

export async function launchChromium(): Promise<Browser> {
  if (browserMissing) {
    throw new Error(`GOALPOST_REQUIRE_BROWSER=1 but there is no Chromium at ${CHROMIUM_PATH}: install it with apt-get install -y chromium.`);
  }
  return launch();
}
