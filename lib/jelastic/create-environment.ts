import { z } from "zod";
import { intLike } from "@/lib/http/wire-schemas";
import type { JelasticTransport } from "./client";
import { JelasticNotFoundError } from "./errors";
import { asBalanceError } from "./errors-new-environment";
import { createdEnvSchema } from "./schemas-new-environment";
import { toEnvironmentStatus } from "./transform";
import { toCreateEnvironmentParams } from "./transform-new-environment";
import type { EnvironmentStatus } from "./types";
import type { CreatedEnvironment, NewEnvironmentSpec } from "./types-new-environment";

/**
 * CreateEnvironment (reference §2.3). Quota refusals arrive as JelasticQuotaError (with `code`),
 * billing refusals as JelasticBalanceError. Never retried: a lost answer may still have created it.
 */
export async function createEnvironment(
  transport: JelasticTransport,
  session: string,
  spec: NewEnvironmentSpec,
): Promise<CreatedEnvironment> {
  try {
    return await transport.call(
      "environment/control/CreateEnvironment",
      toCreateEnvironmentParams(spec),
      createdEnvSchema,
      (raw) => ({
        name: raw.response?.env?.envName ?? raw.response?.env?.shortdomain ?? spec.name,
        status: toEnvironmentStatus(raw.response?.env?.status ?? 6),
      }),
      { session, idempotent: false },
    );
  } catch (error) {
    throw asBalanceError(error);
  }
}

const envStatusSchema = z.looseObject({
  env: z.looseObject({ status: intLike.nullish() }),
});

/**
 * The reference names no `checkenvname` method, so availability is read from GetEnvInfo: result 11
 * ("env not exists") means free; success (own env) or 901 (someone else's) means taken.
 */
export async function isEnvNameAvailable(
  transport: JelasticTransport,
  session: string,
  name: string,
): Promise<boolean> {
  try {
    await transport.call(
      "environment/control/GetEnvInfo",
      { envName: name, lazy: true },
      envStatusSchema,
      () => null,
      {
        session,
        idempotent: true,
      },
    );
    return false;
  } catch (error) {
    if (error instanceof JelasticNotFoundError && Number(error.code) === 11) return true;
    if (error instanceof JelasticNotFoundError) return false;
    throw error;
  }
}

/** Status of one of the user's environments (for the creation progress poll). */
export function getEnvStatus(
  transport: JelasticTransport,
  session: string,
  name: string,
): Promise<EnvironmentStatus> {
  return transport.call(
    "environment/control/GetEnvInfo",
    { envName: name, lazy: true },
    envStatusSchema,
    (raw) => toEnvironmentStatus(raw.env.status),
    { session, idempotent: true },
  );
}
