import type { PayPalSdkOptions } from "@/components/payments/paypal-checkout-types";
import type { AmountRange } from "./amount-input";

/**
 * What the server hands the PaymentFlow client component (serialisable, no secrets) and what its
 * server actions answer. Shared by refill, upgrade and invoice payment.
 */
export type FlowPurpose = "refill" | "upgrade" | "invoice";

export type MethodChoice =
  | {
      key: string;
      kind: "saved-card";
      method: "card";
      paymentMethodId: string;
      isDefault: boolean;
      brand: string;
      last4: string;
      expMonth: number;
      expYear: number;
    }
  | {
      key: string;
      kind: "saved-paypal";
      method: "paypal";
      paymentMethodId: string;
      isDefault: boolean;
      email: string;
    }
  | { key: "new-card"; kind: "new-card"; method: "card" }
  | { key: "paypal"; kind: "paypal"; method: "paypal" }
  | { key: "credit"; kind: "credit"; method: "credit"; availableMinor: number }
  /** Offered by arrangement only: shown disabled, with the support contact. */
  | { key: string; kind: "contact"; name: string };

export type FlowAmount =
  | { kind: "choose"; range: AmountRange; initialMinor: number }
  /** Invoice: the balance due, read on the server; no slider. */
  | { kind: "fixed"; amountMinor: number; invoiceId: number; invoiceNumber: string };

export type PaymentFlowSetup = {
  purpose: FlowPurpose;
  currency: string;
  amount: FlowAmount;
  choices: MethodChoice[];
  initialChoice: string | null;
  supportEmail: string;
  hosterName: string;
  /** null: PayPal is not configured (then it is not among the choices either). */
  paypal: PayPalSdkOptions | null;
};

/** The WHMCS quote shown on "Confirm your order": net, VAT and total as WHMCS computed them. */
export type QuoteView = {
  paymentId: string;
  invoiceId: number | null;
  amountMinor: number;
  taxMinor: number;
  totalMinor: number;
  currency: string;
};

export type QuoteInput = {
  purpose: FlowPurpose;
  amountMinor: number;
  method: string;
  paymentMethodId?: string;
  invoiceId?: number;
  idempotencyKey: string;
};

export type QuoteResult =
  | { ok: true; quote: QuoteView }
  | {
      ok: false;
      message: string;
      field: "amount" | "method" | null;
      /** Same submission may be tried again with the same idempotency key (upstream was down). */
      retryable: boolean;
    };

export type ConfirmResult =
  | {
      ok: true;
      /** Provider page to continue at (hosted checkout, 3-D Secure); else the return page. */
      actionUrl: string | null;
      providerRef: string | null;
      returnPath: string;
    }
  | { ok: false; message: string };
