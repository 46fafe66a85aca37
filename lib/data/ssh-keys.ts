import "server-only";
import { JelasticNotFoundError, JelasticSshKeyError, type SshKey } from "@/lib/jelastic";
import { UpstreamError } from "@/lib/http";
import { parsePublicKey, type SshKeyRejection } from "@/lib/ssh";
import { recordAudit } from "./audit";
import { NoPlatformAccountError, withPlatformSession } from "./platform-session";
import type { SessionAccount } from "./session";
import { upstreams } from "./upstreams";

export type SshKeyList =
  { ok: true; keys: SshKey[] } | { ok: false; reason: "unavailable" | "refused" | "no_platform" };

/** Why an add was refused, as codes the UI translates (lib/ssh reasons first, then the platform). */
export type AddSshKeyFailure =
  | SshKeyRejection
  | "duplicate_key"
  | "duplicate_title"
  | "platform_invalid"
  | "unavailable"
  | "refused"
  | "no_platform";

export type AddSshKeyResult =
  { ok: true; title: string; fingerprint: string } | { ok: false; reason: AddSshKeyFailure };

export type DeleteSshKeyResult =
  | { ok: true; title: string }
  | { ok: false; reason: "not_found" | "unavailable" | "refused" | "no_platform" };

/** The signed-in account's public SSH keys; the platform only ever shows a session its own. */
export async function listSshKeys(account: SessionAccount): Promise<SshKeyList> {
  try {
    const keys = await withPlatformSession(account, (s) => upstreams().jelastic.getSshKeys(s));
    return { ok: true, keys };
  } catch (error) {
    return { ok: false, reason: failureOf(error) };
  }
}

/**
 * Validated here first, so a private key or a weak RSA key never leaves the portal and the refusal
 * is precise; duplicates are caught by fingerprint (the comment may differ) before the platform is
 * asked, and its own 6000–6002 answers are kept as a second line of defence.
 */
export async function addSshKey(
  account: SessionAccount,
  input: { title: string; publicKey: string },
): Promise<AddSshKeyResult> {
  const title = input.title.trim();
  const parsed = parsePublicKey(input.publicKey);
  const audit = (outcome: "success" | "failure", details: Record<string, string>) =>
    recordAudit({
      accountId: account.id,
      actorEmail: account.email,
      action: "ssh_key.add",
      target: title,
      outcome,
      details,
    });
  if (!parsed.ok) {
    await audit("failure", { reason: parsed.reason });
    return { ok: false, reason: parsed.reason };
  }
  const { fingerprint, normalized } = parsed.key;
  try {
    const reason = await withPlatformSession(account, async (session) => {
      const { jelastic } = upstreams();
      const existing = await jelastic.getSshKeys(session);
      if (existing.some((k) => k.fingerprint === fingerprint)) return "duplicate_key" as const;
      const lower = title.toLowerCase();
      if (existing.some((k) => k.title.trim().toLowerCase() === lower))
        return "duplicate_title" as const;
      await jelastic.addSshKey(session, { title, publicKey: normalized });
      return null;
    });
    if (reason) {
      await audit("failure", { reason, fingerprint });
      return { ok: false, reason };
    }
    await audit("success", { fingerprint });
    return { ok: true, title, fingerprint };
  } catch (error) {
    const reason: AddSshKeyFailure =
      error instanceof JelasticSshKeyError
        ? error.reason === "invalid"
          ? "platform_invalid"
          : error.reason
        : failureOf(error);
    await audit("failure", { reason, fingerprint });
    return { ok: false, reason };
  }
}

/** Only an id in the account's own list may be deleted; anything else is "not found". */
export async function deleteSshKey(
  account: SessionAccount,
  id: number,
): Promise<DeleteSshKeyResult> {
  const entry = {
    accountId: account.id,
    actorEmail: account.email,
    action: "ssh_key.delete",
    target: String(id),
  };
  try {
    const title = await withPlatformSession(account, async (session) => {
      const { jelastic } = upstreams();
      const own = (await jelastic.getSshKeys(session)).find((k) => k.id === id);
      if (!own) return null;
      await jelastic.deleteSshKey(session, id);
      return own.title;
    });
    if (title === null) {
      await recordAudit({ ...entry, outcome: "denied", details: { reason: "not_found" } });
      return { ok: false, reason: "not_found" };
    }
    await recordAudit({ ...entry, outcome: "success", details: { title } });
    return { ok: true, title };
  } catch (error) {
    const reason = error instanceof JelasticNotFoundError ? "not_found" : failureOf(error);
    await recordAudit({ ...entry, outcome: "failure", details: { reason } });
    return { ok: false, reason };
  }
}

/** Transport trouble may pass ("try again"); a business refusal will not, so it is told apart. */
function failureOf(error: unknown): "unavailable" | "refused" | "no_platform" {
  if (error instanceof NoPlatformAccountError) return "no_platform";
  if (error instanceof UpstreamError) return error.kind === "business" ? "refused" : "unavailable";
  throw error;
}
