// Goalpost build.
//
//   node build.mjs         the add-on (dist/) and the CLI (build/goalpost.mjs)
//   node build.mjs --gas   the add-on only
//   node build.mjs --cli   the CLI only (npm's `prepare` runs this on install), with the
//                          BigQuery library beside it (build/goalpost-bq.js)
//   node build.mjs --training   `npm run train` and `npm run eval` (build/training/)
//
// dist/ is exactly what `clasp push` uploads, so nothing else may land there; the CLI
// bundle goes to build/ for the same reason.

import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import ts from 'typescript';

const root = dirname(fileURLToPath(import.meta.url));
const at = (...parts) => join(root, ...parts);

/** The one global the bundle may create. The generated wrappers call into it. */
export const NAMESPACE = 'Goalpost';

const GAS_ENTRY = 'src/gas/index.ts';
const CLI_ENTRY = 'src/cli/main.ts';
const BIGQUERY_ENTRY = 'src/bigquery/index.ts';
/** The global the BigQuery library defines; goalpost.sql's functions call into it. */
export const BIGQUERY_GLOBAL = 'goalpost';
/** BigQuery's limit on each JavaScript library file it loads from Cloud Storage (quotas: "Maximum size of each external code resource"). */
export const BIGQUERY_LIBRARY_LIMIT = 1024 * 1024;
const SIDEBAR = { html: 'src/sidebar/index.html', script: 'src/sidebar/main.ts', style: 'src/sidebar/style.css' };

class BuildError extends Error {}

// ---------------------------------------------------------------------------------
// Add-on: dist/Code.js
// ---------------------------------------------------------------------------------

/**
 * Apps Script only runs classic scripts and only sees top-level `function` declarations,
 * so the bundle is an IIFE whose exports land on one namespace object. Identifiers stay
 * unminified so stack traces in Cloud Logging (exceptionLogging: STACKDRIVER) stay
 * readable. esbuild drops comments, which is why the wrappers are generated separately.
 */
async function bundleGas() {
  const result = await esbuild.build({
    absWorkingDir: root,
    entryPoints: [GAS_ENTRY],
    bundle: true,
    format: 'iife',
    globalName: NAMESPACE,
    platform: 'browser', // no Node builtins exist in Apps Script; fail the build if one is imported
    target: 'es2020', // what the V8 runtime runs without surprises
    minify: false,
    charset: 'utf8', // keep '→' and '€' readable in the pushed file
    legalComments: 'none',
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0].text;
}

/**
 * Reads src/gas/index.ts with the TypeScript compiler API and returns one entry per
 * exported function: its name, its parameter list as JavaScript, and its JSDoc block
 * verbatim. Sheets' autocomplete and the google.script.run surface are built from these,
 * so index.ts must declare every export as `export function NAME(...)` with JSDoc;
 * anything else (re-exports, consts, defaults) stops the build instead of silently
 * producing a global without documentation or parameters.
 */
export function publicFunctions(file = at(GAS_ENTRY)) {
  const text = readFileSync(file, 'utf8');
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const where = (node) => {
    const { line } = source.getLineAndCharacterOfPosition(node.getStart(source));
    return `${relative(root, file)}:${line + 1}`;
  };
  const isExported = (node) =>
    ts.canHaveModifiers(node) && (ts.getModifiers(node) ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
  const rule = 'declare each export as `export function NAME(...)` with a JSDoc block';

  const functions = [];
  for (const statement of source.statements) {
    if (ts.isExportDeclaration(statement) || ts.isExportAssignment(statement)) {
      throw new BuildError(`${where(statement)}: re-exports and default exports can't become Apps Script globals; ${rule}.`);
    }
    if (!isExported(statement)) continue;
    if (!ts.isFunctionDeclaration(statement) || !statement.name || !statement.body) {
      throw new BuildError(`${where(statement)}: only functions can become Apps Script globals; ${rule}.`);
    }
    const name = statement.name.text;
    if ((ts.getModifiers(statement) ?? []).some((m) => m.kind === ts.SyntaxKind.DefaultKeyword)) {
      throw new BuildError(`${where(statement)}: default exports have no global name; ${rule}.`);
    }
    const params = statement.parameters.map((p) => {
      if (!ts.isIdentifier(p.name)) {
        throw new BuildError(`${where(p)}: ${name} destructures a parameter; Sheets needs a parameter name to show.`);
      }
      return (p.dotDotDotToken ? '...' : '') + p.name.text;
    });
    const jsdoc = jsdocAbove(statement, source);
    if (!jsdoc) throw new BuildError(`${where(statement)}: ${name} has no JSDoc block; ${rule}.`);
    if (/@customfunction\b/.test(jsdoc)) checkCustomFunctionDoc(name, params, jsdoc, where(statement));
    functions.push({ name, params, jsdoc });
  }
  if (functions.length === 0) throw new BuildError(`${GAS_ENTRY} exports no functions.`);
  return functions;
}

/** The last `/** ... *\/` comment before a declaration: the one an editor attaches to it. */
function jsdocAbove(node, source) {
  const ranges = ts.getLeadingCommentRanges(source.text, node.getFullStart()) ?? [];
  const docs = ranges.map((r) => source.text.slice(r.pos, r.end)).filter((c) => c.startsWith('/**'));
  return docs.at(-1) ?? null;
}

/** Sheets shows @param and @return in the formula bar; a missing one is a broken help card. */
function checkCustomFunctionDoc(name, params, jsdoc, where) {
  for (const param of params) {
    const bare = param.replace(/^\.\.\./, '');
    if (!new RegExp(`@param\\s+(\\{[^}]*\\}\\s*)?\\[?${bare}\\b`).test(jsdoc)) {
      throw new BuildError(`${where}: custom function ${name} documents no @param for "${bare}".`);
    }
  }
  if (!/@returns?\b/.test(jsdoc)) throw new BuildError(`${where}: custom function ${name} documents no @return.`);
}

/**
 * One top-level function per export, carrying the source's JSDoc and parameter names:
 * this is what makes `@customfunction` autocomplete and the menu's function names work.
 */
export function wrappers(functions) {
  return functions
    .map(({ name, params, jsdoc }) => {
      const list = params.join(', ');
      return `${jsdoc}\nfunction ${name}(${list}) {\n  return ${NAMESPACE}.${name}(${list});\n}\n`;
    })
    .join('\n');
}

async function buildCode() {
  const functions = publicFunctions();
  const bundle = await bundleGas();
  const header =
    `// Goalpost for Google Sheets. Generated by build.mjs from src/gas; edit the TypeScript, not this file.\n` +
    `// \`${NAMESPACE}\` is the only other global: an object (not callable from menus or\n` +
    `// google.script.run) holding the bundle; the functions below are the public surface.\n`;
  writeFileSync(at('dist/Code.js'), `${header}\n${bundle}\n${wrappers(functions)}`);
  return functions.map((f) => f.name);
}

// ---------------------------------------------------------------------------------
// Add-on: dist/Sidebar.html
// ---------------------------------------------------------------------------------

/**
 * HtmlService serves one file with no way to fetch siblings, so the sidebar's script and
 * style are inlined. index.html links them as `<script src="main.ts">` and
 * `<link rel="stylesheet" href="style.css">` (so it also opens in a dev server); those
 * tags are replaced, or the code is added before </head> / </body> if they are absent.
 */
async function buildSidebar() {
  const html = await sidebarHtml();
  if (html === null) return false; // the sidebar issue has not landed: openSidebar says so
  writeFileSync(at('dist/Sidebar.html'), html);
  return true;
}

/** The self-contained sidebar page, or null without src/sidebar. The local preview serves it fresh on every load. */
export async function sidebarHtml() {
  if (!existsSync(at(SIDEBAR.html))) return null;
  const html = readFileSync(at(SIDEBAR.html), 'utf8');
  const script = existsSync(at(SIDEBAR.script))
    ? (
        await esbuild.build({
          absWorkingDir: root,
          entryPoints: [SIDEBAR.script],
          bundle: true,
          format: 'iife',
          platform: 'browser',
          target: 'es2020',
          minify: true, // served to every user on every open; nobody reads it in the browser
          charset: 'utf8',
          write: false,
          logLevel: 'silent',
        })
      ).outputFiles[0].text
    : '';
  const style = existsSync(at(SIDEBAR.style)) ? readFileSync(at(SIDEBAR.style), 'utf8') : '';
  return inlineSidebar(html, script, style);
}

/** Puts the bundled script and the style into the page, in place of the tags that link them. */
export function inlineSidebar(html, script, style) {
  // Inside an inline <script>, "</script" would end the element early.
  const scriptTag = `<script>\n${script.replace(/<\/(script)/gi, '<\\/$1')}</script>`;
  const styleTag = `<style>\n${style.replace(/<\/(style)/gi, '<\\/$1')}</style>`;
  // Replacer functions, not strings: bundled code contains `$&`-like sequences.
  const linkRe = /<link\b[^>]*href=["']\.?\/?style\.css["'][^>]*>/i;
  const scriptRe = /<script\b[^>]*src=["']\.?\/?main\.(ts|js)["'][^>]*>\s*<\/script>/i;
  if (style) html = linkRe.test(html) ? html.replace(linkRe, () => styleTag) : insertBefore(html, '</head>', styleTag);
  if (script) html = scriptRe.test(html) ? html.replace(scriptRe, () => scriptTag) : insertBefore(html, '</body>', scriptTag);
  return html;
}

function insertBefore(html, closing, tag) {
  const i = html.toLowerCase().lastIndexOf(closing);
  return i < 0 ? html + tag : html.slice(0, i) + tag + '\n' + html.slice(i);
}

// ---------------------------------------------------------------------------------
// CLI: build/goalpost.mjs
// ---------------------------------------------------------------------------------

/**
 * ES modules for Node holding our own code; the npm dependencies stay external and load from
 * node_modules (the CLI and the training tools run only where `npm install` has put them).
 */
function bundleForNode(entryPoints, outdir) {
  return esbuild.build({
    absWorkingDir: root,
    entryPoints,
    outdir,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    charset: 'utf8',
    packages: 'external',
    logLevel: 'silent',
  });
}

/**
 * One ESM file for `bin/goalpost.js` holding our own code (src/cli + src/core). The npm
 * dependencies (commander, csv-parse, exceljs...) stay external and load from
 * node_modules: the CLI is only run where `npm install` has put them, and bundling
 * exceljs's CommonJS tree into ESM gains nothing but size.
 */
async function buildCli() {
  if (!existsSync(at(CLI_ENTRY))) {
    throw new BuildError(`${CLI_ENTRY} does not exist yet, so the CLI can't be built. Run \`node build.mjs --gas\` to build only the add-on.`);
  }
  mkdirSync(at('build'), { recursive: true });
  // The CLI and the worker threads that classify large files beside it.
  await bundleForNode({ goalpost: CLI_ENTRY, classifyWorker: 'src/cli/classifyWorker.ts' }, 'build');
}

// ---------------------------------------------------------------------------------
// BigQuery: build/goalpost-bq.js
// ---------------------------------------------------------------------------------

/**
 * The engine as one classic script for BigQuery's JavaScript functions: an IIFE defining
 * the global `goalpost`, nothing imported at run time (BigQuery loads library files from
 * Cloud Storage into a sandbox with no Node, DOM or network). Minified, since BigQuery
 * caps each library file at 1 MB and loads it into every worker that runs the function.
 * `goalpost bigquery` copies this file into the user's output directory.
 */
export async function bundleBigQuery() {
  const result = await esbuild.build({
    absWorkingDir: root,
    entryPoints: [BIGQUERY_ENTRY],
    bundle: true,
    format: 'iife',
    globalName: BIGQUERY_GLOBAL,
    platform: 'browser', // fail the build if a Node builtin is imported
    target: 'es2020',
    minify: true,
    charset: 'utf8',
    legalComments: 'none',
    write: false,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0].text;
  const header = `// Goalpost for BigQuery: the engine as a JavaScript UDF library. Generated by build.mjs from src/bigquery; edit the TypeScript, not this file.\n`;
  const text = header + code;
  const bytes = Buffer.byteLength(text);
  if (bytes > BIGQUERY_LIBRARY_LIMIT) {
    throw new BuildError(`build/goalpost-bq.js is ${bytes} bytes; BigQuery loads library files of at most ${BIGQUERY_LIBRARY_LIMIT} bytes.`);
  }
  return text;
}

async function buildBigQuery() {
  mkdirSync(at('build'), { recursive: true });
  const text = await bundleBigQuery();
  writeFileSync(at('build/goalpost-bq.js'), text);
  return Buffer.byteLength(text);
}

// ---------------------------------------------------------------------------------
// Training: build/training/train.mjs and eval.mjs
// ---------------------------------------------------------------------------------

/** The statement model's trainer and its cross-validation, on the same core code the add-on ships. */
async function buildTraining() {
  await bundleForNode(
    { train: 'src/training/train.ts', eval: 'src/training/eval.ts', experiment: 'src/training/experiment.ts', misses: 'src/training/misses.ts', 'eval-corrections': 'src/training/evalCorrections.ts' },
    'build/training',
  );
}

// ---------------------------------------------------------------------------------

async function buildGas() {
  // Start from an empty dist/ so a file deleted from the source is not pushed again.
  rmSync(at('dist'), { recursive: true, force: true });
  mkdirSync(at('dist'));
  copyFileSync(at('appsscript.json'), at('dist/appsscript.json'));
  const globals = await buildCode();
  const sidebar = await buildSidebar();
  return { globals, sidebar };
}

async function main(argv) {
  if (argv.includes('--training')) {
    await buildTraining();
    return;
  }
  const only = argv.includes('--cli') ? 'cli' : argv.includes('--gas') ? 'gas' : 'all';
  if (only !== 'cli') {
    const { globals, sidebar } = await buildGas();
    console.log(`dist/Code.js: ${globals.length} globals (${globals.join(', ')})`);
    console.log(sidebar ? 'dist/Sidebar.html: built' : `dist/Sidebar.html: skipped (${SIDEBAR.html} does not exist yet)`);
  }
  if (only !== 'gas') {
    await buildCli();
    console.log('build/goalpost.mjs: built');
    const bytes = await buildBigQuery();
    console.log(`build/goalpost-bq.js: ${(bytes / 1024).toFixed(0)} KB`);
  }
}

// Imported by tests for publicFunctions(); run as a script otherwise.
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main(process.argv.slice(2)).catch((error) => {
    // esbuild errors carry their own formatted messages; ours are one line.
    const message = error instanceof BuildError ? error.message : (error.errors?.length ? esbuild.formatMessagesSync(error.errors, { kind: 'error' }).join('\n') : error.stack);
    console.error(`build failed: ${message}`);
    process.exit(1);
  });
}
