import { randomBytes } from "node:crypto";
import type { ServerResponse } from "node:http";
import { sendJson, type JsonObject } from "../http/respond";

/**
 * PayPal REST error bodies: `{name, message, debug_id, details:[{issue, description}], links}`
 * (Orders v2 / Vault v3), and the OAuth flavour `{error, error_description}` for 401s.
 */
export type PaypalIssue = {
  issue: string;
  description?: string;
  field?: string;
  location?: string;
};

const MESSAGES: Record<string, string> = {
  UNPROCESSABLE_ENTITY:
    "The requested action could not be performed, semantically incorrect, or failed business validation.",
  RESOURCE_NOT_FOUND: "The specified resource does not exist.",
  INVALID_REQUEST: "Request is not well-formed, syntactically incorrect, or violates schema.",
  NOT_AUTHORIZED: "Authorization failed due to insufficient permissions.",
  INTERNAL_SERVER_ERROR: "An internal server error occurred.",
};

const ISSUE_TEXT: Record<string, string> = {
  INSTRUMENT_DECLINED:
    "The instrument presented was either declined by the processor or bank, or it can't be used for this payment.",
  TRANSACTION_REFUSED: "The request was refused.",
  ORDER_NOT_APPROVED:
    "Payer has not yet approved the Order for payment. Please redirect the payer to the 'rel':'approve' url returned as part of the HATEOAS links within the Create Order call or provide a valid payment_source in the request.",
  ORDER_ALREADY_CAPTURED:
    "Order already captured. If 'intent=CAPTURE' only one capture per order is allowed.",
  INVALID_RESOURCE_ID:
    "Specified resource ID does not exist. Please check the resource ID and try again.",
};

export function debugId(): string {
  return randomBytes(7).toString("hex").slice(0, 13);
}

export function errorBody(name: string, issues: PaypalIssue[] = []): JsonObject {
  return {
    name,
    message: MESSAGES[name] ?? name,
    debug_id: debugId(),
    details: issues.map((i) => ({
      ...i,
      description: i.description ?? ISSUE_TEXT[i.issue] ?? i.issue,
    })),
    links: [
      {
        href: `https://developer.paypal.com/docs/api/orders/v2/#error-${issues[0]?.issue ?? name}`,
        rel: "information_link",
        method: "GET",
      },
    ],
  };
}

export class PaypalHttpError extends Error {
  constructor(
    readonly status: number,
    readonly body: JsonObject,
  ) {
    super(String(body.name ?? body.error ?? status));
  }
}

export const unprocessable = (issue: string, field?: string) =>
  new PaypalHttpError(
    422,
    errorBody("UNPROCESSABLE_ENTITY", [{ issue, ...(field ? { field } : {}) }]),
  );
export const notFound = () =>
  new PaypalHttpError(404, errorBody("RESOURCE_NOT_FOUND", [{ issue: "INVALID_RESOURCE_ID" }]));
export const invalidRequest = (issue: string, field?: string, description?: string) =>
  new PaypalHttpError(
    400,
    errorBody("INVALID_REQUEST", [
      { issue, ...(field ? { field } : {}), ...(description ? { description } : {}) },
    ]),
  );

export function sendPaypalError(res: ServerResponse, error: PaypalHttpError): void {
  sendJson(res, error.status, error.body);
}

/**
 * `PayPal-Mock-Response: {"mock_application_codes":"INSTRUMENT_DECLINED"}` — PayPal's sandbox
 * negative testing, honoured here the same way so tests force errors like on the real sandbox.
 */
export function mockedError(header: string | string[] | undefined): PaypalHttpError | null {
  const raw = Array.isArray(header) ? header[0] : header;
  if (!raw) return null;
  let code: unknown;
  try {
    code = (JSON.parse(raw) as { mock_application_codes?: unknown }).mock_application_codes;
  } catch {
    return invalidRequest("INVALID_PARAMETER_SYNTAX", "PayPal-Mock-Response");
  }
  if (typeof code !== "string" || code === "") return null;
  if (code === "INTERNAL_SERVER_ERROR") {
    return new PaypalHttpError(
      500,
      errorBody("INTERNAL_SERVER_ERROR", [{ issue: "INTERNAL_SERVICE_ERROR" }]),
    );
  }
  if (code === "RESOURCE_NOT_FOUND" || code === "INVALID_RESOURCE_ID") return notFound();
  if (code === "PERMISSION_DENIED") {
    return new PaypalHttpError(403, errorBody("NOT_AUTHORIZED", [{ issue: "PERMISSION_DENIED" }]));
  }
  return unprocessable(code);
}
