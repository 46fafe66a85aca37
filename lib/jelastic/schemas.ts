import { z } from "zod";
import { intLike } from "@/lib/http/wire-schemas";

/**
 * Raw platform response shapes. Payload fields are siblings of `result`; "the response will not
 * include the information of the parameter with null value" (§1.5), so almost everything is optional.
 * Numbers are JSON numbers on the wire; numeric strings are tolerated.
 */

const int = intLike;
const amount = z.union([
  z.number(),
  z
    .string()
    .trim()
    .regex(/^-?\d*\.?\d+(e[+-]?\d+)?$/i),
]);
const optionalText = z
  .union([z.string(), z.number()])
  .nullish()
  .transform((value) => (value == null ? undefined : String(value)));
const bool = z
  .union([z.boolean(), z.number(), z.string()])
  .nullish()
  .transform((value) => value === true || value === 1 || value === "true" || value === "1");

/** `null` or missing lists become []; strings and `{ domain }` objects are both seen for domains. */
const stringList = z
  .array(z.union([z.string(), z.looseObject({ domain: z.string() })]).nullable())
  .nullish()
  .transform((items) =>
    (items ?? []).flatMap((item) =>
      item === null ? [] : [typeof item === "string" ? item : item.domain],
    ),
  );

export const envelopeSchema = z.looseObject({
  result: int,
  error: optionalText,
});

export const signInSchema = z.looseObject({
  session: z.string().min(1),
  uid: int,
  email: optionalText,
  name: optionalText,
});

export const userInfoSchema = z.looseObject({
  uid: int,
  email: z.string(),
  name: optionalText,
  status: optionalText,
});

/** Methods whose only answer is the envelope. */
export const emptySchema = z.looseObject({});

export const adminSessionSchema = z.looseObject({ session: z.string().min(1) });

export const authLinkSchema = z.looseObject({ link: z.string().min(1) });

export const accountSchema = z.looseObject({
  uid: int,
  email: optionalText,
  balance: amount.nullish(),
  bonus: amount.nullish(),
  group: optionalText,
  groupType: optionalText,
  status: optionalText,
});

const nodeSchema = z.looseObject({
  id: int,
  nodeGroup: optionalText,
  nodeType: z.string(),
  displayName: optionalText,
  fixedCloudlets: int.nullish(),
  flexibleCloudlets: int.nullish(),
  count: int.nullish(),
  extIPs: stringList,
});

const envSchema = z.looseObject({
  envName: optionalText,
  shortdomain: optionalText,
  displayName: optionalText,
  domain: optionalText,
  status: int.nullish(),
  hardwareNodeGroup: optionalText,
  hostGroup: z.looseObject({ uniqueName: optionalText }).nullish(),
  region: optionalText,
  createdOn: optionalText,
  sslstate: bool,
  extdomains: stringList,
});

export const envInfoSchema = z.looseObject({
  env: envSchema.refine((env) => Boolean(env.envName ?? env.shortdomain), "expected envName"),
  nodes: z.array(nodeSchema).nullish(),
});

export const getEnvsSchema = z.looseObject({
  infos: z.array(envInfoSchema).nullish(),
});

export type RawEnvInfo = z.output<typeof envInfoSchema>;
export type RawNode = z.output<typeof nodeSchema>;
export type RawAccount = z.output<typeof accountSchema>;
export type RawSignIn = z.output<typeof signInSchema>;
export type RawUserInfo = z.output<typeof userInfoSchema>;
