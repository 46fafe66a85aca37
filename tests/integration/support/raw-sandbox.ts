import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, expect } from "vitest";
import { startSandbox } from "@/sandbox/server";

/**
 * The sandbox over raw HTTP, as its contract (CONTRACTS.md) is written: shared set-up of the
 * sandbox-*.test.ts files. Call `rawSandboxPerFile()` at module level; `sandbox` and `dataDir` are
 * live bindings that follow `restartSandbox()`.
 */
export type Obj = Record<string, unknown>;
export type Invoice = Obj & { id: number; status: string };

export let sandbox: Awaited<ReturnType<typeof startSandbox>>;
export let dataDir: string;
export const CREDS = { identifier: "sandbox_whmcs_identifier", secret: "sandbox_whmcs_secret" };
export const ADMIN = "sandbox_platform_admin_token";

export function rawSandboxPerFile(): void {
  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), "sandbox-test-"));
    sandbox = await startSandbox({ port: 0, smtpPort: 0, dataDir, quiet: true });
  });

  afterEach(async () => {
    await fetch(`${sandbox.url}/_control/faults`, { method: "DELETE" });
  });

  afterAll(async () => {
    await sandbox.close();
    rmSync(dataDir, { recursive: true, force: true });
  });
}

/** A new sandbox process on the same state folder (close the old one first). */
export async function restartSandbox(): Promise<void> {
  sandbox = await startSandbox({ port: 0, smtpPort: 0, dataDir, quiet: true });
}

export async function whmcs(params: Record<string, string>, auth: Record<string, string> = CREDS) {
  const response = await fetch(`${sandbox.url}/whmcs/includes/api.php`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ ...auth, responsetype: "json", ...params }),
  });
  const raw = await response.text();
  return { status: response.status, raw, body: JSON.parse(raw) as Obj };
}

export async function platform(
  path: string,
  params: Record<string, string> = {},
  method: "GET" | "POST" = "POST",
) {
  const query = new URLSearchParams(params);
  const response =
    method === "GET"
      ? await fetch(`${sandbox.url}/jelastic/1.0/${path}?${query}`)
      : await fetch(`${sandbox.url}/jelastic/1.0/${path}`, { method: "POST", body: query });
  const raw = await response.text();
  const json = response.headers.get("content-type")?.includes("json") ?? false;
  return { status: response.status, raw, body: (json ? JSON.parse(raw) : {}) as Obj };
}

export async function control(path: string, body?: unknown, method = "POST") {
  const response = await fetch(`${sandbox.url}/_control/${path}`, {
    method,
    headers: { "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as unknown };
}

export async function signIn(email: string, password: string): Promise<string> {
  const { body } = await platform("users/authentication/rest/signin", { login: email, password });
  expect(body.result).toBe(0);
  return body.session as string;
}
