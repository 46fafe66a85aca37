import { describe, expect, it } from "vitest";
import { parseContactMethods } from "./contact-methods";
import { paymentOriginPath, paymentReturnPath } from "./origin";

describe("where a customer returns to", () => {
  it("goes back to the page the attempt came from, with the attempt to explain it", () => {
    expect(paymentOriginPath({ id: "p1", purpose: "refill", invoiceId: 9 })).toBe(
      "/billing/refill?payment=p1",
    );
    expect(paymentOriginPath({ id: "p1", purpose: "upgrade", invoiceId: 9 })).toBe(
      "/billing/upgrade?payment=p1",
    );
    expect(paymentOriginPath({ id: "p1", purpose: "invoice", invoiceId: 3102 })).toBe(
      "/invoices/3102?payment=p1",
    );
    expect(paymentReturnPath("a b")).toBe("/billing/payments/a%20b");
  });
});

describe("contact-us payment methods", () => {
  it("reads the comma-separated setting, dropping blanks and repeats", () => {
    expect(parseContactMethods("")).toEqual([]);
    expect(parseContactMethods(" Bank transfer , ,Purchase  order, bank transfer")).toEqual([
      "Bank transfer",
      "Purchase order",
    ]);
  });
});
