import { bulkInvoices } from "../seed-data/bulk-invoices";
import type { Invoice, SandboxState } from "../state/types";

let generated: Invoice[] | null = null;

/**
 * Every invoice the sandbox WHMCS knows: the stored ones plus the benchmark account's 5,000-invoice
 * history. That history is generated (deterministically, once per process) instead of stored,
 * because state.json is rewritten after every change and 4 MB more of it would stall the sandbox.
 * It is read-only: a change to one of those invoices is not persisted.
 */
export function allInvoices(state: SandboxState): Invoice[] {
  generated ??= bulkInvoices();
  return state.whmcs.invoices.concat(generated);
}
