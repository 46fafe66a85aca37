import { mkdtempSync, rmSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createStripeGateway, type StripeGateway, type StripeWebhookEvent } from "@/lib/stripe";
import { startSandbox } from "@/sandbox/server";

/** Shared helpers of the Stripe integration tests: sandbox, official-SDK gateway, webhook receiver. */
export const SECRET_KEY = "sk_test_sandbox";
export const WEBHOOK_SECRET = "whsec_integration_test_secret";
export const THREE_DS_PASSWORD = "Auth-3DS-2026";

export type Sandbox = Awaited<ReturnType<typeof startSandbox>>;

export async function startStripeSandbox(dataDir = mkdtempSync(join(tmpdir(), "stripe-sbx-"))) {
  const sandbox = await startSandbox({ port: 0, smtpPort: 0, dataDir, quiet: true });
  return { sandbox, dataDir, remove: () => rmSync(dataDir, { recursive: true, force: true }) };
}

export function gatewayFor(sandbox: Sandbox, maxNetworkRetries = 0): StripeGateway {
  return createStripeGateway({
    secretKey: SECRET_KEY,
    webhookSecret: WEBHOOK_SECRET,
    apiUrl: sandbox.url,
    timeoutMs: 5_000,
    maxNetworkRetries,
  });
}

export async function control(sandbox: Sandbox, path: string, body?: unknown, method = "POST") {
  const response = await fetch(`${sandbox.url}/_control/${path}`, {
    method,
    headers: { "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

export type Received = { event: StripeWebhookEvent; raw: string; at: number };

/**
 * A stand-in for the portal's webhook route: verifies every delivery with the official SDK (through
 * the gateway) and records it; `failNext(n)` answers 500 to the next n deliveries.
 */
export async function startReceiver(gateway: StripeGateway) {
  const received: Received[] = [];
  const rejected: string[] = [];
  let failures = 0;
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const raw = Buffer.concat(chunks).toString("utf8");
      if (failures > 0) {
        failures -= 1;
        res.writeHead(500).end("try later");
        return;
      }
      try {
        const signature = req.headers["stripe-signature"];
        const event = gateway.verifyWebhook(raw, typeof signature === "string" ? signature : null);
        received.push({ event, raw, at: Date.now() });
        res.writeHead(200, { "content-type": "application/json" }).end('{"received":true}');
      } catch (error) {
        rejected.push(String(error));
        res.writeHead(400).end("bad signature");
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/webhooks/stripe`;
  return {
    url,
    received,
    rejected,
    failNext(n: number) {
      failures = n;
    },
    types: () => received.map((r) => r.event.type),
    clear() {
      received.length = 0;
      rejected.length = 0;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export type Receiver = Awaited<ReturnType<typeof startReceiver>>;

/** Waits until `check` holds (webhooks arrive asynchronously). */
export async function eventually<T>(
  check: () => T | undefined | false,
  timeoutMs = 10_000,
): Promise<T> {
  const started = Date.now();
  for (;;) {
    const value = check();
    if (value) return value;
    if (Date.now() - started > timeoutMs) throw new Error("condition not met in time");
    await new Promise((r) => setTimeout(r, 20));
  }
}

export const CARDS = {
  visa: "4242 4242 4242 4242",
  threeDSOnce: "4000 0025 0000 3155",
  threeDSAlways: "4000 0027 6000 3184",
  insufficientFunds: "4000 0000 0000 9995",
  declined: "4000 0000 0000 0002",
} as const;

export type PageResult = { status: number; location: string | null; html: string };

/** Submits the hosted checkout form the way a browser would (urlencoded POST, no redirect following). */
export async function payOnPage(
  sessionUrl: string,
  cardNumber: string,
  fields: Partial<Record<"email" | "cardExpiry" | "cardCvc" | "billingName", string>> = {},
): Promise<PageResult> {
  const response = await fetch(sessionUrl, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({
      email: "buyer@example.test",
      cardExpiry: "12 / 34",
      cardCvc: "123",
      billingName: "Bill Billing",
      ...fields,
      cardNumber,
    }),
  });
  return {
    status: response.status,
    location: response.headers.get("location"),
    html: await response.text(),
  };
}

/** Answers the "Purchase Authentication" page: a password, or Cancel. */
export async function authenticate(
  sandbox: Sandbox,
  path: string,
  answer: { password: string } | "cancel",
): Promise<PageResult> {
  const body =
    answer === "cancel"
      ? new URLSearchParams({ password: "", action: "cancel" })
      : new URLSearchParams({ password: answer.password, action: "complete" });
  const response = await fetch(new URL(path, sandbox.url), {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body,
  });
  return {
    status: response.status,
    location: response.headers.get("location"),
    html: await response.text(),
  };
}
