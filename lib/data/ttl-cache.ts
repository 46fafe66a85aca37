import "server-only";

/**
 * A small in-process memory of promised values by key, each kept for `ttlMs`. A failed load is
 * not remembered. Bounded: past `maxEntries` it starts over rather than grow. Per process on
 * purpose — it only saves upstream calls, it is never the source of truth.
 */
export function createTtlCache<T>(name: string, ttlMs: number, maxEntries = 1_000) {
  type Entry = { value: Promise<T>; expiresAt: number };
  const holder = globalThis as typeof globalThis & {
    __ttlCaches?: Map<string, Map<string, Entry>>;
  };
  const caches = (holder.__ttlCaches ??= new Map());
  const entries: Map<string, Entry> = caches.get(name) ?? new Map();
  caches.set(name, entries);

  return function cached(key: string, load: () => Promise<T>): Promise<T> {
    const now = Date.now();
    const hit = entries.get(key);
    if (hit && hit.expiresAt > now) return hit.value;
    if (entries.size >= maxEntries) entries.clear();
    const value = load();
    entries.set(key, { value, expiresAt: now + ttlMs });
    value.catch(() => entries.delete(key));
    return value;
  };
}
