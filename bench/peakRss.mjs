#!/usr/bin/env node
// Runs a Node script as if started directly and reports its peak resident memory on stderr
// as "peak-rss-kb N", for the benchmark to read. Usage: node bench/peakRss.mjs <script> [args...]
import { writeSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const [script, ...args] = process.argv.slice(2);
process.argv = [process.argv[0], resolve(script), ...args];
process.on('exit', () => writeSync(2, `peak-rss-kb ${process.resourceUsage().maxRSS}\n`));
await import(pathToFileURL(resolve(script)).href);
