"use client";

/**
 * Steps 3–4 of "Upgrade trial account": the slot for the shared payment UI. After the merge this
 * renders `<PaymentFlow purpose="upgrade" … />` from components/payments/payment-flow.tsx with the
 * props below; until then it shows what that flow will offer (amount range and methods), so the
 * page reads correctly. Everything it needs is computed on the server and passed in.
 */
export type UpgradePaymentStepProps = {
  purpose: "upgrade";
  currency: string;
  /** Net amount limits and slider step, minor units (REFILL_MIN/MAX/STEP_MINOR). */
  limits: { minMinor: number; maxMinor: number; stepMinor: number };
  /** Methods whose provider is registered (lib/data/payments offeredMethods): "card" | "paypal" | "credit". */
  methods: string[];
  /** PAYMENT_CONTACT_METHODS: ways to pay by arrangement ("contact us"). */
  contactMethods: string[];
  /** Back from a cancelled or declined attempt (`?payment=ID`): keep its amount and method. */
  resume: {
    paymentId: string;
    amountMinor: number;
    method: string;
    status: string;
    /** PaymentView.failureReason code (card_declined, cancelled_by_customer, …) or null. */
    failureReason: string | null;
  } | null;
  /** Translated, formatted text of this placeholder (the PaymentFlow brings its own). */
  text: { range: string; methods: string; contact: string | null };
};

export function UpgradePaymentStep({ text }: UpgradePaymentStepProps) {
  return (
    <div className="space-y-2 text-sm" data-testid="upgrade-payment-step">
      <p>{text.range}</p>
      <p>{text.methods}</p>
      {text.contact && <p>{text.contact}</p>}
    </div>
  );
}
