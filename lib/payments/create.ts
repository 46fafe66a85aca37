import { randomUUID } from "node:crypto";
import { isPrismaError, type Payment } from "@/lib/db";
import type { Db } from "./deps";
import type { PaymentPurpose } from "./states";

/**
 * Records a new attempt, or returns the existing one for the same idempotency key: a double click,
 * two tabs or a retried request all end up on one row (the unique key decides, not a read first).
 */
export type NewPayment = {
  accountId: string;
  idempotencyKey: string;
  purpose: PaymentPurpose;
  amountMinor: number;
  currency: string;
  method: string;
  provider: string;
  whmcsClientId: number;
  platformUid: number | null;
  /** Only for purpose "invoice": the existing WHMCS invoice to pay. */
  whmcsInvoiceId?: number;
  paymentMethodId?: string;
  /** Keep the card / PayPal account for future payments (the customer's opt-in). */
  saveMethod?: boolean;
  /**
   * True: stop at the WHMCS invoice until the customer confirms net + VAT = total
   * (`confirmPayment`). False (default): nobody confirms by hand (auto-refill, the saga's tests).
   */
  awaitConfirmation?: boolean;
};

export class IdempotencyConflictError extends Error {
  override name = "IdempotencyConflictError";
}

export async function createPayment(
  db: Db,
  input: NewPayment,
): Promise<{ payment: Payment; created: boolean }> {
  const id = randomUUID();
  try {
    const payment = await db.payment.create({
      data: {
        id,
        accountId: input.accountId,
        idempotencyKey: input.idempotencyKey,
        purpose: input.purpose,
        amountMinor: input.amountMinor,
        currency: input.currency,
        method: input.method,
        provider: input.provider,
        whmcsClientId: input.whmcsClientId,
        platformUid: input.platformUid,
        whmcsInvoiceId: input.whmcsInvoiceId ?? null,
        paymentMethodId: input.paymentMethodId ?? null,
        saveMethod: input.saveMethod ?? false,
        confirmedAt: input.awaitConfirmation ? null : new Date(),
        // The platform fund history is searched for this exact text before any FundAccount retry.
        fundingNote: `portal-payment:${id}`,
        state: "created",
      },
    });
    return { payment, created: true };
  } catch (error) {
    if (!isPrismaError(error, "P2002")) throw error;
    const existing = await db.payment.findUniqueOrThrow({
      where: { idempotencyKey: input.idempotencyKey },
    });
    const same =
      existing.accountId === input.accountId &&
      existing.purpose === input.purpose &&
      existing.amountMinor === input.amountMinor &&
      existing.currency === input.currency &&
      existing.method === input.method;
    if (!same) {
      throw new IdempotencyConflictError("The idempotency key was used for another payment");
    }
    return { payment: existing, created: false };
  }
}
