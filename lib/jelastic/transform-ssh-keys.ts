import { parsePublicKey } from "@/lib/ssh";
import type { JelasticParams } from "./encode";
import type { RawSshKey, RawSshKeys } from "./schemas-ssh-keys";
import { parsePlatformDate } from "./transform";
import type { NewSshKey, SshKey } from "./types-ssh-keys";

/** Public keys only: `isPrivate` keys are deploy keys for git, not SSH access. */
export const toAddSshKeyParams = (key: NewSshKey): JelasticParams => ({
  title: key.title,
  sshKey: key.publicKey,
  isPrivate: false,
});

export const toGetSshKeysParams = (): JelasticParams => ({ isPrivate: false });

export const toDeleteSshKeyParams = (id: number): JelasticParams => ({ id });

/**
 * Type, size and fingerprint are derived from the key text with lib/ssh, so what the customer sees
 * matches `ssh-keygen -lf` whatever the platform reports about the key.
 */
export function toSshKey(raw: RawSshKey): SshKey {
  const publicKey = (raw.publicKey ?? raw.sshKey ?? "").trim();
  const parsed = parsePublicKey(publicKey);
  return {
    id: raw.id,
    title: raw.title ?? "",
    publicKey,
    type: parsed.ok ? parsed.key.type : (publicKey.split(/\s+/)[0] ?? ""),
    bits: parsed.ok ? parsed.key.bits : null,
    fingerprint: parsed.ok ? parsed.key.fingerprint : null,
    addedAt: parsePlatformDate(raw.addedOn ?? raw.createdOn),
  };
}

export const toSshKeys = (raw: RawSshKeys): SshKey[] =>
  raw.keys.filter((key) => !key.isPrivate).map(toSshKey);
