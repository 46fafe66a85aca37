import type { BillingDetailField } from "@/lib/billing/upgrade/billing-details";

/**
 * What the billing-details action hands back to its form: translated text only (never upstream
 * text), one message per field that needs fixing, and every value as typed so nothing is lost.
 * On success the page itself re-renders at the next step (revalidatePath), so "done" carries nothing.
 */
export type BillingDetailsState =
  | { status: "idle" }
  | { status: "done" }
  | {
      status: "invalid";
      fieldErrors: Partial<Record<BillingDetailField, string>>;
      values: Record<string, string>;
      /** Changes on every failed submit, so the error summary takes focus each time. */
      attempt: number;
    }
  | { status: "error"; message: string; values: Record<string, string>; attempt: number };

export const initialBillingDetailsState: BillingDetailsState = { status: "idle" };
