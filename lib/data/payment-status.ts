import "server-only";
import { z } from "zod";
import { paymentStatusJson, type PaymentStatusJson } from "@/lib/payments/ui/status-json";
import { paymentOriginPath, paymentReturnPath } from "@/lib/payments/ui/origin";
import { currentPlatformBalance } from "./account-plan";
import { cancelPayment, getPayment, refreshPayment } from "./payments";
import type { SessionAccount } from "./session";

/**
 * The return page, its polling route and the provider's cancel link. All session-bound: another
 * account's (or an unknown, or a malformed) id is null, which the routes answer with 404.
 */
const paymentIdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,100}$/);

export async function paymentStatus(
  account: SessionAccount,
  rawId: string,
  /** true on the return page's load: drive the saga first (as a webhook would). */
  options: { refresh: boolean },
): Promise<PaymentStatusJson | null> {
  const id = paymentIdSchema.safeParse(rawId);
  if (!id.success) return null;
  const view = options.refresh
    ? await refreshPayment(account, id.data)
    : await getPayment(account, id.data);
  if (!view) return null;
  const balance =
    view.status === "done" && view.purpose !== "invoice"
      ? await currentPlatformBalance(account)
      : null;
  return paymentStatusJson(view, balance);
}

/**
 * "Cancel and return to the merchant" at Stripe / PayPal: cancel the attempt (money that did
 * arrive is settled instead), then back to where it started — or to the return page if it went
 * through after all.
 */
export async function cancelAndReturnPath(
  account: SessionAccount,
  rawId: string,
): Promise<string | null> {
  const id = paymentIdSchema.safeParse(rawId);
  if (!id.success) return null;
  const view = await cancelPayment(account, id.data);
  if (!view) return null;
  return view.status === "cancelled" || view.status === "failed"
    ? paymentOriginPath(view)
    : paymentReturnPath(view.id);
}
