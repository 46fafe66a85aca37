import { createHmac, timingSafeEqual } from "node:crypto";

/**
 * Stripe's webhook signature: `Stripe-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of
 * "<t>.<raw body>" keyed with the endpoint secret>`. The portal verifies it with the official
 * `stripe.webhooks.constructEvent`, so this must match byte for byte.
 */
export function signatureHeader(payload: string, secret: string, timestamp: number): string {
  return `t=${timestamp},v1=${hmac(payload, secret, timestamp)}`;
}

/** The same check Stripe's libraries do (used by the sandbox's own tests). */
export function verifySignatureHeader(
  payload: string,
  header: string,
  secret: string,
  nowSeconds: number,
  toleranceSeconds = 300,
): boolean {
  const parts = header.split(",").map((p) => p.split("=", 2) as [string, string | undefined]);
  const t = Number(parts.find(([k]) => k === "t")?.[1]);
  if (!Number.isInteger(t) || Math.abs(nowSeconds - t) > toleranceSeconds) return false;
  const expected = Buffer.from(hmac(payload, secret, t), "utf8");
  return parts.some(([k, v]) => {
    if (k !== "v1" || v === undefined) return false;
    const given = Buffer.from(v, "utf8");
    return given.length === expected.length && timingSafeEqual(given, expected);
  });
}

function hmac(payload: string, secret: string, timestamp: number): string {
  return createHmac("sha256", secret).update(`${timestamp}.${payload}`, "utf8").digest("hex");
}
