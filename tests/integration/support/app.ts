import { join } from "node:path";
import { afterAll, beforeAll, expect } from "vitest";
import type { SessionAccount } from "@/lib/data/session";
import { sandboxPerFile, type SandboxHarness } from "./sandbox";

/**
 * The data layer as the portal runs it: configuration pointing at an in-process sandbox and a
 * fresh embedded database with every migration applied. Modules that read configuration must be
 * imported dynamically inside tests, after these hooks have set it.
 */
export function appStackPerFile(
  name: string,
  options: { resetAfterEach?: boolean } = {},
): SandboxHarness {
  const sandbox = sandboxPerFile(name, options);

  beforeAll(async () => {
    Object.assign(process.env, {
      AUTH_SECRET: "x".repeat(40),
      PGLITE_DIR: join(sandbox.workDir, "pglite"),
      DATABASE_URL: "",
      WHMCS_URL: `${sandbox.url}/whmcs`,
      WHMCS_API_IDENTIFIER: "sandbox_whmcs_identifier",
      WHMCS_API_SECRET: "sandbox_whmcs_secret",
      JELASTIC_URL: `${sandbox.url}/jelastic`,
      JELASTIC_REG_URL: `${sandbox.url}/jelastic-reg`,
      JELASTIC_ADMIN_TOKEN: "sandbox_platform_admin_token",
      UPSTREAM_TIMEOUT_MS: "1500",
      LOG_LEVEL: "error",
    });
    const { PGlite } = await import("@electric-sql/pglite");
    const { applyMigrations } = await import("@/lib/db");
    const db = new PGlite(join(sandbox.workDir, "pglite"));
    await applyMigrations(db, "prisma/migrations");
    await db.close();
  });

  afterAll(async () => {
    const { closeDatabases } = await import("@/lib/db");
    await closeDatabases();
  });
  return sandbox;
}

/** Signs a user in through the data layer and returns the account as the session carries it. */
export async function signedInAccount(user: {
  email: string;
  password: string;
}): Promise<SessionAccount> {
  const { authenticate } = await import("@/lib/data/sign-in");
  expect((await authenticate(user.email, user.password)).kind).toBe("ok");
  const { getDb } = await import("@/lib/data/db");
  return getDb().account.findUniqueOrThrow({
    where: { email: user.email },
    select: {
      id: true,
      email: true,
      displayName: true,
      platformUid: true,
      whmcsClientId: true,
      whmcsUserId: true,
    },
  });
}
