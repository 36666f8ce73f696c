/**
 * The layers' tsconfig files keep each layer to the globals it runs with: the engine
 * (src/core) type-checks only without Node, DOM and Apps Script. A probe file is added,
 * in memory, to the program of each layer's own tsconfig.json, as if it sat in that folder.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

let oldProgram: ts.Program | undefined;

/** The type errors of `code` in a file of `layer`, under that layer's tsconfig.json. */
function errorsIn(layer: string, code: string): string[] {
  const configPath = join(root, layer, 'tsconfig.json');
  const config = ts.getParsedCommandLineOfConfigFile(configPath, { incremental: false }, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} });
  if (!config) throw new Error(`cannot read ${configPath}`);
  const probe = join(root, layer, '__layer_probe__.ts');
  const host = ts.createCompilerHost(config.options);
  const getSourceFile = host.getSourceFile;
  host.getSourceFile = (file, language, ...rest) =>
    file === probe ? ts.createSourceFile(file, code, language) : getSourceFile.call(host, file, language, ...rest);
  const fileExists = host.fileExists;
  host.fileExists = (file) => file === probe || fileExists.call(host, file);
  const program = ts.createProgram({ rootNames: [probe], options: config.options, host, oldProgram });
  oldProgram = program;
  return ts.getPreEmitDiagnostics(program, program.getSourceFile(probe)).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
}

describe('each layer sees only its own globals', () => {
  it('src/core compiles plain ECMAScript that uses the engine', () => {
    expect(errorsIn('src/core', "import { classify } from './classify';\nexport const label: string = classify('Migrate the ledger').label;\n")).toEqual([]);
  });

  it.each([
    ['process', 'export const home = process.env.HOME;'],
    ['document', "export const page = document.getElementById('x');"],
    ['window', 'export const width = window.innerWidth;'],
    ['SpreadsheetApp', 'export const book = SpreadsheetApp.getActiveSpreadsheet();'],
    ['require', "export const fs = require('node:fs');"],
  ])('src/core refuses %s', (name, code) => {
    const errors = errorsIn('src/core', code);
    expect(errors.join('\n')).toContain(`'${name}'`);
  });

  it('the layers that run with those globals accept them', () => {
    expect(errorsIn('src/gas', 'export const book = SpreadsheetApp.getActiveSpreadsheet();')).toEqual([]);
    expect(errorsIn('src/cli', 'export const home = process.env.HOME;')).toEqual([]);
    expect(errorsIn('src/sidebar', "export const page = document.getElementById('x');")).toEqual([]);
    expect(errorsIn('src/gas', "export const page = document.getElementById('x');").join('\n')).toContain("'document'");
    expect(errorsIn('src/sidebar', 'export const home = process.env.HOME;').join('\n')).toContain("'process'");
  });
});
