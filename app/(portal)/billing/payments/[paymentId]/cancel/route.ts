import { redirect } from "next/navigation";
import { cancelAndReturnPath } from "@/lib/data/payment-status";
import { getSessionAccount } from "@/lib/data/session";
import { getTranslator } from "@/lib/i18n/server";

/**
 * The provider's cancel link (Stripe cancel_url, PayPal "Cancel and return"): cancel the attempt,
 * then back to the page it came from, which explains it and keeps the amount. Someone else's
 * attempt is a 404. A GET because that is what providers send; cancelling an unpaid attempt is
 * the only effect, and money that did arrive is settled rather than dropped.
 */
export async function GET(_request: Request, context: { params: Promise<{ paymentId: string }> }) {
  const account = await getSessionAccount();
  const { paymentId } = await context.params;
  if (!account) redirect("/login");
  const target = await cancelAndReturnPath(account, paymentId);
  if (!target) {
    const t = await getTranslator();
    return new Response(t("errors.notFound"), {
      status: 404,
      headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" },
    });
  }
  redirect(target);
}
