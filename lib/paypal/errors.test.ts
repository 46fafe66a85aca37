import { describe, expect, it } from "vitest";
import {
  PayPalAlreadyCapturedError,
  PayPalAuthError,
  PayPalDeclinedError,
  PayPalError,
  PayPalNotApprovedError,
  PayPalNotFoundError,
  paypalErrorFor,
} from "./errors";

const body = (name: string, issue?: string) => ({
  name,
  message: "vendor text",
  debug_id: "f1d2c3b4a5968",
  details: issue ? [{ issue, description: "vendor description" }] : [],
});

describe("paypalErrorFor", () => {
  it.each([
    [422, body("UNPROCESSABLE_ENTITY", "INSTRUMENT_DECLINED"), PayPalDeclinedError, "declined"],
    [422, body("UNPROCESSABLE_ENTITY", "TRANSACTION_REFUSED"), PayPalDeclinedError, "declined"],
    [
      422,
      body("UNPROCESSABLE_ENTITY", "ORDER_NOT_APPROVED"),
      PayPalNotApprovedError,
      "not_approved",
    ],
    [
      422,
      body("UNPROCESSABLE_ENTITY", "ORDER_ALREADY_CAPTURED"),
      PayPalAlreadyCapturedError,
      "already_captured",
    ],
    [404, body("RESOURCE_NOT_FOUND", "INVALID_RESOURCE_ID"), PayPalNotFoundError, "not_found"],
    [401, { error: "invalid_token", error_description: "x" }, PayPalAuthError, "auth"],
    [403, body("NOT_AUTHORIZED", "PERMISSION_DENIED"), PayPalAuthError, "auth"],
    [400, body("INVALID_REQUEST", "MISSING_REQUIRED_PARAMETER"), PayPalError, "invalid_request"],
    [422, body("UNPROCESSABLE_ENTITY", "SOMETHING_NEW"), PayPalError, "rejected"],
    [418, "not json at all", PayPalError, "rejected"],
  ])("HTTP %i %j → %s", (status, wire, type, code) => {
    const error = paypalErrorFor("orders/capture", status, wire);
    expect(error).toBeInstanceOf(type);
    expect(error.code).toBe(code);
    expect(error.service).toBe("paypal");
    expect(error.retryable).toBe(false);
  });

  it("keeps the issue and debug id for logs but not PayPal's prose", () => {
    const error = paypalErrorFor(
      "orders/capture",
      422,
      body("UNPROCESSABLE_ENTITY", "INSTRUMENT_DECLINED"),
    );
    expect(error.issue).toBe("INSTRUMENT_DECLINED");
    expect(error.debugId).toBe("f1d2c3b4a5968");
    expect(error.message).not.toContain("vendor");
  });
});
