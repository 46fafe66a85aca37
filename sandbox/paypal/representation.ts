import type { SandboxDeps } from "../context";
import type { JsonObject } from "../http/respond";
import { paypalBuyers } from "../seed-data/paypal-buyers";
import { formatValue } from "./money";
import type { PaypalCapture, PaypalOrder, PaypalVaultToken } from "./types";

/** Orders v2 / Vault v3 JSON as PayPal writes it, built from the sandbox's records. */
const MERCHANT = { email_address: "merchant@portal.test", merchant_id: "SANDBOXMRCHNT" };

export function amountJson(minor: number, currency: string): JsonObject {
  return { currency_code: currency, value: formatValue(minor, currency) };
}

export function captureJson(
  deps: SandboxDeps,
  order: PaypalOrder,
  capture: PaypalCapture,
): JsonObject {
  return {
    id: capture.id,
    status: capture.status,
    amount: amountJson(capture.amountMinor, order.currency),
    final_capture: true,
    seller_protection: {
      status: "ELIGIBLE",
      dispute_categories: ["ITEM_NOT_RECEIVED", "UNAUTHORIZED_TRANSACTION"],
    },
    ...(order.customId ? { custom_id: order.customId } : {}),
    ...(order.invoiceId ? { invoice_id: order.invoiceId } : {}),
    create_time: capture.createdAt,
    update_time: capture.createdAt,
    links: [
      {
        href: `${deps.publicUrl}/paypal/v2/payments/captures/${capture.id}`,
        rel: "self",
        method: "GET",
      },
      { href: `${deps.publicUrl}/paypal/v2/checkout/orders/${order.id}`, rel: "up", method: "GET" },
    ],
  };
}

/** The capture as a webhook resource: like the API's, plus the order it belongs to. */
export function captureResource(
  deps: SandboxDeps,
  order: PaypalOrder,
  capture: PaypalCapture,
): JsonObject {
  return {
    ...captureJson(deps, order, capture),
    supplementary_data: { related_ids: { order_id: order.id } },
  };
}

function payerName(order: PaypalOrder): { given_name: string; surname: string } | null {
  const source = order.source;
  if (!source) return null;
  if (source.kind === "paypal") {
    const buyer = paypalBuyers[source.buyer as keyof typeof paypalBuyers];
    return { given_name: buyer?.givenName ?? "", surname: buyer?.surname ?? "" };
  }
  const [given = "", ...rest] = source.name.split(" ");
  return { given_name: given, surname: rest.join(" ") };
}

export function orderJson(
  deps: SandboxDeps,
  order: PaypalOrder,
  vaultToken?: PaypalVaultToken,
): JsonObject {
  const base = `${deps.publicUrl}/paypal`;
  const name = payerName(order);
  const source = order.source;
  let paymentSource: JsonObject | undefined;
  if (source?.kind === "paypal") {
    paymentSource = {
      paypal: {
        email_address: source.email,
        account_id: source.payerId,
        account_status: "VERIFIED",
        ...(name ? { name } : {}),
        address: { country_code: "US" },
        ...(vaultToken
          ? {
              attributes: {
                vault: {
                  id: vaultToken.id,
                  status: "VAULTED",
                  customer: { id: vaultToken.customerId },
                  links: [
                    {
                      href: `${base}/v3/vault/payment-tokens/${vaultToken.id}`,
                      rel: "self",
                      method: "GET",
                    },
                  ],
                },
              },
            }
          : {}),
      },
    };
  } else if (source?.kind === "card") {
    paymentSource = {
      card: {
        name: source.name,
        last_digits: source.lastDigits,
        brand: source.brand,
        type: "CREDIT",
      },
    };
  }
  const links: JsonObject[] = [
    { href: `${base}/v2/checkout/orders/${order.id}`, rel: "self", method: "GET" },
  ];
  if (order.status === "CREATED" || order.status === "PAYER_ACTION_REQUIRED") {
    links.push({
      href: `${base}/checkoutnow?token=${order.id}`,
      rel: order.status === "CREATED" ? "approve" : "payer-action",
      method: "GET",
    });
  }
  if (order.status === "APPROVED") {
    links.push({
      href: `${base}/v2/checkout/orders/${order.id}/capture`,
      rel: "capture",
      method: "POST",
    });
  }
  const captures = order.captures.map((c) => captureJson(deps, order, c));
  return {
    id: order.id,
    intent: order.intent,
    status: order.status,
    ...(paymentSource ? { payment_source: paymentSource } : {}),
    purchase_units: [
      {
        reference_id: order.referenceId,
        amount: amountJson(order.amountMinor, order.currency),
        payee: MERCHANT,
        ...(order.customId ? { custom_id: order.customId } : {}),
        ...(order.invoiceId ? { invoice_id: order.invoiceId } : {}),
        ...(order.description ? { description: order.description } : {}),
        ...(captures.length ? { payments: { captures } } : {}),
      },
    ],
    ...(source && name
      ? {
          payer: {
            name,
            email_address: source.email,
            ...(source.kind === "paypal" ? { payer_id: source.payerId } : {}),
            address: { country_code: "US" },
          },
        }
      : {}),
    create_time: order.createdAt,
    update_time: order.updatedAt,
    links,
  };
}

export function tokenJson(deps: SandboxDeps, token: PaypalVaultToken): JsonObject {
  const buyer = paypalBuyers[token.buyer as keyof typeof paypalBuyers];
  const href = `${deps.publicUrl}/paypal/v3/vault/payment-tokens/${token.id}`;
  return {
    id: token.id,
    customer: { id: token.customerId },
    payment_source: {
      paypal: {
        email_address: token.email,
        payer_id: token.payerId,
        ...(buyer ? { name: { given_name: buyer.givenName, surname: buyer.surname } } : {}),
        usage_type: token.usageType,
        ...(token.customerType ? { customer_type: token.customerType } : {}),
        permit_multiple_payment_tokens: false,
      },
    },
    links: [
      { href, rel: "self", method: "GET", encType: "application/json" },
      { href, rel: "delete", method: "DELETE", encType: "application/json" },
    ],
  };
}

/** `Prefer: return=minimal` (PayPal's default) answers only id, status and links. */
export function preferMinimal(prefer: string | string[] | undefined): boolean {
  const text = Array.isArray(prefer) ? prefer.join(",") : (prefer ?? "");
  return !text.includes("return=representation");
}

export function minimalJson(full: JsonObject): JsonObject {
  return { id: full.id ?? null, status: full.status ?? null, links: full.links ?? [] };
}
