import "server-only";

/**
 * A per-process TTL cache for shared catalogue data (regions, stacks, pricing, marketplace;
 * DESIGN §7: "shared catalog data … cached"). Concurrent misses share one upstream call, and a
 * failed load is not cached, so an outage heals on the next request.
 */
type Entry = { value: unknown; expiresAt: number };

const CATALOG_TTL_MS = 5 * 60 * 1000;
const holder = globalThis as typeof globalThis & {
  __catalogCache?: Map<string, Entry>;
  __catalogInFlight?: Map<string, Promise<unknown>>;
};
const entries = (holder.__catalogCache ??= new Map());
const inFlight = (holder.__catalogInFlight ??= new Map());

export async function cachedCatalog<T>(
  key: string,
  load: () => Promise<T>,
  ttlMs = CATALOG_TTL_MS,
): Promise<T> {
  const hit = entries.get(key);
  if (hit && hit.expiresAt > Date.now()) return hit.value as T;
  const pending = inFlight.get(key);
  if (pending) return pending as Promise<T>;
  const task = load()
    .then((value) => {
      entries.set(key, { value, expiresAt: Date.now() + ttlMs });
      return value;
    })
    .finally(() => inFlight.delete(key));
  inFlight.set(key, task);
  return task;
}
