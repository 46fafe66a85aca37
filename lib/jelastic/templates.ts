import type { JelasticTransport } from "./client";
import { templatesSchema } from "./schemas-new-environment";
import { toStackTemplates } from "./transform-new-environment";
import type { StackTemplate } from "./types-new-environment";

/** Software stacks for the wizard; `type=NATIVE` would hide docker images, so no filter is sent. */
export function getTemplates(
  transport: JelasticTransport,
  session: string,
): Promise<StackTemplate[]> {
  return transport.call("environment/control/GetTemplates", {}, templatesSchema, toStackTemplates, {
    session,
    idempotent: true,
  });
}
