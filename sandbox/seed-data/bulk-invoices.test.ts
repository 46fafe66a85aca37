import { describe, expect, it } from "vitest";
import { BULK_CLIENT_ID, BULK_INVOICE_COUNT, bulkInvoices } from "./bulk-invoices";

describe("bulk invoice history", () => {
  it("is 5,000 invoices of one client, the same on every run, one a day back from the epoch", () => {
    const first = bulkInvoices();
    expect(first).toHaveLength(BULK_INVOICE_COUNT);
    expect(bulkInvoices()).toEqual(first);
    expect(first.every((i) => i.clientId === BULK_CLIENT_ID)).toBe(true);
    expect(first[0]?.date).toBe("2026-11-20");
    expect(first[1]?.date).toBe("2026-11-19");
    expect(new Set(first.map((i) => i.id)).size).toBe(BULK_INVOICE_COUNT);
  });

  it("mixes statuses, and every paid invoice is paid in full", () => {
    const list = bulkInvoices();
    const statuses = new Set(list.map((i) => i.status));
    expect([...statuses].sort()).toEqual(["Cancelled", "Paid", "Refunded", "Unpaid"]);
    for (const invoice of list.filter((i) => i.status === "Paid")) {
      const net = invoice.items.reduce((sum, i) => sum + i.amountCents, 0);
      expect(invoice.transactions[0]?.amountInCents).toBe(net);
    }
  });
});
