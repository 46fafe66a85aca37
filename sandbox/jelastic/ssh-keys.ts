import { createHash } from "node:crypto";
import type { SandboxSshKey } from "../state/types";
import type { PlatformCall } from "./call";
import { fail, ok, type PlatformReply } from "./envelope";
import { isReply, requireUser } from "./sessions";
import { keyMaterial } from "./ssh-key-check";

/** users/account SSH key methods; error codes are the platform's (reference §1.6). */
const SSH_KEY_INVALID = 6000;
const SSH_KEY_EXISTS = 6001;
const SSH_TITLE_EXISTS = 6002;

const truthy = (value: string | undefined) => value === "true" || value === "1";

/** "yyyy-MM-dd HH:mm:ss" in UTC, the platform's date format. */
const platformDate = (ms: number) => new Date(ms).toISOString().slice(0, 19).replace("T", " ");

/** The platform's own fingerprint is the legacy MD5 form; the portal must compute SHA256 itself. */
function md5Fingerprint(line: string): string {
  const data = line.trim().split(/\s+/)[1] ?? "";
  const hex = createHash("md5").update(Buffer.from(data, "base64")).digest("hex");
  return hex.match(/../g)?.join(":") ?? hex;
}

const wire = (key: SandboxSshKey) => ({
  id: key.id,
  title: key.title,
  publicKey: key.publicKey,
  fingerprint: md5Fingerprint(key.publicKey),
  isPrivate: false,
  addedOn: key.addedOn,
});

/** users/account/getsshkeys: the caller's own keys; private (git deploy) keys are not kept here. */
export function getSshKeys({ params, deps }: PlatformCall): PlatformReply {
  const who = requireUser(deps, params.session);
  if (isReply(who)) return who;
  if (truthy(params.isPrivate)) return ok({ keys: [] });
  return ok({ keys: (who.user.sshKeys ?? []).map(wire) });
}

/** users/account/addsshkey: 6000 for a bad key, 6001 for the same key material, 6002 for the title. */
export function addSshKey({ params, deps }: PlatformCall): PlatformReply {
  const who = requireUser(deps, params.session);
  if (isReply(who)) return who;
  const title = (params.title ?? "").trim();
  const line = (params.sshKey ?? "").trim();
  if (truthy(params.isPrivate)) return fail(SSH_KEY_INVALID, "private keys are not supported here");
  const material = keyMaterial(line);
  if (!title || !material) return fail(SSH_KEY_INVALID, "Invalid SSH key");
  const existing = who.user.sshKeys ?? [];
  if (existing.some((k) => keyMaterial(k.publicKey) === material))
    return fail(SSH_KEY_EXISTS, "SSH key already exists");
  if (existing.some((k) => k.title.toLowerCase() === title.toLowerCase()))
    return fail(SSH_TITLE_EXISTS, `SSH key with title [${title}] already exists`);

  const key = deps.store.update((state) => {
    const ids = state.platform.users.flatMap((u) => (u.sshKeys ?? []).map((k) => k.id));
    const added = {
      id: Math.max(300, ...ids) + 1,
      title,
      publicKey: line,
      addedOn: platformDate(deps.now()),
    };
    const user = state.platform.users.find((u) => u.uid === who.user.uid);
    if (user) user.sshKeys = [...(user.sshKeys ?? []), added];
    return added;
  });
  return ok({ key: wire(key) });
}

/** users/account/deletesshkey: someone else's key id is "not found", like an unknown one. */
export function deleteSshKey({ params, deps }: PlatformCall): PlatformReply {
  const who = requireUser(deps, params.session);
  if (isReply(who)) return who;
  const id = Number(params.id);
  if (!(who.user.sshKeys ?? []).some((k) => k.id === id))
    return fail(5, `SSH key [${params.id ?? ""}] not found`);
  deps.store.update((state) => {
    const user = state.platform.users.find((u) => u.uid === who.user.uid);
    if (user) user.sshKeys = (user.sshKeys ?? []).filter((k) => k.id !== id);
  });
  return ok();
}
