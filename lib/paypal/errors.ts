import { UpstreamError } from "@/lib/http";

/**
 * PayPal's error bodies (`{name, details:[{issue}], debug_id}` and OAuth's `{error}`) classified once
 * into `code`, so callers branch on a class instead of vendor wording. Transport trouble (timeouts,
 * 5xx) arrives as lib/http's UpstreamTimeoutError / UpstreamUnavailableError (`retryable`).
 */
export type PayPalErrorCode =
  | "declined"
  | "not_approved"
  | "already_captured"
  | "not_found"
  | "auth"
  | "invalid_request"
  | "rejected";

type Init = {
  action: string;
  message: string;
  status?: number;
  issue?: string;
  debugId?: string;
  cause?: unknown;
};

export class PayPalError extends UpstreamError {
  declare readonly code: PayPalErrorCode;
  /** PayPal's `details[0].issue` (INSTRUMENT_DECLINED, ORDER_NOT_APPROVED, …), for logs. */
  readonly issue: string | undefined;
  readonly debugId: string | undefined;
  constructor(init: Init, code: PayPalErrorCode = "rejected") {
    super({ ...init, service: "paypal", kind: "business", code });
    this.issue = init.issue;
    this.debugId = init.debugId;
  }
}

/** The funding source was declined: let the buyer pick another one, or notify for saved accounts. */
export class PayPalDeclinedError extends PayPalError {
  constructor(init: Init) {
    super(init, "declined");
  }
}

/** Capture before the buyer approved. */
export class PayPalNotApprovedError extends PayPalError {
  constructor(init: Init) {
    super(init, "not_approved");
  }
}

/** The order was captured before (by us, under another request id). */
export class PayPalAlreadyCapturedError extends PayPalError {
  constructor(init: Init) {
    super(init, "already_captured");
  }
}

export class PayPalNotFoundError extends PayPalError {
  constructor(init: Init) {
    super(init, "not_found");
  }
}

/** Our client id/secret or token was refused: an operator problem. */
export class PayPalAuthError extends PayPalError {
  constructor(init: Init) {
    super(init, "auth");
  }
}

const DECLINED = new Set([
  "INSTRUMENT_DECLINED",
  "TRANSACTION_REFUSED",
  "PAYER_CANNOT_PAY",
  "PAYEE_BLOCKED_TRANSACTION",
  "CARD_EXPIRED",
  "COMPLIANCE_VIOLATION",
  "REDIRECT_PAYER_FOR_ALTERNATE_FUNDING",
  "MAX_NUMBER_OF_PAYMENT_ATTEMPTS_EXCEEDED",
]);

type Body = {
  name?: unknown;
  message?: unknown;
  debug_id?: unknown;
  details?: unknown;
  error?: unknown;
};

export function paypalErrorFor(action: string, status: number, rawBody: unknown): PayPalError {
  const body = (rawBody && typeof rawBody === "object" ? rawBody : {}) as Body;
  const details = Array.isArray(body.details) ? (body.details as { issue?: unknown }[]) : [];
  const issue = typeof details[0]?.issue === "string" ? details[0].issue : undefined;
  const name =
    typeof body.name === "string"
      ? body.name
      : typeof body.error === "string"
        ? body.error
        : undefined;
  const init: Init = {
    action,
    status,
    ...(issue ? { issue } : {}),
    ...(typeof body.debug_id === "string" ? { debugId: body.debug_id } : {}),
    message: `paypal ${action} answered HTTP ${status} ${name ?? "error"}${issue ? ` (${issue})` : ""}`,
  };
  if (status === 401 || status === 403) return new PayPalAuthError(init);
  if (status === 404 || name === "RESOURCE_NOT_FOUND") return new PayPalNotFoundError(init);
  if (issue && DECLINED.has(issue)) return new PayPalDeclinedError(init);
  if (issue === "ORDER_NOT_APPROVED" || issue === "PAYER_ACTION_REQUIRED") {
    return new PayPalNotApprovedError(init);
  }
  if (issue === "ORDER_ALREADY_CAPTURED") return new PayPalAlreadyCapturedError(init);
  if (status === 400) return new PayPalError(init, "invalid_request");
  return new PayPalError(init);
}
