export interface ScopeEntry {
  scope: string;
  consent: string;
  reason: string;
}
export const SCOPE_DOCUMENTS: string[];
export function readScopes(root: URL): ScopeEntry[];
export function shortScope(scope: string): string;
export function scopeTable(scopes: ScopeEntry[]): string;
export function scopeBlock(text: string): string | null;
export function withScopeTable(text: string, scopes: ScopeEntry[], name: string): string;
