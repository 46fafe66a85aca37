import type { JelasticTransport } from "./client";
import { getEnvsSchema } from "./schemas";
import { toEnvironments } from "./transform";
import type { Environment } from "./types";

/** Every environment the session's user owns, with nodes (not `lazy`: cloudlets are needed). */
export function getEnvs(transport: JelasticTransport, session: string): Promise<Environment[]> {
  return transport.call("environment/control/GetEnvs", {}, getEnvsSchema, toEnvironments, {
    session,
    idempotent: true,
  });
}
