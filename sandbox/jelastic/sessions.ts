import { timingSafeEqual } from "node:crypto";
import { credentials, type SandboxDeps } from "../context";
import { pruneExpired, randomToken } from "../state/tokens";
import type { PlatformUser } from "../state/types";
import { notAuthenticated, permissionDenied, type PlatformReply } from "./envelope";

const SESSION_TTL_MS = 24 * 60 * 60 * 1000;

export type Caller = { kind: "user"; user: PlatformUser; token: string } | { kind: "admin" };

/** Mints a random, persisted session that expires after 24 hours. */
export function createSession(deps: SandboxDeps, uid: number, viaAdmin: boolean): string {
  const token = randomToken(24);
  const now = deps.now();
  deps.store.update((state) => {
    pruneExpired(state.platform.sessions, now);
    state.platform.sessions[token] = {
      uid,
      createdAt: now,
      expiresAt: now + SESSION_TTL_MS,
      viaAdmin,
    };
  });
  return token;
}

/** Who is calling: a user session, the admin token, or nobody (missing, unknown or expired). */
export function resolveCaller(deps: SandboxDeps, token: string | undefined): Caller | null {
  if (!token) return null;
  if (isAdminToken(token)) return { kind: "admin" };
  const session = deps.store.state.platform.sessions[token];
  if (!session || session.expiresAt <= deps.now()) return null;
  const user = deps.store.state.platform.users.find((u) => u.uid === session.uid);
  return user ? { kind: "user", user, token } : null;
}

/** A user session or the reply to send instead: 702 without one, 8202 for the admin token. */
export function requireUser(
  deps: SandboxDeps,
  token: string | undefined,
): { user: PlatformUser; token: string } | PlatformReply {
  const caller = resolveCaller(deps, token);
  if (!caller) return notAuthenticated();
  if (caller.kind === "admin") return permissionDenied();
  return caller;
}

/** The admin token or the reply to send instead: 702 when unknown, 8202 for a user session. */
export function requireAdmin(deps: SandboxDeps, token: string | undefined): PlatformReply | null {
  const caller = resolveCaller(deps, token);
  if (!caller) return notAuthenticated();
  return caller.kind === "admin" ? null : permissionDenied();
}

export function isReply(value: object): value is PlatformReply {
  return "body" in value && "status" in value;
}

export function endSession(deps: SandboxDeps, token: string): void {
  deps.store.update((state) => {
    delete state.platform.sessions[token];
  });
}

function isAdminToken(token: string): boolean {
  const given = Buffer.from(token);
  const expected = Buffer.from(credentials.platformAdminToken);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
