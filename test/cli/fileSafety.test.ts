/**
 * The command line never harms a file: an output that is an input (under any name) is
 * refused, output replaces a file only when the run succeeds, and binary content is never
 * parsed as a plan. Through the real CLI, spawned on temporary files.
 */
import { spawnSync } from 'node:child_process';
import { closeSync, copyFileSync, existsSync, linkSync, openSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync, chmodSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '../..');

function run(args: string[], options: { input?: string | Buffer; cwd?: string } = {}) {
  const result = spawnSync('node', [join(root, 'bin/goalpost.js'), ...args], { input: options.input, encoding: 'utf8', cwd: options.cwd ?? root });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

const PLAN = [
  'Objective,Team,Lead,Budget,Due,Parent',
  'Grow EMEA revenue 20% by FY27,,CRO,,FY27,',
  'Migrate the core ledger to the cloud,Finance IT,Dana Whitfield,$2.4M,2027-06-30,Grow EMEA revenue 20% by FY27',
  'Roll out the partner portal,EMEA Sales,Raj Patel,€85k,Q3 2026,Grow EMEA revenue 20% by FY27',
].join('\n') + '\n';
const BROKEN = PLAN + 'Pilot the referral scheme,"Sales\n';

/** A fresh folder holding plan.csv, so each case starts from the same bytes. */
function folder(content = PLAN): { dir: string; plan: string } {
  const dir = mkdtempSync(join(tmpdir(), 'goalpost-safety-'));
  const plan = join(dir, 'plan.csv');
  writeFileSync(plan, content);
  return { dir, plan };
}

const commands = [
  ['classify', ['table', 'csv', 'ndjson', 'json']],
  ['rollup', ['table', 'md', 'csv', 'json']],
] as const;
const cases = commands.flatMap(([command, formats]) => formats.map((format) => [command, format] as const));


describe('--output never names an input', () => {
  it.each(cases)('%s --format %s onto the input by the same path, a relative path, a symbolic link and a hard link: exit 2, file unchanged', (command, format) => {
    const { dir, plan } = folder();
    symlinkSync(plan, join(dir, 'soft.csv'));
    linkSync(plan, join(dir, 'hard.csv'));
    for (const [input, output] of [
      [plan, plan],
      ['plan.csv', './plan.csv'],
      [plan, join(dir, 'soft.csv')],
      [join(dir, 'soft.csv'), plan],
      [plan, join(dir, 'hard.csv')],
    ]) {
      const { code, err, out } = run([command, input, '--format', format, '--output', output], { cwd: dir });
      expect(code, `${input} -> ${output}`).toBe(2);
      expect(err).toMatch(/is the input file.*never overwrites its input/);
      expect(out).toBe('');
      expect(readFileSync(plan, 'utf8')).toBe(PLAN);
    }
    expect(readdirSync(dir).sort()).toEqual(['hard.csv', 'plan.csv', 'soft.csv']);
  });

  /** The CLI with `file` as its standard input, as the shell's `< file` gives it. */
  function runWithStdinFrom(file: string, args: string[], cwd: string) {
    const fd = openSync(file, 'r');
    try {
      const result = spawnSync('node', [join(root, 'bin/goalpost.js'), ...args], { stdio: [fd, 'pipe', 'pipe'], encoding: 'utf8', cwd });
      return { code: result.status, out: result.stdout, err: result.stderr };
    } finally {
      closeSync(fd);
    }
  }

  it.each(cases)('%s --format %s reading standard input redirected from the output file (directly, a symbolic link, a hard link): exit 2, file unchanged', (command, format) => {
    const { dir, plan } = folder();
    symlinkSync(plan, join(dir, 'soft.csv'));
    linkSync(plan, join(dir, 'hard.csv'));
    for (const [stdin, output] of [
      [plan, 'plan.csv'],
      [plan, plan],
      [join(dir, 'soft.csv'), 'plan.csv'],
      [plan, 'soft.csv'],
      [join(dir, 'hard.csv'), 'plan.csv'],
    ]) {
      const { code, err, out } = runWithStdinFrom(stdin, [command, '-', '--format', format, '-o', output], dir);
      expect(code, `- < ${stdin} -> ${output}`).toBe(2);
      expect(err).toMatch(/--output \S*(plan|soft)\.csv is the input file, given on standard input: Goalpost never overwrites its input; name another file/);
      expect(out).toBe('');
      expect(readFileSync(plan, 'utf8')).toBe(PLAN);
    }
    expect(readdirSync(dir).sort()).toEqual(['hard.csv', 'plan.csv', 'soft.csv']);
  });

  it('standard input redirected from another file with the same content still writes the output', () => {
    const { dir, plan } = folder();
    const copy = join(dir, 'copy.csv');
    copyFileSync(plan, copy);
    const { code, err } = runWithStdinFrom(copy, ['classify', '-', '-f', 'ndjson', '-o', 'plan.csv'], dir);
    expect(code, err).toBe(0);
    expect(readFileSync(plan, 'utf8').trim().split('\n').map((line) => JSON.parse(line).label)).toEqual(['Goal', 'Initiative', 'Initiative']);
    expect(readFileSync(copy, 'utf8')).toBe(PLAN);
  });

  it('refuses a folder as the output and a folder that does not exist', () => {
    const { dir, plan } = folder();
    expect(run(['classify', plan, '-o', dir]).err).toMatch(/is a folder; name a file/);
    const missing = run(['rollup', plan, '-o', join(dir, 'nowhere', 'out.json')]);
    expect(missing.code).toBe(2);
    expect(missing.err).toMatch(/there is no folder/);
  });
});

describe('output replaces a file only when the run succeeds', () => {
  it.each(cases)('%s --format %s stopped by a malformed row leaves the previous output as it was and no temporary file', (command, format) => {
    const { dir, plan } = folder(BROKEN);
    const out = join(dir, 'out.txt');
    writeFileSync(out, 'the previous output\n');
    const { code, err } = run([command, plan, '--format', format, '--output', out]);
    expect(code).toBe(2);
    expect(err).toMatch(/Malformed CSV at line 5.*\(nothing was written to .*out\.txt\)/);
    expect(readFileSync(out, 'utf8')).toBe('the previous output\n');
    expect(readdirSync(dir).sort()).toEqual(['out.txt', 'plan.csv']);
  });

  it.each(cases)('%s --format %s writes a complete file in place of the old one, keeping its permissions', (command, format) => {
    const { dir, plan } = folder();
    const out = join(dir, 'out.txt');
    writeFileSync(out, 'old');
    chmodSync(out, 0o640);
    expect(run([command, plan, '--format', format, '--output', out]).code).toBe(0);
    const written = readFileSync(out, 'utf8');
    expect(written).toBe(run([command, plan, '--format', format]).out);
    if (format === 'json') expect(() => JSON.parse(written)).not.toThrow();
    expect(statSync(out).mode & 0o777).toBe(0o640);
    expect(readdirSync(dir).sort()).toEqual(['out.txt', 'plan.csv']);
  });

  it('writes through a symbolic link to the file it names, keeping the link', () => {
    const { dir, plan } = folder();
    const real = join(dir, 'real.json');
    writeFileSync(real, '');
    symlinkSync(real, join(dir, 'latest.json'));
    expect(run(['rollup', plan, '-f', 'json', '-o', join(dir, 'latest.json')]).code).toBe(0);
    expect(JSON.parse(readFileSync(real, 'utf8')).goals).toHaveLength(1);
    expect(readdirSync(dir).sort()).toEqual(['latest.json', 'plan.csv', 'real.json']);
  });

  it('does not create the output when the input cannot be read', () => {
    const { dir } = folder();
    const out = join(dir, 'out.csv');
    expect(run(['classify', join(dir, 'missing.csv'), '-f', 'csv', '-o', out]).code).toBe(2);
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(dir)).toEqual(['plan.csv']);
  });
});

describe('binary input is refused, never classified', () => {
  const png = readFileSync(join(root, 'docs/sidebar.png'));
  const elf = existsSync('/bin/true') ? readFileSync('/bin/true') : Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1]), Buffer.alloc(4096)]);
  const jpeg = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]), Buffer.from('JFIF'), Buffer.alloc(200, 7)]);
  const pdf = Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj << /Type /Catalog >> endobj\n', 'latin1');
  const gzip = gzipSync(PLAN);
  const noise = Buffer.from(Array.from({ length: 4000 }, (_, i) => (i * 7919 + 13) % 256));
  it.each([
    ['an executable', elf, /looks like an executable program/],
    ['a PNG image', png, /looks like a PNG image/],
    ['a JPEG image', jpeg, /looks like a JPEG image/],
    ['a PDF', pdf, /looks like a PDF document/],
    ['a gzip file', gzip, /looks like a gzip-compressed file.*gunzip/],
    ['random bytes', noise, /looks like binary data, not text/],
  ])('%s renamed .csv, for both commands and on standard input', (_, bytes, message) => {
    const { dir } = folder();
    const path = join(dir, 'renamed.csv');
    writeFileSync(path, bytes);
    for (const args of [['classify', path, '-f', 'ndjson'], ['rollup', path, '-f', 'json'], ['classify', '-', '-f', 'ndjson']]) {
      const { code, out, err } = run(args, { input: args[1] === '-' ? bytes : undefined });
      expect(code, args.join(' ')).toBe(2);
      expect(out).toBe('');
      expect(err).toMatch(message);
    }
  });

  it('still reads UTF-16 text, whose every other byte is zero', () => {
    const { dir } = folder();
    const path = join(dir, 'unicode.txt');
    writeFileSync(path, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(PLAN.replace(/,/g, '\t'), 'utf16le')]));
    const { code, out } = run(['classify', path, '-f', 'ndjson']);
    expect(code).toBe(0);
    expect(out.trim().split('\n')).toHaveLength(3);
  });

  it('reads a workbook piped to standard input as a workbook, and a ZIP that is no workbook is refused', async () => {
    const { dir } = folder();
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Plan');
    for (const line of PLAN.trim().split('\n')) sheet.addRow(line.split(','));
    const path = join(dir, 'plan.xlsx');
    await book.xlsx.writeFile(path);
    const piped = run(['classify', '-', '-f', 'ndjson'], { input: readFileSync(path) });
    expect(piped.code).toBe(0);
    expect(piped.out.trim().split('\n').map((line) => JSON.parse(line).label)).toEqual(['Goal', 'Initiative', 'Initiative']);
    // Named .csv but holding a workbook: read as what it holds.
    copyFileSync(path, join(dir, 'really-a-workbook.csv'));
    expect(run(['rollup', join(dir, 'really-a-workbook.csv'), '-f', 'json']).code).toBe(0);

    const zip = Buffer.from('504b0304140000000000000000000000000000000000000000000000000000000000504b0506000000000000000000000000000000000000', 'hex');
    const refused = run(['classify', '-'], { input: zip });
    expect(refused.code).toBe(2);
    expect(refused.err).toMatch(/standard input is a ZIP archive/);
  });
});

describe('small promises', () => {
  it('prints the version with --version and -V', () => {
    const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    for (const flag of ['--version', '-V']) {
      const { code, out } = run([flag]);
      expect(code).toBe(0);
      expect(out.trim()).toBe(version);
    }
  });

  it('says --sheet is ignored for a CSV file', () => {
    const { plan } = folder();
    const { code, err } = run(['classify', plan, '--sheet', 'Plan', '-f', 'ndjson']);
    expect(code).toBe(0);
    expect(err).toMatch(/--sheet "Plan" is ignored: .*plan\.csv is delimited text/);
  });
});

describe('text that is not a plan', () => {
  let seed = 42;
  const next = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const gibberish = Array.from({ length: 300 }, () =>
    Array.from({ length: 3 + Math.floor(next() * 8) }, () => Array.from({ length: 2 + Math.floor(next() * 8) }, () => 'abcdefghijklmnopqrstuvwxyz'[Math.floor(next() * 26)]).join('')).join(' '),
  ).join('\n');
  const code = ['import { readFile } from "node:fs/promises";', 'const text = await readFile(path, "utf8");', 'for (const line of text.split("\\n")) {', '  if (!line.trim()) continue;', '  total += line.length;', '}', 'console.log(total);'].join('\n');
  const log = Array.from({ length: 20 }, (_, i) => `2026-04-0${1 + (i % 9)} 10:${10 + i}:07 INFO scheduler started job ${i} on node-${i % 3}`).join('\n');

  it.each([
    ['random letters', gibberish, 0.8],
    ['a code listing', code, 0.99],
    ['a log', log, 0.99],
  ])('%s: mostly Unclear verdicts and a closing warning, from classify and rollup', (_, text, share) => {
    const { dir } = folder();
    const path = join(dir, 'notes.txt');
    writeFileSync(path, text);
    const classify = run(['classify', path, '-f', 'ndjson']);
    expect(classify.code).toBe(0);
    const labels = classify.out.trim().split('\n').map((line) => JSON.parse(line).label);
    expect(labels.filter((label) => label === 'Unclear').length / labels.length).toBeGreaterThanOrEqual(share);
    expect(classify.err).toMatch(/warning: most rows \(\d+ of \d+\) did not read as plan statements/);
    expect(run(['rollup', path]).err).toMatch(/warning: most rows .* did not read as plan statements/);
  });

  it('a real plan gets no such warning', () => {
    const { err } = run(['classify', join(root, 'examples/account-plan.csv'), '-f', 'ndjson']);
    expect(err).not.toMatch(/warning/);
  });
});

describe('cell text is shown as written, never obeyed', () => {
  const HOSTILE = [
    'Title,Parent',
    'Grow revenue 20% by 2027,',
    '"Roll out <img src=x onerror=alert(1)> [the portal](javascript:alert(1)) to *all* branches",Grow revenue 20% by 2027',
    '"Migrate the ledger\rOVERWRITTEN",Grow revenue 20% by 2027',
    '"Launch the \u202eportal\u202c in EMEA",Grow revenue 20% by 2027',
  ].join('\n');

  it('escapes links, images, tags and emphasis in the Markdown roll-up', () => {
    const { dir } = folder(HOSTILE);
    const { out, code } = run(['rollup', join(dir, 'plan.csv'), '--format', 'md']);
    expect(code).toBe(0);
    expect(out).toContain('\\<img src=x onerror=alert(1)\\>');
    expect(out).toContain('\\[the portal\\](javascript:alert(1))');
    expect(out).toContain('\\*all\\*');
    expect(out).not.toMatch(/(?<!\\)<img|(?<!\\)\[the portal(?<!\\)\]/);
  });

  it('prints no carriage return or direction override from a cell, in the roll-up tree and the classify table', () => {
    const { dir } = folder(HOSTILE);
    for (const args of [['rollup', join(dir, 'plan.csv')], ['classify', join(dir, 'plan.csv'), '-f', 'table']]) {
      const { out, code } = run(args);
      expect(code).toBe(0);
      expect(out).not.toMatch(/[\r\u202a-\u202e]/);
      expect(out).toContain('Migrate the ledger OVERWRITTEN');
      expect(out).toContain('Launch the portal in EMEA');
    }
  });
});

describe('a bounded roll-up', () => {
  it('stops past its row limit with a message, writing nothing, instead of exhausting memory', () => {
    const { dir, plan } = folder();
    const out = join(dir, 'rollup.json');
    const result = spawnSync('node', [join(root, 'bin/goalpost.js'), 'rollup', plan, '-f', 'json', '-o', out], {
      encoding: 'utf8',
      env: { ...process.env, GOALPOST_ROLLUP_MAX_ROWS: '2' },
    });
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/has more than 2 rows, the most a roll-up holds in memory; roll up one account or region at a time/);
    expect(existsSync(out)).toBe(false);
    // At the limit it still runs, and says how many rows it read.
    const fits = spawnSync('node', [join(root, 'bin/goalpost.js'), 'rollup', plan], { encoding: 'utf8', env: { ...process.env, GOALPOST_ROLLUP_MAX_ROWS: '3' } });
    expect(fits.status).toBe(0);
    expect(fits.stdout).toMatch(/^Goal roll-up of 3 rows:/);
  });
});
