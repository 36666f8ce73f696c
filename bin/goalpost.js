#!/usr/bin/env node
// The installed `goalpost` command. The CLI is TypeScript bundled by build.mjs (npm install
// runs it through the `prepare` script); this launcher only finds the bundle.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const bundle = new URL('../build/goalpost.mjs', import.meta.url);
if (!existsSync(fileURLToPath(bundle))) {
  process.stderr.write('goalpost: the command line is not built yet; run `npm install` (or `npm run build`) in the goalpost folder\n');
  process.exit(2);
}
await import(bundle.href);
