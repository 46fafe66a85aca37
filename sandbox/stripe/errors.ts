/**
 * Errors as Stripe shapes them: `{"error":{"type","code","decline_code","message","param",
 * "payment_intent",…}}` with 400 (invalid request), 401 (key), 402 (card), 404 (unknown object).
 * Handlers throw `StripeApiError`; the API wrapper turns it into the response.
 */
export class StripeApiError extends Error {
  constructor(
    readonly status: number,
    readonly body: Record<string, unknown>,
  ) {
    super(String(body.message ?? "Stripe error"));
  }
}

const DOCS = "https://stripe.com/docs/error-codes";

export function invalidRequest(message: string, param?: string, code?: string): StripeApiError {
  return new StripeApiError(400, {
    type: "invalid_request_error",
    message,
    ...(param ? { param } : {}),
    ...(code ? { code, doc_url: `${DOCS}/${code.replace(/_/g, "-")}` } : {}),
  });
}

/** A path object that does not exist: 404. */
export function resourceMissing(kind: string, id: string): StripeApiError {
  return new StripeApiError(404, {
    type: "invalid_request_error",
    code: "resource_missing",
    doc_url: `${DOCS}/resource-missing`,
    message: `No such ${kind}: '${id}'`,
    param: "id",
  });
}

/** An object named in a parameter that does not exist: 400 with the parameter. */
export function missingParamObject(kind: string, id: string, param: string): StripeApiError {
  return new StripeApiError(400, {
    type: "invalid_request_error",
    code: "resource_missing",
    doc_url: `${DOCS}/resource-missing`,
    message: `No such ${kind}: '${id}'`,
    param,
  });
}

export function cardError(init: {
  code: string;
  declineCode?: string;
  message: string;
  paymentIntent?: unknown;
  paymentMethod?: unknown;
  charge?: string;
}): StripeApiError {
  return new StripeApiError(402, {
    type: "card_error",
    code: init.code,
    ...(init.declineCode ? { decline_code: init.declineCode } : {}),
    doc_url: `${DOCS}/${init.code.replace(/_/g, "-")}`,
    message: init.message,
    ...(init.charge ? { charge: init.charge } : {}),
    ...(init.paymentIntent ? { payment_intent: init.paymentIntent } : {}),
    ...(init.paymentMethod ? { payment_method: init.paymentMethod } : {}),
  });
}

export function idempotencyError(key: string): StripeApiError {
  return new StripeApiError(400, {
    type: "idempotency_error",
    message: `Keys for idempotent requests can only be used with the same parameters they were first used with. Try using a key other than '${key}' if you meant to execute a different request.`,
  });
}

export function authError(message: string): StripeApiError {
  return new StripeApiError(401, { type: "invalid_request_error", message });
}
