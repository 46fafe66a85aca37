import "server-only";
import { cache } from "react";
import { JelasticSessionExpiredError } from "@/lib/jelastic";
import { savePlatformSession } from "./accounts";
import { getDb } from "./db";
import type { SessionAccount } from "./session";
import { upstreams } from "./upstreams";

export class NoPlatformAccountError extends Error {
  constructor() {
    super("This account has no platform user");
    this.name = "NoPlatformAccountError";
  }
}

/**
 * Runs a platform call as the signed-in user. The stored session is reused; when the platform says
 * it expired (702) a fresh one is obtained with the admin token and the call is retried once.
 */
export async function withPlatformSession<T>(
  account: SessionAccount,
  call: (session: string) => Promise<T>,
): Promise<T> {
  if (account.platformUid == null) throw new NoPlatformAccountError();
  const stored = await storedSession(account.id);
  if (stored) {
    try {
      return await call(stored.session);
    } catch (error) {
      if (!(error instanceof JelasticSessionExpiredError)) throw error;
    }
  }
  const fresh = await refreshSession(account);
  return call(fresh);
}

/** One database read per request, however many widgets need the session. */
const storedSession = cache((accountId: string) =>
  getDb().platformSession.findUnique({ where: { accountId } }),
);

/** Concurrent refreshes for one account share one admin sign-in. */
const inFlight = new Map<string, Promise<string>>();

function refreshSession(account: SessionAccount): Promise<string> {
  const pending = inFlight.get(account.id);
  if (pending) return pending;
  const task = (async () => {
    const session = await upstreams().jelastic.adminSessionFor(account.email);
    await savePlatformSession(account.id, session);
    return session;
  })().finally(() => inFlight.delete(account.id));
  inFlight.set(account.id, task);
  return task;
}
