import { mkdtempSync, rmSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, beforeEach, expect } from "vitest";
import { createPayPalClient, type PayPalClient } from "@/lib/paypal";
import { paypalBuyers } from "@/sandbox/seed-data/paypal-buyers";
import { startSandbox } from "@/sandbox/server";

/**
 * lib/paypal against the sandbox's PayPal emulator over real HTTP, webhooks to a local receiver:
 * the shared set-up of the PayPal integration test files. Call `paypalSandboxPerFile()` at module
 * level; `sandbox` and `paypal` are live bindings that follow restarts.
 */
export type Delivery = { headers: Record<string, string | string[] | undefined>; rawBody: string };

export const CLIENT = {
  clientId: "sandbox_paypal_client_id",
  clientSecret: "sandbox_paypal_client_secret",
};
export const WEBHOOK_ID = "WH-SANDBOX-PORTAL";
let dataDir: string;
export let sandbox: Awaited<ReturnType<typeof startSandbox>>;
let receiver: Server;
export let receiverUrl: string;
export const deliveries: Delivery[] = [];
/** Status codes the receiver answers next (then 200), to prove retries. */
let failNext: number[] = [];

/** The receiver answers these statuses next (then 200). */
export function failNextDeliveries(statuses: number[]): void {
  failNext = statuses;
}

export function resetTokenCalls(): void {
  tokenCalls = 0;
}
export let tokenCalls = 0;
export let paypal: PayPalClient;
let n = 0;
export const rid = (what: string) => `${what}-${Date.now()}-${++n}`;

const countingFetch: typeof fetch = (input, init) => {
  if (String(input).endsWith("/v1/oauth2/token")) tokenCalls++;
  return fetch(input, init);
};

export function client(extra: Partial<Parameters<typeof createPayPalClient>[0]> = {}) {
  return createPayPalClient({
    apiUrl: `${sandbox.url}/paypal`,
    ...CLIENT,
    webhookId: WEBHOOK_ID,
    retries: 0,
    fetch: countingFetch,
    ...extra,
  });
}

export async function control(path: string, body: unknown) {
  const response = await fetch(`${sandbox.url}/_control/paypal/${path}`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  expect(response.status).toBe(200);
}

export async function start() {
  sandbox = await startSandbox({ port: 0, smtpPort: 0, dataDir, quiet: true });
  await control("settings", { webhookUrl: receiverUrl, webhookId: WEBHOOK_ID });
  // Deliveries go through the shared dispatcher; quick retries keep the retry tests short.
  const quick = await fetch(`${sandbox.url}/_control/webhooks/settings`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ retryBaseMs: 100 }),
  });
  expect(quick.status).toBe(200);
  paypal = client();
}

export function paypalSandboxPerFile(): void {
  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), "paypal-it-"));
    receiver = createServer((req, res) => {
      let body = "";
      req.on("data", (chunk: Buffer) => (body += chunk.toString()));
      req.on("end", () => {
        const status = failNext.shift() ?? 200;
        if (status === 200) deliveries.push({ headers: req.headers, rawBody: body });
        res.writeHead(status).end();
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", resolve));
    receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/api/webhooks/paypal`;
    await start();
  });

  afterAll(async () => {
    await sandbox.close();
    receiver.closeAllConnections();
    await new Promise((resolve) => receiver.close(resolve));
    rmSync(dataDir, { recursive: true, force: true });
  });

  beforeEach(() => {
    failNext = [];
  });
}

export const P = () => `${sandbox.url}/paypal`;

/** The buyer's steps in the approval window, as the SDK's overlay submits them. */
export async function approveAsBuyer(
  orderId: string,
  buyer: { email: string; password: string } = paypalBuyers.buyer,
  base = P(),
) {
  const login = await fetch(`${base}/checkoutnow/login`, {
    method: "POST",
    body: new URLSearchParams({ token: orderId, email: buyer.email, password: buyer.password }),
  });
  const page = await login.text();
  const approval = /name="approval" value="([^"]+)"/.exec(page)?.[1];
  if (!approval) return { status: login.status, page };
  const done = await fetch(`${base}/checkoutnow/approve`, {
    method: "POST",
    body: new URLSearchParams({ token: orderId, approval }),
  });
  return { status: done.status, page: await done.text() };
}

export async function payAsGuest(orderId: string, cardNumber = "4242 4242 4242 4242", base = P()) {
  const response = await fetch(`${base}/checkoutnow/card`, {
    method: "POST",
    body: new URLSearchParams({
      token: orderId,
      firstName: "Gina",
      lastName: "Guest",
      email: "gina@example.com",
      street: "1 Main St",
      city: "Springfield",
      postalCode: "12345",
      country: "US",
      cardNumber,
      expiry: "12/30",
      cvc: "123",
    }),
  });
  return { status: response.status, page: await response.text() };
}

export async function until<T>(find: () => T | undefined, what: string, ms = 8_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const found = find();
    if (found !== undefined) return found;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

export const eventOf = (d: Delivery) =>
  JSON.parse(d.rawBody) as {
    event_type: string;
    resource: { id: string; supplementary_data?: { related_ids?: { order_id?: string } } };
  };
