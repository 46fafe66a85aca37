import type { SandboxDeps } from "../context";
import { int, str, type PhpArray } from "../http/php-form";
import type { Invoice } from "../state/types";
import { failure, success, type WhmcsReply } from "./envelope";
import { paginate } from "./format";
import { allInvoices } from "./invoice-source";
import { invoiceDetailView, invoiceListView, invoiceTotals } from "./invoice-view";

const sortKeys: Record<string, (i: Invoice) => string | number> = {
  id: (i) => i.id,
  invoicenumber: (i) => i.invoicenum || i.id,
  date: (i) => i.date,
  duedate: (i) => i.duedate,
  total: (i) => invoiceTotals(i).totalCents,
  status: (i) => i.status,
};

/**
 * GetInvoices: `userid` is the *client* id (pre-8.0 naming). `status` accepts the stored statuses
 * plus the `Overdue` filter (Unpaid and past due). Newest first unless `orderby`/`order` say otherwise.
 */
export function getInvoices(params: PhpArray, deps: SandboxDeps): WhmcsReply {
  const state = deps.store.state;
  const clientId = int(params, "userid");
  const status = str(params, "status")?.trim().toLowerCase();
  const today = new Date(deps.now()).toISOString().slice(0, 10);
  const key = sortKeys[(str(params, "orderby") ?? "id").toLowerCase()] ?? ((i: Invoice) => i.id);
  const direction = (str(params, "order") ?? "desc").toLowerCase() === "asc" ? 1 : -1;

  const matches = allInvoices(state)
    .filter((i) => clientId === undefined || i.clientId === clientId)
    .filter((i) => {
      if (!status) return true;
      if (status === "overdue") return i.status === "Unpaid" && i.duedate < today;
      return i.status.toLowerCase() === status;
    })
    .sort((a, b) => {
      const left = key(a);
      const right = key(b);
      return (left < right ? -1 : left > right ? 1 : a.id - b.id) * direction;
    });
  const { page, meta } = paginate(matches, params);
  // With no rows WHMCS's PHP array stays empty and json_encode turns it into `[]` instead of
  // `{"invoice":[…]}`: clients must normalise both shapes, so the sandbox sends the awkward one.
  const invoices =
    page.length === 0
      ? []
      : {
          invoice: page.map((i) =>
            invoiceListView(
              i,
              state.whmcs.clients.find((c) => c.id === i.clientId),
            ),
          ),
        };
  return success({ ...meta, invoices });
}

/** GetInvoice by `invoiceid`; no ownership check (that is the caller's job, as in WHMCS). */
export function getInvoice(params: PhpArray, deps: SandboxDeps): WhmcsReply {
  const id = int(params, "invoiceid");
  const invoice = allInvoices(deps.store.state).find((i) => i.id === id);
  if (!invoice) return failure("Invoice ID Not Found");
  return success(invoiceDetailView(invoice));
}
