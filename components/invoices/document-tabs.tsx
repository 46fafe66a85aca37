import Link from "next/link";
import type { BillingTab } from "@/lib/data/billing-documents";
import type { Translate } from "@/lib/i18n/translate";

const TABS: { tab: BillingTab; label: Parameters<Translate>[0] }[] = [
  { tab: "invoices", label: "invoices.tabInvoices" },
  { tab: "orders", label: "invoices.tabOrders" },
  { tab: "payments", label: "invoices.tabPayments" },
  { tab: "adjustments", label: "invoices.tabAdjustments" },
];

/** Links, not script-driven tabs: each document type has its own URL (bookmarks, back button). */
export function DocumentTabs({ t, current }: { t: Translate; current: BillingTab }) {
  return (
    <nav aria-label={t("invoices.tabsLabel")}>
      <ul className="flex flex-wrap gap-1 border-b border-slate-200">
        {TABS.map(({ tab, label }) => {
          const active = tab === current;
          return (
            <li key={tab}>
              <Link
                href={tab === "invoices" ? "/invoices" : `/invoices?tab=${tab}`}
                aria-current={active ? "page" : undefined}
                className={`-mb-px inline-block rounded-t border px-4 py-2 text-sm font-medium ${
                  active
                    ? "border-slate-200 border-b-white bg-white text-slate-900"
                    : "border-transparent text-slate-700 hover:text-slate-900 hover:underline"
                }`}
              >
                {t(label)}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
