import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { SandboxDeps } from "../context";
import { FaultRegistry } from "../control/faults";
import { createLogger } from "../logger";
import { seedState } from "../seed";
import { Store } from "../state/store";
import { WebhookDispatcher } from "../webhooks/dispatcher";
import { changePaypalSettings } from "./settings";
import { readPaypal } from "./state";
import { deliveryOf, emit, verifyTransmission } from "./webhooks";

/** Signing and postback verification of the sandbox's PayPal webhooks (no delivery: no endpoint). */
let dir: string;
let deps: SandboxDeps;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "paypal-webhooks-"));
  const log = createLogger(true);
  deps = {
    store: Store.open(dir, seedState, log),
    faults: new FaultRegistry(),
    publicUrl: "http://127.0.0.1:4010",
    log,
    now: () => Date.now(),
    webhooks: new WebhookDispatcher(log),
  };
  changePaypalSettings(deps, { webhookUrl: null, webhookId: "WH-TEST" });
});

afterEach(async () => {
  deps.webhooks.close();
  await deps.store.flush();
  rmSync(dir, { recursive: true, force: true });
});

function sent() {
  const event = emit(deps, {
    type: "PAYMENT.CAPTURE.COMPLETED",
    resourceType: "capture",
    summary: "Payment completed",
    resource: { id: "CAP1", status: "COMPLETED", amount: { currency_code: "USD", value: "10.00" } },
  });
  const transmission = readPaypal(deps).transmissions[event.transmissionId]!;
  return {
    event,
    input: {
      transmission_id: event.transmissionId,
      transmission_time: transmission.time,
      transmission_sig: transmission.sig,
      webhook_id: "WH-TEST",
      webhook_event: JSON.parse(event.body) as Record<string, unknown>,
    },
  };
}

describe("sandbox PayPal webhooks", () => {
  it("builds PayPal's envelope and records it even without an endpoint", () => {
    const { event } = sent();
    expect(deliveryOf(deps, event)).toMatchObject({ delivery: "no_endpoint", copies: 0 });
    expect(deps.webhooks.list()).toEqual([]);
    expect(JSON.parse(event.body)).toMatchObject({
      id: expect.stringMatching(/^WH-/),
      event_type: "PAYMENT.CAPTURE.COMPLETED",
      resource_type: "capture",
      resource: { id: "CAP1" },
    });
  });

  it("confirms a transmission it really sent for that webhook id and body", () => {
    expect(verifyTransmission(deps, sent().input)).toBe("SUCCESS");
  });

  it("refuses a tampered body, another webhook id, a forged signature or an unknown transmission", () => {
    const { input } = sent();
    const tampered = structuredClone(input);
    (tampered.webhook_event.resource as { amount: { value: string } }).amount.value = "1000.00";
    expect(verifyTransmission(deps, tampered)).toBe("FAILURE");
    expect(verifyTransmission(deps, { ...input, webhook_id: "WH-OTHER" })).toBe("FAILURE");
    expect(verifyTransmission(deps, { ...input, transmission_sig: "AAAA" })).toBe("FAILURE");
    expect(verifyTransmission(deps, { ...input, transmission_time: "2020-01-01T00:00:00Z" })).toBe(
      "FAILURE",
    );
    expect(verifyTransmission(deps, { ...input, transmission_id: "nope" })).toBe("FAILURE");
    expect(verifyTransmission(deps, { ...input, webhook_event: undefined })).toBe("FAILURE");
  });

  it("hands deliveries to the shared dispatcher, so /_control/webhooks rules apply to PayPal", () => {
    changePaypalSettings(deps, { webhookUrl: "http://127.0.0.1:9/api/webhooks/paypal" });
    deps.webhooks.addRule({ mode: "hold", provider: "paypal" });
    const { event } = sent();
    expect(deps.webhooks.list({ provider: "paypal" })).toEqual([
      expect.objectContaining({
        label: `${event.id} PAYMENT.CAPTURE.COMPLETED`,
        url: "http://127.0.0.1:9/api/webhooks/paypal",
        status: "held",
      }),
    ]);
    expect(deliveryOf(deps, event)).toMatchObject({ delivery: "held", attempts: 0, copies: 1 });
    // A rule for another provider leaves PayPal's deliveries alone.
    deps.webhooks.addRule({ mode: "drop", provider: "stripe" });
    deps.webhooks.addRule({ mode: "hold", provider: "paypal" });
    const second = sent().event;
    expect(deliveryOf(deps, second).delivery).toBe("held");
  });

  it("signs every transmission differently", () => {
    const a = sent().input;
    const b = sent().input;
    expect(a.transmission_id).not.toBe(b.transmission_id);
    expect(a.transmission_sig).not.toBe(b.transmission_sig);
  });
});
