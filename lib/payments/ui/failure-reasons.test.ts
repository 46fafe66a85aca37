import { describe, expect, it } from "vitest";
import { en } from "@/lib/i18n/messages/en";
import { de } from "@/lib/i18n/messages/de";
import { FAILURE_MESSAGES, failureMessage } from "./failure-reasons";

describe("failure reason → message", () => {
  it("keeps the codes the saga and providers report", () => {
    for (const code of [
      "card_declined",
      "insufficient_funds",
      "authentication_failed",
      "expired_card",
      "incorrect_cvc",
      "paypal_declined",
      "authentication_required",
      "cancelled_by_customer",
      "expired",
    ]) {
      expect(failureMessage(code)).toBe(code);
    }
  });

  it("folds other spellings and never passes unknown text through", () => {
    expect(failureMessage("declined")).toBe("card_declined");
    expect(failureMessage("INSTRUMENT_DECLINED")).toBe("paypal_declined");
    expect(failureMessage("abandoned")).toBe("expired");
    expect(failureMessage("no_credit_account")).toBe("insufficient_credit");
    expect(failureMessage("whmcs AddOrder: Invalid product")).toBe("generic");
    expect(failureMessage("something_new")).toBe("generic");
    expect(failureMessage(null)).toBe("generic");
  });

  it("every reason has a message in every language", () => {
    for (const code of FAILURE_MESSAGES) {
      expect(en.payments.reasons[code]).toBeTruthy();
      expect(de.payments.reasons[code]).toBeTruthy();
    }
    expect(en.payments.reasons.card_declined).toMatch(/^Your card was declined/);
    expect(en.payments.reasons.authentication_failed).toMatch(/3-D Secure authentication failed/);
    expect(en.payments.reasons.cancelled_by_customer).toBe(
      "You cancelled the payment. Nothing was charged.",
    );
  });
});
