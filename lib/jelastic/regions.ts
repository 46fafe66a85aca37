import type { JelasticTransport } from "./client";
import { regionsSchema } from "./schemas-new-environment";
import { toRegions } from "./transform-new-environment";
import type { Region } from "./types-new-environment";

/** Enabled hardware node groups the session's user may create environments in. */
export function getRegions(transport: JelasticTransport, session: string): Promise<Region[]> {
  return transport.call("environment/control/GetRegions", {}, regionsSchema, toRegions, {
    session,
    idempotent: true,
  });
}
