import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, expect } from "vitest";
import { createJelasticClient, type JelasticClient } from "@/lib/jelastic";
import { createWhmcsClient, type WhmcsClient } from "@/lib/whmcs";
import { startSandbox } from "@/sandbox/server";

/**
 * One sandbox per test file, started in-process on a free port with its own state folder, and
 * the production clients pointed at it over real HTTP. Call at module level: it registers the
 * vitest hooks itself. Faults are cleared after every test; `reset` also restores the seed.
 */
export type SandboxHarness = {
  readonly url: string;
  /** The SMTP catcher's port (emails are read back through `/_control/emails`). */
  readonly smtpPort: number;
  readonly workDir: string;
  readonly whmcs: WhmcsClient;
  readonly jelastic: JelasticClient;
  control(path: string, body?: unknown, method?: string): Promise<void>;
  /** Stops and starts the sandbox on the same folder, as a restart of the process would. */
  restart(): Promise<void>;
};

const silent = { debug() {}, info() {}, warn() {}, error() {} };

export function sandboxPerFile(
  name: string,
  options: { resetAfterEach?: boolean } = {},
): SandboxHarness {
  let sandbox: Awaited<ReturnType<typeof startSandbox>> | undefined;
  let workDir = "";
  let whmcs: WhmcsClient | undefined;
  let jelastic: JelasticClient | undefined;
  const start = () =>
    startSandbox({ port: 0, smtpPort: 0, dataDir: join(workDir, "sandbox"), quiet: true });

  const harness: SandboxHarness = {
    get url() {
      return required(sandbox, "sandbox").url;
    },
    get smtpPort() {
      return required(sandbox, "sandbox").smtpPort;
    },
    get workDir() {
      return workDir;
    },
    get whmcs() {
      return required(whmcs, "WHMCS client");
    },
    get jelastic() {
      return required(jelastic, "platform client");
    },
    async control(path, body, method = "POST") {
      const response = await fetch(`${harness.url}/_control/${path}`, {
        method,
        headers: { "content-type": "application/json" },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      expect(response.ok).toBe(true);
    },
    async restart() {
      await required(sandbox, "sandbox").close();
      sandbox = await start();
      connectClients(sandbox.url);
    },
  };

  function connectClients(url: string) {
    whmcs = createWhmcsClient({
      baseUrl: `${url}/whmcs`,
      identifier: "sandbox_whmcs_identifier",
      secret: "sandbox_whmcs_secret",
      timeoutMs: 2_000,
      logger: silent,
    });
    jelastic = createJelasticClient({
      baseUrl: `${url}/jelastic`,
      regUrl: `${url}/jelastic-reg`,
      adminToken: "sandbox_platform_admin_token",
      currency: "USD",
      timeoutMs: 2_000,
      logger: silent,
    });
  }

  beforeAll(async () => {
    workDir = mkdtempSync(join(tmpdir(), `${name}-`));
    sandbox = await start();
    connectClients(sandbox.url);
  });
  afterEach(() =>
    harness.control(
      options.resetAfterEach ? "reset" : "faults",
      undefined,
      options.resetAfterEach ? "POST" : "DELETE",
    ),
  );
  afterAll(async () => {
    await sandbox?.close();
    rmSync(workDir, { recursive: true, force: true });
  });
  return harness;
}

function required<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`${what} is not started: use it inside a test or hook`);
  return value;
}
