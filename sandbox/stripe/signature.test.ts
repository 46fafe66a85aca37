import Stripe from "stripe";
import { describe, expect, it } from "vitest";
import { signatureHeader, verifySignatureHeader } from "./signature";

const secret = "whsec_test_secret";
const payload = JSON.stringify({ id: "evt_1", object: "event", type: "payment_intent.succeeded" });
const stripe = new Stripe("sk_test_x");

describe("Stripe-Signature", () => {
  it("is accepted by the official SDK's constructEvent", () => {
    const header = signatureHeader(payload, secret, Math.floor(Date.now() / 1000));
    expect(header).toMatch(/^t=\d+,v1=[0-9a-f]{64}$/);
    expect(stripe.webhooks.constructEvent(payload, header, secret).id).toBe("evt_1");
  });

  it("matches the SDK's own test header byte for byte", () => {
    const timestamp = 1_700_000_000;
    const ours = signatureHeader(payload, secret, timestamp);
    const theirs = stripe.webhooks.generateTestHeaderString({ payload, secret, timestamp });
    expect(ours).toBe(theirs);
  });

  it("fails for another secret, a changed body or an old timestamp", () => {
    const now = Math.floor(Date.now() / 1000);
    const header = signatureHeader(payload, secret, now);
    expect(() => stripe.webhooks.constructEvent(payload, header, "whsec_other")).toThrow();
    expect(() => stripe.webhooks.constructEvent(`${payload} `, header, secret)).toThrow();
    expect(verifySignatureHeader(payload, header, secret, now)).toBe(true);
    expect(
      verifySignatureHeader(payload, signatureHeader(payload, secret, now - 301), secret, now),
    ).toBe(false);
  });
});
