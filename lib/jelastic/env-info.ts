import { z } from "zod";
import type { JelasticTransport } from "./client";
import { emptySchema, envInfoSchema } from "./schemas";
import { toEnvironment } from "./transform";
import type { Environment } from "./types";

const getEnvInfoSchema = envInfoSchema.and(z.looseObject({}));

/** One environment of the session's user; another user's or a deleted one is JelasticNotFoundError. */
export function getEnvInfo(
  transport: JelasticTransport,
  session: string,
  envName: string,
): Promise<Environment> {
  return transport.call(
    "environment/control/GetEnvInfo",
    { envName },
    getEnvInfoSchema,
    toEnvironment,
    {
      session,
      idempotent: true,
    },
  );
}

/** Start or stop; the platform answers when the change is done (it can take a while). */
export function setEnvRunning(
  transport: JelasticTransport,
  session: string,
  envName: string,
  running: boolean,
): Promise<void> {
  const method = running ? "environment/control/StartEnv" : "environment/control/StopEnv";
  return transport.call(method, { envName }, emptySchema, () => undefined, {
    session,
    idempotent: false,
  });
}

/** Irreversible: the platform checks the account password itself (801 when wrong). */
export function deleteEnv(
  transport: JelasticTransport,
  session: string,
  envName: string,
  password: string,
): Promise<void> {
  return transport.call(
    "environment/control/DeleteEnv",
    { envName, password },
    emptySchema,
    () => undefined,
    {
      session,
      idempotent: false,
      secrets: [password],
    },
  );
}
