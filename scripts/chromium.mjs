// The one Chromium every browser task uses: Debian's, never a downloaded one, with the same
// flags for the sidebar tests and for `npm run listing`, so the listing's screenshots are what
// the tests see. GOALPOST_CHROMIUM points at another binary.
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';

export const CHROMIUM_PATH = process.env.GOALPOST_CHROMIUM ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
export const browserMissing = !existsSync(CHROMIUM_PATH);

export async function launchChromium() {
  if (browserMissing) {
    throw new Error(`There is no Chromium at ${CHROMIUM_PATH}: install it with apt-get install -y chromium (or set GOALPOST_CHROMIUM).`);
  }
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}
