/**
 * Remembers what a pure function of a word gives. Plans reuse a small vocabulary, so the
 * names a word raises (its stem, its feature names, its kinds) are made once and reused: no
 * new strings per row, and the model's lookups hash each name once. Bounded like memo.ts:
 * a table is emptied when it holds MAX_REMEMBERED entries.
 */
const MAX_REMEMBERED = 50_000;

/** `make(key)`, made once per key. */
export function remembered<V>(make: (key: string) => V): (key: string) => V {
  const table = new Map<string, V>();
  return (key) => {
    let value = table.get(key);
    if (value === undefined) {
      value = make(key);
      if (table.size >= MAX_REMEMBERED) table.clear();
      table.set(key, value);
    }
    return value;
  };
}

/** `make(first, second)`, made once per pair of keys. */
export function rememberedPair<V>(make: (first: string, second: string) => V): (first: string, second: string) => V {
  const tables = new Map<string, Map<string, V>>();
  let size = 0;
  return (first, second) => {
    let table = tables.get(first);
    if (!table) tables.set(first, (table = new Map()));
    let value = table.get(second);
    if (value === undefined) {
      value = make(first, second);
      if (size >= MAX_REMEMBERED) {
        tables.clear();
        size = 0;
        tables.set(first, (table = new Map()));
      }
      table.set(second, value);
      size++;
    }
    return value;
  };
}
