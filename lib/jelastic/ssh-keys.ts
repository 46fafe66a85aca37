import type { JelasticTransport } from "./client";
import { emptySchema } from "./schemas";
import { getSshKeysSchema } from "./schemas-ssh-keys";
import { asSshKeyError } from "./ssh-key-errors";
import {
  toAddSshKeyParams,
  toDeleteSshKeyParams,
  toGetSshKeysParams,
  toSshKeys,
} from "./transform-ssh-keys";
import type { NewSshKey, SshKey } from "./types-ssh-keys";

/** The session user's public SSH keys (`users/account`, the namespace live scripts use, §2.2). */
export function getSshKeys(transport: JelasticTransport, session: string): Promise<SshKey[]> {
  return transport.call(
    "users/account/GetSSHKeys",
    toGetSshKeysParams(),
    getSshKeysSchema,
    toSshKeys,
    {
      session,
      idempotent: true,
    },
  );
}

/** Sent once (a retried add could answer "already exists" for a key that was in fact added). */
export async function addSshKey(
  transport: JelasticTransport,
  session: string,
  key: NewSshKey,
): Promise<void> {
  try {
    await transport.call(
      "users/account/AddSSHKey",
      toAddSshKeyParams(key),
      emptySchema,
      () => undefined,
      {
        session,
        idempotent: false,
      },
    );
  } catch (error) {
    throw asSshKeyError(error);
  }
}

export function deleteSshKey(
  transport: JelasticTransport,
  session: string,
  id: number,
): Promise<void> {
  return transport.call(
    "users/account/DeleteSSHKey",
    toDeleteSshKeyParams(id),
    emptySchema,
    () => undefined,
    {
      session,
      idempotent: false,
    },
  );
}
