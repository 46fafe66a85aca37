import type { JelasticTransport } from "./client";
import { quotasSchema } from "./schemas-new-environment";
import { toQuotas } from "./transform-new-environment";
import { QUOTA_NAMES, type AccountQuotas } from "./types-new-environment";

/** The wizard's limits; `quotasnames` is `;`-separated (reference §2.5). */
export function getQuotas(
  transport: JelasticTransport,
  session: string,
  names: readonly string[] = Object.values(QUOTA_NAMES),
): Promise<AccountQuotas> {
  return transport.call(
    "billing/account/GetQuotas",
    { quotasnames: names.join(";") },
    quotasSchema,
    toQuotas,
    { session, idempotent: true },
  );
}
