/**
 * The scopes a user reads about are the scopes the add-on asks for: docs/scopes.json lists
 * exactly the manifest's oauthScopes, and the tables in README.md and docs/privacy.md are the
 * ones written from it (npm run listing rewrites them).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readScopes, SCOPE_DOCUMENTS, scopeBlock, scopeTable, withScopeTable } from '../../scripts/scopes.mjs';

const ROOT = new URL('../../', import.meta.url);
const read = (name: string) => readFileSync(new URL(name, ROOT), 'utf8');

describe('the scopes, from one source', () => {
  const scopes = readScopes(ROOT);

  it('docs/scopes.json lists exactly the scopes of appsscript.json, each with the reason a user reads', () => {
    const manifest = JSON.parse(read('appsscript.json')) as { oauthScopes: string[] };
    expect(scopes.map((s) => s.scope).sort()).toEqual([...manifest.oauthScopes].sort());
    expect(new Set(scopes.map((s) => s.scope)).size).toBe(scopes.length);
    expect(manifest.oauthScopes).toHaveLength(2);
    for (const s of scopes) {
      expect(s.reason.length, s.scope).toBeGreaterThan(20);
      expect(s.consent.length, s.scope).toBeGreaterThan(20);
    }
  });

  for (const name of SCOPE_DOCUMENTS) {
    it(`${name} shows the table written from docs/scopes.json`, () => {
      const block = scopeBlock(read(name));
      expect(block, `${name} has lost its scopes:start/end markers`).not.toBeNull();
      expect(block).toBe(scopeTable(scopes));
      for (const s of scopes) expect(block).toContain(s.reason);
    });
  }

  it('a table edited by hand is noticed, and rewriting puts the source back', () => {
    const edited = read('docs/privacy.md').replace(scopes[0].reason, 'anything we like');
    expect(scopeBlock(edited)).not.toBe(scopeTable(scopes));
    expect(scopeBlock(withScopeTable(edited, scopes, 'privacy.md'))).toBe(scopeTable(scopes));
    expect(() => withScopeTable('# no markers here', scopes, 'x.md')).toThrow(/no .*scopes:start/);
  });
});
