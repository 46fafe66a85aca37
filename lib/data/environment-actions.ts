import "server-only";
import { forgetEnvironmentList } from "./environment-list-cache";
import { JelasticNotFoundError, JelasticWrongPasswordError } from "@/lib/jelastic";
import { recordAudit } from "./audit";
import { withPlatformSession } from "./platform-session";
import type { SessionAccount } from "./session";
import { upstreams } from "./upstreams";

export type ActionOutcome = "done" | "not_found" | "wrong_password";

async function audited(
  account: SessionAccount,
  action: string,
  envName: string,
  run: () => Promise<void>,
): Promise<ActionOutcome> {
  const entry = { accountId: account.id, actorEmail: account.email, action, target: envName };
  try {
    await run().finally(() => forgetEnvironmentList(account.id));
    await recordAudit({ ...entry, outcome: "success" });
    return "done";
  } catch (error) {
    await recordAudit({
      ...entry,
      outcome: error instanceof JelasticNotFoundError ? "denied" : "failure",
    });
    if (error instanceof JelasticNotFoundError) return "not_found";
    if (error instanceof JelasticWrongPasswordError) return "wrong_password";
    throw error;
  }
}

export function setEnvironmentRunning(account: SessionAccount, envName: string, running: boolean) {
  return audited(account, running ? "environment.start" : "environment.stop", envName, () =>
    withPlatformSession(account, (session) =>
      upstreams().jelastic.setEnvRunning(session, envName, running),
    ),
  );
}

/** Irreversible; the platform checks the account password, so a wrong one removes nothing. */
export function removeEnvironment(account: SessionAccount, envName: string, password: string) {
  return audited(account, "environment.remove", envName, () =>
    withPlatformSession(account, (session) =>
      upstreams().jelastic.deleteEnv(session, envName, password),
    ),
  );
}
