import { z } from "zod";
import type { SandboxDeps } from "../context";
import { readJson } from "../http/body";
import { sendJson, type JsonObject } from "../http/respond";
import type { RequestContext } from "../http/router";
import { paypalBuyers } from "../seed-data/paypal-buyers";
import { authorize } from "./auth";
import {
  invalidRequest,
  mockedError,
  notFound,
  PaypalHttpError,
  sendPaypalError,
  unprocessable,
} from "./errors";
import { withRequestId } from "./idempotency";
import { parseValue } from "./money";
import {
  captureResource,
  minimalJson,
  orderJson,
  preferMinimal,
  tokenJson,
} from "./representation";
import { isoNow, paypalId, readPaypal, updatePaypal, vaultTokenId } from "./state";
import type { PaypalCapture, PaypalOrder, PaypalSource, PaypalVaultToken } from "./types";
import { emit } from "./webhooks";

/** Orders v2: create (incl. vault request and vault_id charges), get, capture. */
export const createBody = z.object({
  intent: z.enum(["CAPTURE", "AUTHORIZE"]),
  purchase_units: z
    .array(
      z.object({
        reference_id: z.string().max(256).optional(),
        amount: z.object({ currency_code: z.string().regex(/^[A-Z]{3}$/), value: z.string() }),
        custom_id: z.string().max(127).optional(),
        invoice_id: z.string().max(127).optional(),
        description: z.string().max(127).optional(),
      }),
    )
    .min(1)
    .max(1),
  payment_source: z
    .object({
      paypal: z
        .object({
          vault_id: z.string().min(1).optional(),
          attributes: z
            .object({
              customer: z.object({ id: z.string().min(1).optional() }).optional(),
              vault: z
                .object({
                  store_in_vault: z.literal("ON_SUCCESS"),
                  usage_type: z.enum(["MERCHANT", "PLATFORM"]),
                  customer_type: z.enum(["CONSUMER", "BUSINESS"]).optional(),
                  usage_pattern: z.string().optional(),
                })
                .optional(),
            })
            .optional(),
          experience_context: z.record(z.string(), z.unknown()).optional(),
        })
        .optional(),
    })
    .optional(),
});

export async function createOrder(ctx: RequestContext, deps: SandboxDeps): Promise<void> {
  const clientId = authorize(ctx, deps);
  if (!clientId) return;
  await withRequestId(ctx, deps, clientId, async () => {
    try {
      const mocked = mockedError(ctx.req.headers["paypal-mock-response"]);
      if (mocked) throw mocked;
      const input = await parseCreate(ctx);
      const order = input.payment_source?.paypal?.vault_id
        ? chargeVaultedAccount(deps, clientId, input, input.payment_source.paypal.vault_id)
        : newOrder(deps, clientId, input);
      const full = orderJson(deps, order);
      return {
        status: 201,
        body: preferMinimal(ctx.req.headers.prefer) ? minimalJson(full) : full,
      };
    } catch (error) {
      if (error instanceof PaypalHttpError) return { status: error.status, body: error.body };
      throw error;
    }
  });
}

async function parseCreate(ctx: RequestContext): Promise<z.infer<typeof createBody>> {
  let raw: unknown;
  try {
    raw = await readJson(ctx.req);
  } catch {
    throw invalidRequest("MALFORMED_REQUEST_JSON");
  }
  const parsed = createBody.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = `/${(issue?.path ?? []).map(String).join("/")}`;
    throw invalidRequest(
      issue?.code === "invalid_type" && issue.input === undefined
        ? "MISSING_REQUIRED_PARAMETER"
        : "INVALID_PARAMETER_VALUE",
      field,
    );
  }
  const unit = parsed.data.purchase_units[0]!;
  if (parseValue(unit.amount.value, unit.amount.currency_code) === null) {
    throw unprocessable(
      "DECIMAL_PRECISION",
      "/purchase_units/@reference_id=='default'/amount/value",
    );
  }
  return parsed.data;
}

function baseOrder(
  deps: SandboxDeps,
  clientId: string,
  input: z.infer<typeof createBody>,
): PaypalOrder {
  const unit = input.purchase_units[0]!;
  const now = isoNow(deps);
  const attributes = input.payment_source?.paypal?.attributes;
  return {
    id: paypalId(),
    clientId,
    intent: input.intent,
    status: input.payment_source?.paypal ? "PAYER_ACTION_REQUIRED" : "CREATED",
    currency: unit.amount.currency_code,
    amountMinor: parseValue(unit.amount.value, unit.amount.currency_code) ?? 0,
    referenceId: unit.reference_id ?? "default",
    ...(unit.custom_id ? { customId: unit.custom_id } : {}),
    ...(unit.invoice_id ? { invoiceId: unit.invoice_id } : {}),
    ...(unit.description ? { description: unit.description } : {}),
    ...(attributes?.vault
      ? {
          vaultRequest: {
            usageType: attributes.vault.usage_type,
            ...(attributes.vault.customer_type
              ? { customerType: attributes.vault.customer_type }
              : {}),
            ...(attributes.vault.usage_pattern
              ? { usagePattern: attributes.vault.usage_pattern }
              : {}),
          },
        }
      : {}),
    ...(attributes?.customer?.id ? { customerId: attributes.customer.id } : {}),
    captures: [],
    createdAt: now,
    updatedAt: now,
  };
}

export function newOrder(
  deps: SandboxDeps,
  clientId: string,
  input: z.infer<typeof createBody>,
): PaypalOrder {
  const order = baseOrder(deps, clientId, input);
  updatePaypal(deps, (paypal) => {
    paypal.orders[order.id] = order;
  });
  return order;
}

/** A saved PayPal account pays without the buyer: the order completes (or is declined) at once. */
function chargeVaultedAccount(
  deps: SandboxDeps,
  clientId: string,
  input: z.infer<typeof createBody>,
  vaultId: string,
): PaypalOrder {
  const token = readPaypal(deps).vaultTokens[vaultId];
  if (!token || token.clientId !== clientId) throw notFound();
  const order = baseOrder(deps, clientId, input);
  order.status = "APPROVED";
  order.source = { kind: "paypal", buyer: token.buyer, payerId: token.payerId, email: token.email };
  order.vaultIdUsed = vaultId;
  delete order.vaultRequest;
  updatePaypal(deps, (paypal) => {
    paypal.orders[order.id] = order;
  });
  settleCapture(deps, order);
  return readPaypal(deps).orders[order.id] ?? order;
}

export function getOrder(ctx: RequestContext, deps: SandboxDeps): void {
  const clientId = authorize(ctx, deps);
  if (!clientId) return;
  const order = readPaypal(deps).orders[ctx.params.id ?? ""];
  if (!order || order.clientId !== clientId) return sendPaypalError(ctx.res, notFound());
  sendJson(ctx.res, 200, orderJson(deps, order, vaultTokenOf(deps, order)));
}

export async function captureOrder(ctx: RequestContext, deps: SandboxDeps): Promise<void> {
  const clientId = authorize(ctx, deps);
  if (!clientId) return;
  await withRequestId(ctx, deps, clientId, () => {
    try {
      const order = readPaypal(deps).orders[ctx.params.id ?? ""];
      if (!order || order.clientId !== clientId) throw notFound();
      const mocked = mockedError(ctx.req.headers["paypal-mock-response"]);
      if (mocked) throw mocked;
      if (order.status === "COMPLETED") throw unprocessable("ORDER_ALREADY_CAPTURED");
      if (order.status !== "APPROVED") throw unprocessable("ORDER_NOT_APPROVED");
      const done = settleCapture(deps, order);
      const full = orderJson(deps, done, vaultTokenOf(deps, done));
      return {
        status: 201,
        body: preferMinimal(ctx.req.headers.prefer) ? minimalJson(full) : full,
      };
    } catch (error) {
      if (error instanceof PaypalHttpError) return { status: error.status, body: error.body };
      throw error;
    }
  });
}

function vaultTokenOf(deps: SandboxDeps, order: PaypalOrder): PaypalVaultToken | undefined {
  return order.vaultedTokenId ? readPaypal(deps).vaultTokens[order.vaultedTokenId] : undefined;
}

function declines(source: PaypalSource | undefined): boolean {
  if (!source) return true;
  if (source.kind === "card") return source.declinesOnCapture;
  return paypalBuyers[source.buyer as keyof typeof paypalBuyers]?.fundingDeclined ?? false;
}

/**
 * Captures an APPROVED order: a declined funding source throws INSTRUMENT_DECLINED (the order stays
 * APPROVED, so the buyer may pick another source) and sends PAYMENT.CAPTURE.DENIED; success completes
 * the order, vaults a PayPal account when that was asked for (never a guest card) and sends the webhooks.
 */
function settleCapture(deps: SandboxDeps, order: PaypalOrder): PaypalOrder {
  const capture: PaypalCapture = {
    id: paypalId(),
    status: "COMPLETED",
    amountMinor: order.amountMinor,
    createdAt: isoNow(deps),
  };
  if (declines(order.source)) {
    const denied = { ...capture, status: "DECLINED" as const };
    emit(deps, {
      type: "PAYMENT.CAPTURE.DENIED",
      resourceType: "capture",
      summary: `Payment denied for ${order.currency} ${order.amountMinor}`,
      resource: captureResource(deps, order, denied),
    });
    throw unprocessable("INSTRUMENT_DECLINED");
  }
  let token: PaypalVaultToken | undefined;
  let created = false;
  const done = updatePaypal(deps, (paypal) => {
    const stored = paypal.orders[order.id]!;
    stored.status = "COMPLETED";
    stored.captures.push(capture);
    stored.updatedAt = capture.createdAt;
    const source = stored.source;
    if (stored.vaultRequest && source?.kind === "paypal") {
      const customerKey = `${stored.clientId}|${source.buyer}`;
      const customerId =
        stored.customerId ??
        paypal.customers[customerKey] ??
        `sbxcust_${paypalId(10).toLowerCase()}`;
      paypal.customers[customerKey] ??= customerId;
      token = Object.values(paypal.vaultTokens).find(
        (t) =>
          t.clientId === stored.clientId && t.customerId === customerId && t.buyer === source.buyer,
      );
      if (!token) {
        created = true;
        token = {
          id: vaultTokenId(),
          clientId: stored.clientId,
          customerId,
          buyer: source.buyer,
          payerId: source.payerId,
          email: source.email,
          usageType: stored.vaultRequest.usageType,
          ...(stored.vaultRequest.customerType
            ? { customerType: stored.vaultRequest.customerType }
            : {}),
          createdAt: capture.createdAt,
        };
        paypal.vaultTokens[token.id] = token;
      }
      stored.vaultedTokenId = token.id;
    }
    return stored;
  });
  emit(deps, {
    type: "PAYMENT.CAPTURE.COMPLETED",
    resourceType: "capture",
    summary: `Payment completed for ${order.currency} ${order.amountMinor}`,
    resource: captureResource(deps, done, capture),
  });
  if (token && created) {
    emit(deps, {
      type: "VAULT.PAYMENT-TOKEN.CREATED",
      resourceType: "payment_token",
      summary: "A payment token has been created.",
      resource: tokenJson(deps, token),
    });
  }
  return done;
}

/** Used by the approval pages: the buyer (or guest card) approved, so the order may be captured. */
export function approveOrder(
  deps: SandboxDeps,
  orderId: string,
  source: PaypalSource,
): PaypalOrder | null {
  const order = updatePaypal(deps, (paypal) => {
    const stored = paypal.orders[orderId];
    if (!stored || (stored.status !== "CREATED" && stored.status !== "PAYER_ACTION_REQUIRED"))
      return null;
    stored.status = "APPROVED";
    stored.source = source;
    stored.updatedAt = isoNow(deps);
    delete stored.approvalKey;
    // A guest card is never saved, whatever the merchant asked for.
    if (source.kind === "card") delete stored.vaultRequest;
    return stored;
  });
  if (order) {
    emit(deps, {
      type: "CHECKOUT.ORDER.APPROVED",
      resourceType: "checkout-order",
      summary: `An order has been approved by buyer`,
      resource: orderJson(deps, order) as JsonObject,
    });
  }
  return order;
}
