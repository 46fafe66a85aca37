import type { SandboxDeps } from "../context";
import type {
  StripeCheckoutSessionRecord,
  StripeCustomerRecord,
  StripeEventRecord,
  StripePaymentIntentRecord,
  StripePaymentMethodRecord,
  StripeRefundRecord,
} from "./state";

/**
 * Records → the JSON Stripe sends (API version below), including the fields the portal does not
 * read, so the official SDK's types and anyone reading a response see a familiar object.
 * `expand` follows Stripe: `["payment_intent", "payment_intent.payment_method"]`.
 */
export const STRIPE_API_VERSION = "2026-10-28.endive";

type Obj = Record<string, unknown>;

function sub(expand: string[], field: string): string[] {
  return expand.filter((e) => e.startsWith(`${field}.`)).map((e) => e.slice(field.length + 1));
}

function wants(expand: string[], field: string): boolean {
  return expand.some((e) => e === field || e.startsWith(`${field}.`));
}

export function customerJson(c: StripeCustomerRecord): Obj {
  return {
    id: c.id,
    object: "customer",
    address: null,
    balance: 0,
    created: c.created,
    currency: null,
    default_source: null,
    delinquent: false,
    description: c.description,
    email: c.email,
    invoice_prefix: c.id.slice(4, 12).toUpperCase(),
    invoice_settings: {
      custom_fields: null,
      default_payment_method: c.defaultPaymentMethod,
      footer: null,
      rendering_options: null,
    },
    livemode: false,
    metadata: { ...c.metadata },
    name: c.name,
    phone: null,
    preferred_locales: [],
    shipping: null,
    tax_exempt: "none",
    test_clock: null,
  };
}

export function paymentMethodJson(
  pm: StripePaymentMethodRecord,
  deps: SandboxDeps,
  expand: string[] = [],
): Obj {
  const customer =
    pm.customer && wants(expand, "customer") && deps.store.state.stripe.customers[pm.customer]
      ? customerJson(deps.store.state.stripe.customers[pm.customer]!)
      : pm.customer;
  return {
    id: pm.id,
    object: "payment_method",
    allow_redisplay: "unspecified",
    billing_details: {
      address: {
        city: null,
        country: null,
        line1: null,
        line2: null,
        postal_code: null,
        state: null,
      },
      email: pm.email,
      name: pm.name,
      phone: null,
      tax_id: null,
    },
    card: {
      brand: pm.brand,
      checks: { address_line1_check: null, address_postal_code_check: null, cvc_check: "pass" },
      country: "US",
      display_brand: pm.brand,
      exp_month: pm.expMonth,
      exp_year: pm.expYear,
      fingerprint: fingerprint(pm.cardNumber),
      funding: "credit",
      generated_from: null,
      last4: pm.last4,
      networks: { available: [pm.brand], preferred: null },
      regulated_status: "unregulated",
      three_d_secure_usage: { supported: true },
      wallet: null,
    },
    created: pm.created,
    customer,
    livemode: false,
    metadata: { ...pm.metadata },
    type: "card",
  };
}

/** Same card → same fingerprint, like Stripe (lets the portal spot a card saved twice). */
function fingerprint(number: string): string {
  let hash = 0;
  for (const ch of number) hash = (hash * 31 + ch.charCodeAt(0)) >>> 0;
  return `fp${hash.toString(36).padStart(14, "0")}`.slice(0, 16);
}

export function paymentIntentJson(
  pi: StripePaymentIntentRecord,
  deps: SandboxDeps,
  expand: string[] = [],
): Obj {
  const state = deps.store.state.stripe;
  const pm = pi.paymentMethod ? state.paymentMethods[pi.paymentMethod] : undefined;
  const customer = pi.customer ? state.customers[pi.customer] : undefined;
  const errorPm = pi.lastError?.paymentMethod
    ? state.paymentMethods[pi.lastError.paymentMethod]
    : undefined;
  return {
    id: pi.id,
    object: "payment_intent",
    amount: pi.amount,
    amount_capturable: 0,
    amount_details: { tip: {} },
    amount_received: pi.amountReceived,
    application: null,
    application_fee_amount: null,
    automatic_payment_methods: null,
    canceled_at: pi.canceledAt,
    cancellation_reason: pi.cancellationReason,
    capture_method: "automatic",
    client_secret: pi.clientSecret,
    confirmation_method: "automatic",
    created: pi.created,
    currency: pi.currency,
    customer: customer && wants(expand, "customer") ? customerJson(customer) : pi.customer,
    description: pi.description,
    last_payment_error: pi.lastError
      ? {
          type: pi.lastError.type,
          code: pi.lastError.code,
          ...(pi.lastError.declineCode ? { decline_code: pi.lastError.declineCode } : {}),
          doc_url: `https://stripe.com/docs/error-codes/${pi.lastError.code.replace(/_/g, "-")}`,
          message: pi.lastError.message,
          payment_method: errorPm ? paymentMethodJson(errorPm, deps) : null,
        }
      : null,
    latest_charge: pi.latestCharge,
    livemode: false,
    metadata: { ...pi.metadata },
    next_action:
      pi.status === "requires_action" && pi.challenge
        ? {
            type: "redirect_to_url",
            redirect_to_url: {
              url: `${deps.publicUrl}/c/3ds/${pi.challenge}`,
              return_url: pi.returnUrl,
            },
          }
        : null,
    on_behalf_of: null,
    payment_method:
      pm && wants(expand, "payment_method")
        ? paymentMethodJson(pm, deps, sub(expand, "payment_method"))
        : pi.paymentMethod,
    payment_method_configuration_details: null,
    payment_method_options: {
      card: {
        installments: null,
        mandate_options: null,
        network: null,
        request_three_d_secure: "automatic",
      },
    },
    payment_method_types: ["card"],
    processing: null,
    receipt_email: pi.receiptEmail,
    review: null,
    setup_future_usage: pi.setupFutureUsage,
    shipping: null,
    source: null,
    statement_descriptor: null,
    statement_descriptor_suffix: null,
    status: pi.status,
    transfer_data: null,
    transfer_group: null,
  };
}

export function checkoutUrl(deps: SandboxDeps, sessionId: string): string {
  return `${deps.publicUrl}/c/pay/${sessionId}`;
}

export function checkoutSessionJson(
  s: StripeCheckoutSessionRecord,
  deps: SandboxDeps,
  expand: string[] = [],
): Obj {
  const state = deps.store.state.stripe;
  const pi = s.paymentIntent ? state.paymentIntents[s.paymentIntent] : undefined;
  const customer = s.customer ? state.customers[s.customer] : undefined;
  return {
    id: s.id,
    object: "checkout.session",
    adaptive_pricing: null,
    after_expiration: null,
    allow_promotion_codes: null,
    amount_subtotal: s.amountTotal,
    amount_total: s.amountTotal,
    automatic_tax: { enabled: false, liability: null, provider: null, status: null },
    billing_address_collection: null,
    cancel_url: s.cancelUrl,
    client_reference_id: s.clientReferenceId,
    client_secret: null,
    consent: null,
    consent_collection: null,
    created: s.created,
    currency: s.currency,
    custom_fields: [],
    custom_text: {
      after_submit: null,
      shipping_address: null,
      submit: null,
      terms_of_service_acceptance: null,
    },
    customer: customer && wants(expand, "customer") ? customerJson(customer) : s.customer,
    customer_creation: s.customer ? null : "if_required",
    customer_details: s.customerDetails
      ? {
          address: null,
          email: s.customerDetails.email ?? s.customerEmail,
          name: s.customerDetails.name,
          phone: null,
          tax_exempt: "none",
          tax_ids: [],
        }
      : null,
    customer_email: s.customerEmail,
    expires_at: s.expiresAt,
    invoice: null,
    invoice_creation: null,
    ...(wants(expand, "line_items")
      ? {
          line_items: {
            object: "list",
            data: s.lineItems.map((item, index) => ({
              id: `li_${s.id.slice(8, 22)}${index}`,
              object: "item",
              amount_discount: 0,
              amount_subtotal: item.unitAmount * item.quantity,
              amount_tax: 0,
              amount_total: item.unitAmount * item.quantity,
              currency: s.currency,
              description: item.name,
              quantity: item.quantity,
            })),
            has_more: false,
            url: `/v1/checkout/sessions/${s.id}/line_items`,
          },
        }
      : {}),
    livemode: false,
    locale: null,
    metadata: { ...s.metadata },
    mode: s.mode,
    payment_intent:
      pi && wants(expand, "payment_intent")
        ? paymentIntentJson(pi, deps, sub(expand, "payment_intent"))
        : s.paymentIntent,
    payment_link: null,
    payment_method_collection: "if_required",
    payment_method_options: {},
    payment_method_types: ["card"],
    payment_status: s.paymentStatus,
    phone_number_collection: { enabled: false },
    recovered_from: null,
    saved_payment_method_options: null,
    setup_intent: null,
    shipping_address_collection: null,
    shipping_cost: null,
    shipping_options: [],
    status: s.status,
    submit_type: null,
    subscription: null,
    success_url: s.successUrl,
    total_details: { amount_discount: 0, amount_shipping: 0, amount_tax: 0 },
    ui_mode: "hosted_page",
    url: s.status === "open" ? checkoutUrl(deps, s.id) : null,
  };
}

export function refundJson(r: StripeRefundRecord): Obj {
  return {
    id: r.id,
    object: "refund",
    amount: r.amount,
    balance_transaction: null,
    charge: r.charge,
    created: r.created,
    currency: r.currency,
    destination_details: {
      card: {
        reference_status: "pending",
        reference_type: "acquirer_reference_number",
        type: "refund",
      },
      type: "card",
    },
    metadata: { ...r.metadata },
    payment_intent: r.paymentIntent,
    reason: r.reason,
    receipt_number: null,
    source_transfer_reversal: null,
    status: "succeeded",
    transfer_reversal: null,
  };
}

export function eventJson(e: StripeEventRecord): Obj {
  return {
    id: e.id,
    object: "event",
    api_version: STRIPE_API_VERSION,
    created: e.created,
    data: {
      object: e.object,
      ...(e.previousAttributes ? { previous_attributes: e.previousAttributes } : {}),
    },
    livemode: false,
    pending_webhooks: 1,
    request: { id: null, idempotency_key: null },
    type: e.type,
  };
}

export function listJson(url: string, data: Obj[]): Obj {
  return { object: "list", data, has_more: false, url };
}
