import "server-only";
import { forgetEnvironmentList } from "./environment-list-cache";
import { notFound } from "next/navigation";
import { z } from "zod";
import { UpstreamError } from "@/lib/http";
import { createLogger } from "@/lib/http";
import { JelasticNotFoundError, type Environment } from "@/lib/jelastic";
import { recordAudit } from "./audit";
import { NoPlatformAccountError, withPlatformSession } from "./platform-session";
import { requireAccount, type SessionAccount } from "./session";
import { upstreams } from "./upstreams";

/** Environment short names as the platform allows them; anything else cannot exist. */
export const envNameSchema = z.string().regex(/^[a-z0-9][a-z0-9-]{0,62}$/i);

/** Why a change did not happen; actions translate these, raw upstream text never reaches the UI. */
export type ChangeFailure =
  "not_found" | "unavailable" | "refused" | "invalid" | "already_bound" | "not_bound";

export type ChangeResult<T> = { ok: true; value: T } | { ok: false; reason: ChangeFailure };

export type OwnedEnvironment = { account: SessionAccount; session: string; env: Environment };

const logger = createLogger({ level: "info" });

/**
 * Page reads: the platform only answers for the session's own environments (11/901 otherwise), so
 * someone else's name becomes a 404 here. Transport trouble yields `null` so the page can say so.
 */
export async function readOwnedEnvironment<T>(
  envName: string,
  read: (owned: OwnedEnvironment) => Promise<T>,
): Promise<T | null> {
  const account = await requireAccount();
  if (!envNameSchema.safeParse(envName).success) notFound();
  try {
    return await withPlatformSession(account, async (session) => {
      const env = await upstreams().jelastic.getEnvInfo(session, envName);
      return read({ account, session, env });
    });
  } catch (error) {
    if (error instanceof JelasticNotFoundError || error instanceof NoPlatformAccountError)
      notFound();
    if (error instanceof UpstreamError) {
      logger.warn("environment.read_failed", { envName, kind: error.kind, error: error.message });
      return null;
    }
    throw error;
  }
}

type Change<T> = {
  envName: string;
  /** Audit action name, e.g. "environment.domain.bind". */
  action: string;
  details?: Record<string, string | number | boolean | null>;
  run: (owned: OwnedEnvironment) => Promise<ChangeResult<T>>;
};

/**
 * Action writes: ownership is checked through the platform first, every outcome is audited, and
 * upstream errors become a reason code ("refused" for a business "no", "unavailable" otherwise).
 */
export async function changeOwnedEnvironment<T>(change: Change<T>): Promise<ChangeResult<T>> {
  const account = await requireAccount();
  const audit = (outcome: "success" | "failure" | "denied", reason?: string) =>
    recordAudit({
      accountId: account.id,
      actorEmail: account.email,
      action: change.action,
      target: change.envName,
      outcome,
      details: { ...change.details, ...(reason ? { reason } : {}) },
    });
  if (!envNameSchema.safeParse(change.envName).success) {
    await audit("denied", "not_found");
    return { ok: false, reason: "not_found" };
  }
  let result: ChangeResult<T>;
  try {
    result = await withPlatformSession(account, async (session) => {
      const env = await upstreams().jelastic.getEnvInfo(session, change.envName);
      return change.run({ account, session, env });
    });
  } catch (error) {
    result = { ok: false, reason: failureOf(error) };
    if (result.reason !== "not_found" && error instanceof UpstreamError)
      logger.warn("environment.change_failed", { action: change.action, kind: error.kind });
  }
  forgetEnvironmentList(account.id);
  if (result.ok) await audit("success");
  else await audit(result.reason === "not_found" ? "denied" : "failure", result.reason);
  return result;
}

function failureOf(error: unknown): ChangeFailure {
  if (error instanceof JelasticNotFoundError || error instanceof NoPlatformAccountError)
    return "not_found";
  if (error instanceof UpstreamError) return error.kind === "business" ? "refused" : "unavailable";
  throw error;
}
