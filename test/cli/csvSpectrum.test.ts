import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '../..');
const spectrum = join(root, 'node_modules/csv-spectrum');
const names = readdirSync(join(spectrum, 'csvs')).map((file) => file.replace(/\.csv$/, ''));


// The csv-spectrum edge cases (quotes, commas and line breaks in cells, CRLF, UTF-8, empty
// fields) come back through `classify --format csv` with every header and value as they were.
describe.each(names)('csv-spectrum %s', (name) => {
  it('round-trips its header and values, its first header mapped as the title', () => {
    const json = JSON.parse(readFileSync(join(spectrum, 'json', `${name}.json`), 'utf8')) as Array<Record<string, string>> | Record<string, string>;
    const headers = Object.keys(Array.isArray(json) ? json[0] : json);
    // The suite's JSON for location_coordinates is one object whose phone number differs from its
    // own CSV's; that file is held to its CSV as a CSV reader reads it.
    const expected = Array.isArray(json)
      ? json
      : Papa.parse<Record<string, string>>(readFileSync(join(spectrum, 'csvs', `${name}.csv`), 'utf8'), { header: true, skipEmptyLines: true }).data;
    const result = spawnSync('node', [join(root, 'bin/goalpost.js'), 'classify', join(spectrum, 'csvs', `${name}.csv`), '--format', 'csv', '--quiet', '--map', `title=${headers[0]}`], { encoding: 'utf8' });
    // Cells such as "1" or "" are no statements, so the closing warning may say so; nothing else is said.
    expect(result.stderr.replace(/^goalpost: warning: most rows .*\n/m, '')).toBe('');
    expect(result.status).toBe(0);
    const lines = Papa.parse<string[]>(result.stdout, { skipEmptyLines: true }).data;
    expect(lines[0].slice(0, headers.length)).toEqual(headers);
    expect(lines.slice(1).map((line) => line.slice(0, headers.length))).toEqual(expected.map((row) => headers.map((header) => row[header])));
  });
});
