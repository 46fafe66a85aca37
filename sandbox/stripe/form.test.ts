import { describe, expect, it } from "vitest";
import { canonicalParams, decodeStripeForm } from "./form";

const decode = (body: string) => decodeStripeForm(new URLSearchParams(body).entries());

describe("decodeStripeForm", () => {
  it("nests bracket keys and turns indexed keys into arrays, as stripe-node encodes them", () => {
    const body =
      "mode=payment&line_items[0][quantity]=1&line_items[0][price_data][currency]=usd" +
      "&line_items[0][price_data][product_data][name]=Account%20credit" +
      "&payment_intent_data[metadata][topup_id]=t1&payment_intent_data[setup_future_usage]=off_session" +
      "&expand[0]=payment_intent&expand[1]=customer";
    expect(decode(body)).toEqual({
      mode: "payment",
      line_items: [
        {
          quantity: "1",
          price_data: { currency: "usd", product_data: { name: "Account credit" } },
        },
      ],
      payment_intent_data: { metadata: { topup_id: "t1" }, setup_future_usage: "off_session" },
      expand: ["payment_intent", "customer"],
    });
  });

  it("accepts encoded brackets and keeps a gap in indices as an object", () => {
    expect(decode("a%5B0%5D=x&a%5B1%5D=y")).toEqual({ a: ["x", "y"] });
    expect(decode("m[0]=x&m[2]=y")).toEqual({ m: { "0": "x", "2": "y" } });
  });

  it("keeps empty values (Stripe's way of unsetting a field)", () => {
    expect(decode("metadata=&description=")).toEqual({ metadata: "", description: "" });
  });
});

describe("canonicalParams", () => {
  it("does not depend on key order, but on every value", () => {
    const a = canonicalParams(decode("amount=100&currency=usd&metadata[a]=1&metadata[b]=2"));
    const b = canonicalParams(decode("metadata[b]=2&currency=usd&metadata[a]=1&amount=100"));
    const c = canonicalParams(decode("amount=101&currency=usd&metadata[a]=1&metadata[b]=2"));
    expect(a).toBe(b);
    expect(a).not.toBe(c);
  });
});
