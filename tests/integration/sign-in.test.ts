import { describe, expect, it } from "vitest";
import { demoUsers } from "@/sandbox/demo-users";
import { appStackPerFile } from "./support/app";

/**
 * Sign-in through the data layer, against the sandbox over HTTP and a real (embedded) database:
 * which upstream answers, how accounts are linked by email, and what an outage looks like.
 */
const sandbox = appStackPerFile("sign-in");

const fault = (body: unknown) => sandbox.control("faults", body);

async function account(email: string) {
  const { getDb } = await import("@/lib/data/db");
  return getDb().account.findUnique({ where: { email }, include: { platformSession: true } });
}

describe("authenticate", () => {
  it("signs a platform user in and links their WHMCS client by email", async () => {
    const { authenticate } = await import("@/lib/data/sign-in");
    const outcome = await authenticate("Billing@Demo.test ", demoUsers.billing.password);
    expect(outcome).toMatchObject({ kind: "ok", email: demoUsers.billing.email });
    const stored = await account(demoUsers.billing.email);
    expect(stored).toMatchObject({ platformUid: 1002, whmcsClientId: 501, whmcsUserId: 601 });
    expect(stored?.platformSession?.session).toBeTruthy();
  });

  it("signs a WHMCS-only client in with no platform link", async () => {
    const { authenticate } = await import("@/lib/data/sign-in");
    const outcome = await authenticate(demoUsers.whmcsOnly.email, demoUsers.whmcsOnly.password);
    expect(outcome.kind).toBe("ok");
    expect(await account(demoUsers.whmcsOnly.email)).toMatchObject({
      platformUid: null,
      whmcsClientId: 502,
    });
  });

  it("signs a trial user in with no billing link", async () => {
    const { authenticate } = await import("@/lib/data/sign-in");
    expect((await authenticate(demoUsers.trial.email, demoUsers.trial.password)).kind).toBe("ok");
    expect(await account(demoUsers.trial.email)).toMatchObject({
      platformUid: 1001,
      whmcsClientId: null,
    });
  });

  it("calls unknown emails and wrong passwords invalid alike", async () => {
    const { authenticate } = await import("@/lib/data/sign-in");
    expect(await authenticate(demoUsers.billing.email, "wrong")).toEqual({ kind: "invalid" });
    expect(await authenticate("nobody@demo.test", "wrong")).toEqual({ kind: "invalid" });
  });

  it("says unavailable, not invalid, when the upstreams cannot answer", async () => {
    await fault({ service: "*", action: "*", status: 500 });
    const { authenticate } = await import("@/lib/data/sign-in");
    expect(await authenticate(demoUsers.billing.email, demoUsers.billing.password)).toEqual({
      kind: "unavailable",
    });
  });

  it("still signs a billing client in through WHMCS while the platform is down", async () => {
    await fault({ service: "jelastic", action: "*", status: 500 });
    const { authenticate } = await import("@/lib/data/sign-in");
    const outcome = await authenticate(demoUsers.whmcsOnly.email, demoUsers.whmcsOnly.password);
    expect(outcome.kind).toBe("ok");
  });
});
