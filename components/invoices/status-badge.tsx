import type { InvoiceSummary } from "@/lib/whmcs";
import type { Translate } from "@/lib/i18n/translate";
import { displayStatus, statusTone } from "./labels";

export function InvoiceStatusBadge({
  t,
  invoice,
}: {
  t: Translate;
  invoice: Pick<InvoiceSummary, "status" | "dueOn">;
}) {
  const status = displayStatus(invoice);
  return (
    <span className={`rounded px-2 py-0.5 text-xs font-medium ${statusTone(status)}`}>
      {t(`invoices.status.${status}`)}
    </span>
  );
}
