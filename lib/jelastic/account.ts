import type { JelasticTransport } from "./client";
import { accountSchema } from "./schemas";
import { toAccount } from "./transform";
import type { PlatformAccount } from "./types";

/** Balance, bonus and billing group of the session's user. */
export function getAccount(
  transport: JelasticTransport,
  session: string,
): Promise<PlatformAccount> {
  return transport.call(
    "billing/account/GetAccount",
    {},
    accountSchema,
    (raw) => toAccount(raw, transport.currency),
    { session, idempotent: true },
  );
}
