/**
 * Links between plan rows. An explicit link is a parent column that names another row, by
 * id or by title; titles are matched loosely ("grow commercial lending rev. 15%" finds
 * "Grow commercial lending revenue 15% by FY27"). Links chain (initiative -> objective ->
 * goal), and the why-chain of a row is its path up to the root. Cycles and references to
 * rows that do not exist are reported, never looped on. An initiative with no goal gets a
 * suggested goal by text similarity, clearly marked as a suggestion.
 */
import { memoizeCell } from './memo';
import { titleSimilarity, TfIdfIndex, tokens } from './similarity';
import { cellText, normalize } from './text';
import type { PlanRecord, Verdict } from './types';

/** A plan row as linking sees it: its number and its mapped fields. */
export interface LinkItem {
  /** 1-based data row number (header not counted). */
  row: number;
  record: PlanRecord;
}

/** A classified plan row. */
export interface PlanItem extends LinkItem {
  verdict: Verdict;
}

export type LinkProblem =
  | { kind: 'missing'; row: number; reference: string }
  | { kind: 'cycle'; rows: number[] };

export interface Links {
  /** row -> the row its parent column names (resolved). */
  parentOf: Map<number, number>;
  /** row -> how the parent was found. */
  matchedBy: Map<number, 'id' | 'title' | 'fuzzy title'>;
  problems: LinkProblem[];
  /** Rows on a cycle: their chains stop where the cycle closes. */
  onCycle: Set<number>;
}

/** Titles closer than this to a reference are taken as the row it means. */
export const FUZZY_TITLE_MATCH = 0.8;
/** Suggestions need at least this TF-IDF cosine similarity. */
export const SUGGESTION_THRESHOLD = 0.15;

export function titleOf(item: LinkItem): string {
  return cellText(item.record.title) || cellText(item.record.description) || `Row ${item.row}`;
}

// Accounts repeat down a plan, and every candidate link compares them.
const accountKey = memoizeCell((value) => normalize(cellText(value)));

function accountOf(item: LinkItem): string {
  return accountKey(item.record.account);
}

/**
 * Finds the row a reference names: by id, then by title (case, spacing and punctuation
 * ignored), then by a loose title match; within `self`'s account first, never `self`.
 * The lookup tables are built once per plan.
 */
export function referenceFinder(
  items: readonly LinkItem[],
): (reference: string, self?: LinkItem) => { item: LinkItem; how: 'id' | 'title' | 'fuzzy title' } | undefined {
  const byId = new Map<string, LinkItem[]>();
  const byTitle = new Map<string, LinkItem[]>();
  const add = (map: Map<string, LinkItem[]>, key: string, item: LinkItem) => {
    if (!key) return;
    const list = map.get(key);
    if (list) list.push(item);
    else map.set(key, [item]);
  };
  for (const item of items) add(byId, normalize(cellText(item.record.id)), item);
  // Titles are indexed at the first reference that no id matches: most plans link by id.
  let titlesIndexed = false;
  const titled = (key: string): LinkItem[] | undefined => {
    if (!titlesIndexed) {
      for (const item of items) add(byTitle, normalize(cellText(item.record.title)), item);
      titlesIndexed = true;
    }
    return byTitle.get(key);
  };
  // Loose title matching compares a reference only with titles sharing a word with it, and
  // remembers each reference: exports repeat the same parent name on hundreds of rows. Its
  // word index is built at the first reference that neither an id nor a title finds.
  let byWordIndex: Map<string, LinkItem[]> | undefined;
  const byWord = (): Map<string, LinkItem[]> => {
    if (byWordIndex) return byWordIndex;
    byWordIndex = new Map();
    for (const item of items) for (const word of new Set(normalize(cellText(item.record.title)).split(' '))) add(byWordIndex, word, item);
    return byWordIndex;
  };
  const account = (self: LinkItem | undefined) => (self ? accountOf(self) : '');
  // Within an account first: two customers' plans may both have a "G1".
  const pick = (candidates: LinkItem[] | undefined, self: LinkItem | undefined) => {
    const others = (candidates ?? []).filter((candidate) => candidate.row !== self?.row);
    return others.find((candidate) => accountOf(candidate) === account(self)) ?? others[0];
  };
  const remembered = new Map<string, LinkItem | undefined>();
  const fuzzy = (reference: string, self: LinkItem | undefined): LinkItem | undefined => {
    const key = `${account(self)}\u0000${reference}`;
    if (remembered.has(key)) {
      const found = remembered.get(key);
      return found && found.row !== self?.row ? found : undefined;
    }
    const candidates = new Set<LinkItem>();
    const index = byWord();
    for (const word of normalize(reference).split(' ')) for (const item of index.get(word) ?? []) candidates.add(item);
    let best: { item: LinkItem; score: number } | null = null;
    for (const candidate of candidates) {
      if (candidate.row === self?.row) continue;
      const score = titleSimilarity(reference, cellText(candidate.record.title));
      const ranked = score + (accountOf(candidate) === account(self) ? 0.001 : 0);
      if (score >= FUZZY_TITLE_MATCH && (!best || ranked > best.score)) best = { item: candidate, score: ranked };
    }
    remembered.set(key, best?.item);
    return best?.item;
  };
  return (reference, self) => {
    const key = normalize(reference);
    if (!key) return undefined;
    const byIdMatch = pick(byId.get(key), self);
    if (byIdMatch) return { item: byIdMatch, how: 'id' };
    const byTitleMatch = pick(titled(key), self);
    if (byTitleMatch) return { item: byTitleMatch, how: 'title' };
    const loose = fuzzy(reference, self);
    return loose ? { item: loose, how: 'fuzzy title' } : undefined;
  };
}

/** Resolves every row's parent reference; per plan, the lookup tables are built once. */
export function resolveLinks(items: readonly LinkItem[]): Links {
  const find = referenceFinder(items);
  const parentOf = new Map<number, number>();
  const matchedBy = new Map<number, 'id' | 'title' | 'fuzzy title'>();
  const problems: LinkProblem[] = [];
  for (const item of items) {
    const reference = cellText(item.record.parent);
    if (!reference) continue;
    const parent = find(reference, item);
    if (parent) {
      parentOf.set(item.row, parent.item.row);
      matchedBy.set(item.row, parent.how);
    } else {
      problems.push({ kind: 'missing', row: item.row, reference });
    }
  }

  const onCycle = new Set<number>();
  const done = new Set<number>();
  // Where each row of the path being walked stands in it; one table, emptied per walk.
  const index = new Map<number, number>();
  for (const item of items) {
    const path: number[] = [];
    index.clear();
    let row: number | undefined = item.row;
    while (row !== undefined && !done.has(row)) {
      if (index.has(row)) {
        const cycle = path.slice(index.get(row));
        for (const member of cycle) onCycle.add(member);
        problems.push({ kind: 'cycle', rows: cycle });
        break;
      }
      index.set(row, path.length);
      path.push(row);
      row = parentOf.get(row);
    }
    for (const member of path) done.add(member);
  }
  return { parentOf, matchedBy, problems, onCycle };
}

/** The rows from `row` up to its root, following parent links; stops where a cycle closes. */
export function chainOf(row: number, links: Links): number[] {
  const chain = [row];
  // Most chains are a few rows long, where looking through the chain is cheaper than a set.
  let seen: Set<number> | null = null;
  for (let parent = links.parentOf.get(row); parent !== undefined; parent = links.parentOf.get(parent)) {
    if (seen === null && chain.length >= SHORT_CHAIN) seen = new Set(chain);
    if (seen ? seen.has(parent) : chain.includes(parent)) break;
    chain.push(parent);
    seen?.add(parent);
  }
  return chain;
}
const SHORT_CHAIN = 8;

/** The why-chain as users read it: `Initiative → Objective → Goal`. */
export function whyChainText(row: number, links: Links, byRow: ReadonlyMap<number, LinkItem>): string {
  return chainOf(row, links)
    .map((member) => {
      const item = byRow.get(member);
      return item ? titleOf(item) : `Row ${member}`;
    })
    .join(' → ');
}

export interface Suggestion {
  goalRow: number;
  similarity: number;
}

/**
 * Ranks goals for initiatives that reached none: TF-IDF over the goals' titles and
 * descriptions, within the initiative's own account when the plan has one.
 */
export function suggestGoals(initiatives: readonly PlanItem[], goals: readonly PlanItem[], threshold = SUGGESTION_THRESHOLD): Map<number, Suggestion> {
  const suggestions = new Map<number, Suggestion>();
  if (!initiatives.length || !goals.length) return suggestions;
  // One index per account: an initiative is only ever matched with its own customer's goals.
  const byAccount = new Map<string, PlanItem[]>();
  for (const goal of goals) {
    const account = accountOf(goal);
    const members = byAccount.get(account);
    if (members) members.push(goal);
    else byAccount.set(account, [goal]);
  }
  // Goal texts repeat from account to account ("Grow revenue 15%"): each is split and stemmed once.
  const split = new Map<string, string[]>();
  const tokenize = (text: string) => {
    let terms = split.get(text);
    if (!terms) split.set(text, (terms = tokens(text)));
    return terms;
  };
  const indexes = new Map<string, TfIdfIndex<PlanItem>>();
  for (const [account, members] of byAccount) {
    indexes.set(account, new TfIdfIndex(members.map((goal) => ({ item: goal, text: `${titleOf(goal)} ${cellText(goal.record.description)}` })), tokenize));
  }
  const remembered = new Map<string, Suggestion | null>();
  for (const initiative of initiatives) {
    const account = accountOf(initiative);
    const text = `${titleOf(initiative)} ${cellText(initiative.record.description)}`;
    const key = `${account}\u0000${text}`;
    if (!remembered.has(key)) {
      const best = indexes.get(account)?.best(text);
      remembered.set(key, best && best.score >= threshold ? { goalRow: best.item.row, similarity: Math.round(best.score * 100) / 100 } : null);
    }
    const suggestion = remembered.get(key);
    if (suggestion) suggestions.set(initiative.row, suggestion);
  }
  return suggestions;
}
