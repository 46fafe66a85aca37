import { randomBytes } from "node:crypto";

/** Opaque random token, hex encoded (platform sessions look like 40+ hex characters too). */
export function randomToken(bytes = 24): string {
  return randomBytes(bytes).toString("hex");
}

/** Drops expired entries so token maps in the state file do not grow forever. */
export function pruneExpired<T extends { expiresAt: number }>(
  map: Record<string, T>,
  now: number,
): void {
  for (const [key, value] of Object.entries(map)) {
    if (value.expiresAt <= now) delete map[key];
  }
}
