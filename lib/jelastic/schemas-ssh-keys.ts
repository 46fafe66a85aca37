import { z } from "zod";
import { intLike } from "@/lib/http/wire-schemas";

/**
 * GetSSHKeys answers `keys: [...]` (the platform's own scripts read `keys[i].publicKey`); the item
 * shape is otherwise undocumented, so the key text and the date are read from the names seen.
 */
const text = z
  .union([z.string(), z.number()])
  .nullish()
  .transform((value) => (value == null ? undefined : String(value)));

const flag = z
  .union([z.boolean(), z.number(), z.string()])
  .nullish()
  .transform((value) => value === true || value === 1 || value === "true" || value === "1");

export const rawSshKeySchema = z.looseObject({
  id: intLike,
  title: text,
  publicKey: text,
  sshKey: text,
  isPrivate: flag,
  addedOn: text,
  createdOn: text,
});

export const getSshKeysSchema = z.looseObject({
  keys: z
    .array(rawSshKeySchema)
    .nullish()
    .transform((keys) => keys ?? []),
});

export type RawSshKey = z.output<typeof rawSshKeySchema>;
export type RawSshKeys = z.output<typeof getSshKeysSchema>;
