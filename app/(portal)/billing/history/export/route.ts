import { historyCsv, historyCsvFilename } from "@/lib/billing/history/csv";
import { parseHistoryQuery } from "@/lib/billing/history/query";
import { getBillingHistory } from "@/lib/data/billing-history";
import { getSessionAccount } from "@/lib/data/session";
import { getLocale, getTranslator } from "@/lib/i18n/server";

/**
 * CSV of exactly the table the page shows for the same URL parameters: the same data-layer call,
 * the same columns and rounding. No session is a 401 (a download has nowhere to redirect to).
 */
export async function GET(request: Request): Promise<Response> {
  const [account, t, locale] = await Promise.all([
    getSessionAccount(),
    getTranslator(),
    getLocale(),
  ]);
  if (!account) return plain(401, t("billingHistory.signInToDownload"));
  const url = new URL(request.url);
  const parsed = parseHistoryQuery(Object.fromEntries(url.searchParams), new Date());
  if (!parsed.ok) return plain(400, t("billingHistory.errorInvalidDate"));
  const history = await getBillingHistory(account, parsed.range);
  if (!history.ok) {
    return history.reason === "not_found"
      ? plain(404, t("errors.notFound"))
      : plain(503, t("billingHistory.unavailable"));
  }
  return new Response(historyCsv(history.data, t, locale), {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="${historyCsvFilename(parsed.range)}"`,
      "cache-control": "private, no-store",
    },
  });
}

function plain(status: number, message: string): Response {
  return new Response(message, {
    status,
    headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" },
  });
}
