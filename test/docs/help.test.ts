/**
 * docs/help.md covers what a user meets: every custom function the add-on exports, with an
 * example and its result, the sidebar's steps, the roll-up sheet, and the questions a verdict
 * raises (an Initiative with 1/5, Unclear), answered the way the engine decides.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const ROOT = new URL('../../', import.meta.url);
const read = (name: string) => readFileSync(new URL(name, ROOT), 'utf8');
const flat = (text: string) => text.replace(/\s+/g, ' ');

/** The custom functions users see in Sheets: the exports of src/gas/index.ts marked @customfunction. */
function customFunctions(): string[] {
  const source = read('src/gas/index.ts');
  return [...source.matchAll(/@customfunction\s*\*\/\s*export function (\w+)/g)].map((m) => m[1]);
}

describe('docs/help.md', () => {
  const help = read('docs/help.md');

  it('gives every custom function an example formula and its result', () => {
    const names = customFunctions();
    expect(names.length).toBeGreaterThanOrEqual(7);
    const table = help.split(/^\| formula \| result \|$/m)[1] ?? '';
    for (const name of names) expect(table, name).toMatch(new RegExp(`^\\| \`=${name}\\([^\`]*\\)\` \\| \\S.+ \\|$`, 'm'));
  });

  it('walks through the sidebar and explains the roll-up sheet', () => {
    const sidebar = help.split(/^## /m).find((part) => part.startsWith('The sidebar, step by step')) ?? '';
    expect(sidebar.match(/^\d+\. /gm)?.length).toBeGreaterThanOrEqual(5);
    for (const control of ['Open Goalpost', 'Run', 'Cancel', 'Write to sheet', 'Build roll-up']) expect(sidebar).toContain(control);
    const rollup = help.split(/^## /m).find((part) => part.startsWith('The roll-up sheet')) ?? '';
    for (const part of ['Goalpost roll-up', 'explicit', 'suggested', 'Row N', 'chart']) expect(rollup).toContain(part);
  });

  it('answers why a row is an Initiative with 1/5 or Unclear: the wording decides when the criteria do not', () => {
    expect(help).toMatch(/^### Why is this row an Initiative with only 1\/5\?$/m);
    expect(help).toMatch(/^### Why is this row Unclear\?$/m);
    const initiative = flat(help.split('### Why is this row an Initiative with only 1/5?')[1].split('###')[0]);
    expect(initiative).toMatch(/wording/);
    expect(initiative).toMatch(/model learned from/);
    const unclear = flat(help.split('### Why is this row Unclear?')[1].split('###')[0]);
    expect(unclear).toMatch(/too close to call/);
    expect(unclear).toMatch(/too few words/);
  });
});
