
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import vm from 'node:vm';
import { beforeAll, describe, expect, it } from 'vitest';
import * as addOn from '../../src/gas/index';
import { FakeAppsScript } from '../fakes/appsScript';

interface BuildScript {
  publicFunctions(file: string): Array<{ name: string; params: string[]; jsdoc: string }>;
  inlineSidebar(html: string, script: string, style: string): string;
}

const root = fileURLToPath(new URL('../..', import.meta.url));
const codePath = join(root, 'dist', 'Code.js');
let code = '';
let build: BuildScript;

beforeAll(async () => {
  // test/globalSetup.ts built dist/ before any test file ran.
  code = readFileSync(codePath, 'utf8');
  // build.mjs is plain JavaScript with no type declarations; load it by URL and type what is used.
  build = (await import(pathToFileURL(join(root, 'build.mjs')).href)) as BuildScript;
});

/** Loads Code.js into a fresh context holding only the Apps Script services. */
function load(env = new FakeAppsScript()) {
  const context = vm.createContext({ ...env.globals(), console });
  const before = new Set(Object.keys(context));
  vm.runInContext(code, context, { filename: 'Code.js' });
  const added = Object.keys(context).filter((key) => !before.has(key));
  return { env, context: context as Record<string, unknown>, added };
}

const PUBLIC = Object.keys(addOn).sort();
const CUSTOM = ['CLASSIFY', 'INITIATIVE_SCORE', 'INITIATIVE_CRITERIA', 'GOAL_THEME', 'CLASSIFY_REASON'];

describe('dist/Code.js', () => {
  it('is a classic script: no import or export is left', () => {
    expect(code).not.toMatch(/^\s*(import|export)\s[^\n]*(from\s|[{*])/m);
    expect(() => new vm.Script(code)).not.toThrow();
  });

  it("runs with no require, process or window, and makes exactly src/gas/index.ts's exports global functions", () => {
    const { context, added } = load();
    expect(added.filter((name) => name !== 'Goalpost').sort()).toEqual(PUBLIC);
    for (const name of PUBLIC) expect(typeof context[name]).toBe('function');
    // The bundle's namespace is the one other global: an object, which google.script.run cannot call.
    expect(added).toContain('Goalpost');
    expect(typeof context.Goalpost).toBe('object');
    expect(vm.runInContext('typeof require + typeof process + typeof window', context)).toBe('undefinedundefinedundefined');
  });

  it('puts each custom function under its JSDoc, with its real parameter names', () => {
    for (const name of CUSTOM) {
      const found = new RegExp(`(/\\*\\*(?:(?!\\*/)[\\s\\S])*\\*/)\\nfunction ${name}\\(([^)]*)\\)`).exec(code);
      expect(found, `${name} with a JSDoc block directly above it`).not.toBeNull();
      const [, jsdoc, params] = found!;
      expect(params).toBe('input, headers, examples');
      expect(jsdoc).toContain('@customfunction');
      expect(jsdoc).toMatch(/@param \{[^}]+\} input \S/);
      expect(jsdoc).toMatch(/@param \{[^}]+\} headers \S/);
      expect(jsdoc).toMatch(/@param \{[^}]+\} examples Optional\. Two columns/);
      expect(jsdoc).toMatch(/@return \S/);
    }
  });

  it('answers custom functions and builds the menu inside the script context', () => {
    const { env, context } = load();
    const call = (name: string, ...args: unknown[]) => (context[name] as (...a: unknown[]) => unknown)(...args);
    expect(call('CLASSIFY', '')).toBe('');
    expect(['Initiative', 'Goal', 'Unclear']).toContain(call('CLASSIFY', 'Migrate the EMEA finance team to SAP S/4HANA by Q3 2026, led by Dana Whitfield, $2.4M budget'));
    expect(typeof call('INITIATIVE_SCORE', 'Increase EMEA revenue 20% by 2027')).toBe('number');
    const criteria = call('INITIATIVE_CRITERIA', 'Increase EMEA revenue 20% by 2027') as unknown[][];
    expect(criteria).toHaveLength(1);
    expect(criteria[0]).toHaveLength(5);
    expect(() => call('CLASSIFY', [['a', 'b']], [['Title']])).toThrow(/headers has 1 column but the input has 2/);

    call('onOpen', { authMode: 'NONE' });
    const items = env.ui.menus[0].items as Array<{ functionName: string }>;
    for (const item of items) expect(typeof context[item.functionName]).toBe('function');
  });
});

describe('build.mjs', () => {
  const entry = (source: string) => {
    const file = join(mkdtempSync(join(tmpdir(), 'goalpost-build-')), 'index.ts');
    writeFileSync(file, source);
    return file;
  };

  it('reads names, parameters and JSDoc from the source', () => {
    const functions = build.publicFunctions(entry('/**\n * Hi.\n * @param {string} who Someone.\n * @param {...string} more Others.\n * @return A greeting.\n * @customfunction\n */\nexport function HELLO(who: string, ...more: string[]) { return who; }\n'));
    expect(functions).toEqual([
      { name: 'HELLO', params: ['who', '...more'], jsdoc: '/**\n * Hi.\n * @param {string} who Someone.\n * @param {...string} more Others.\n * @return A greeting.\n * @customfunction\n */' },
    ]);
  });

  it.each([
    ["export { CLASSIFY } from './customFunctions';", /re-exports/],
    ['/** x */\nexport const CLASSIFY = () => 1;', /only functions/],
    ['export function CLASSIFY() {}', /no JSDoc/],
    ['/**\n * @return x\n * @customfunction\n */\nexport function CLASSIFY(input) {}', /no @param for "input"/],
    ['/**\n * @param {string} input x\n * @customfunction\n */\nexport function CLASSIFY(input) {}', /no @return/],
  ])('refuses an index.ts the globals could not be built from: %s', (source, message) => {
    expect(() => build.publicFunctions(entry(source))).toThrow(message);
  });

  it('inlines the sidebar script and style into one page, escaping a closing script tag', () => {
    const html = '<html><head><link rel="stylesheet" href="style.css"></head><body><script src="main.ts"></script></body></html>';
    const page = build.inlineSidebar(html, 'const a = "</script>"; const b = "$&";', 'body { color: red }');
    expect(page).toBe(
      '<html><head><style>\nbody { color: red }</style></head><body><script>\nconst a = "<\\/script>"; const b = "$&";</script></body></html>',
    );
  });
});
