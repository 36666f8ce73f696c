// The scope tables of README.md and docs/privacy.md, written from docs/scopes.json so the
// reason a user reads for each scope is the same sentence everywhere. Each table sits
// between <!-- scopes:start --> and <!-- scopes:end --> markers; the text around it is the
// document's own.
import { readFileSync } from 'node:fs';

export const SCOPE_DOCUMENTS = ['README.md', 'docs/privacy.md'];
const START = '<!-- scopes:start (written by npm run listing from docs/scopes.json) -->';
const END = '<!-- scopes:end -->';

export function readScopes(root) {
  return JSON.parse(readFileSync(new URL('docs/scopes.json', root), 'utf8')).scopes;
}

/** `https://www.googleapis.com/auth/x.y` as a user meets it in the docs: `x.y`. */
export const shortScope = (scope) => scope.replace('https://www.googleapis.com/auth/', '');

export function scopeTable(scopes) {
  return [
    '| scope | what Google asks you to allow | why Goalpost needs it |',
    '|---|---|---|',
    ...scopes.map((s) => `| \`${shortScope(s.scope)}\` | ${s.consent} | ${s.reason} |`),
  ].join('\n');
}

/** The table between the markers of `text`, or null when the markers are missing. */
export function scopeBlock(text) {
  const start = text.indexOf(START);
  const end = text.indexOf(END, start);
  return start < 0 || end < 0 ? null : text.slice(start + START.length, end).trim();
}

/** `text` with its table rewritten; throws when the document has lost its markers. */
export function withScopeTable(text, scopes, name) {
  const start = text.indexOf(START);
  const end = text.indexOf(END, start);
  if (start < 0 || end < 0) throw new Error(`${name} has no ${START} … ${END} block for the scope table.`);
  return `${text.slice(0, start + START.length)}\n${scopeTable(scopes)}\n${text.slice(end)}`;
}
