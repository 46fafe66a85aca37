import "server-only";
import { getPayment } from "@/lib/data/payments";
import type { SessionAccount } from "@/lib/data/session";

// Payment ids are UUIDs; anything else cannot be one and is not looked up.
const PAYMENT_ID = /^[A-Za-z0-9-]{8,64}$/;

/** The attempt named by `?payment=` when it is this account's upgrade attempt; anything else is ignored. */
export async function resumedPayment(account: SessionAccount, raw: unknown) {
  if (typeof raw !== "string" || !PAYMENT_ID.test(raw)) return null;
  const payment = await getPayment(account, raw);
  return payment?.purpose === "upgrade" ? payment : null;
}
