import "server-only";
import type { Environment } from "@/lib/jelastic";

/**
 * A few seconds of memory of each account's environment list. The platform has no paging, so
 * without it every page or filter click would fetch and validate all of a large account's
 * environments again. Our own changes forget the entry at once; changes made elsewhere (the
 * platform dashboard, another web node) show within the TTL, and live status polling bypasses it.
 */
const TTL_MS = 10_000;
const MAX_ACCOUNTS = 1_000;

type Entry = { envs: Promise<Environment[]>; expiresAt: number };
const holder = globalThis as typeof globalThis & { __envListCache?: Map<string, Entry> };
const entries = (holder.__envListCache ??= new Map());

export function cachedEnvironmentList(
  accountId: string,
  load: () => Promise<Environment[]>,
): Promise<Environment[]> {
  const now = Date.now();
  const hit = entries.get(accountId);
  if (hit && hit.expiresAt > now) return hit.envs;
  if (entries.size >= MAX_ACCOUNTS) entries.clear();
  const envs = load();
  entries.set(accountId, { envs, expiresAt: now + TTL_MS });
  // A failed load is not remembered: the next request asks the platform again.
  envs.catch(() => entries.delete(accountId));
  return envs;
}

export function forgetEnvironmentList(accountId: string): void {
  entries.delete(accountId);
}
