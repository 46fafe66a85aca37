import { describe, expect, it } from "vitest";
import { JelasticNotFoundError, JelasticQuotaError } from "@/lib/jelastic";
import { demoUsers } from "@/sandbox/demo-users";
import { sandboxPerFile } from "./support/sandbox";

/** "Change resources": the platform client's ChangeTopology against the sandbox over real HTTP. */
const sandbox = sandboxPerFile("sandbox-resources", { resetAfterEach: true });
const signIn = async (user: { email: string; password: string }) =>
  (await sandbox.jelastic.signIn(user.email, user.password)).session;

const cp = {
  nodeGroup: "cp",
  nodes: 1,
  reservedCloudlets: 1,
  scalingLimitCloudlets: 4,
  publicIp: false,
};

describe("change layer resources", () => {
  it("resizes one layer: node count, cloudlets and public IP; other layers stay", async () => {
    const session = await signIn(demoUsers.billing);
    const env = await sandbox.jelastic.getEnvInfo(session, "bill-staging");
    await sandbox.jelastic.changeLayerResources(session, env, {
      nodeGroup: "cp",
      nodes: 3,
      reservedCloudlets: 2,
      scalingLimitCloudlets: 10,
      publicIp: true,
    });
    const after = await sandbox.jelastic.getEnvInfo(session, "bill-staging");
    const cpNodes = after.nodes.filter((n) => n.nodeGroup === "cp");
    expect(cpNodes).toHaveLength(3);
    for (const node of cpNodes) {
      expect(node).toMatchObject({ fixedCloudlets: 2, flexibleCloudlets: 10 });
      expect(node.publicIps).toHaveLength(1);
    }
    expect(after.nodes.filter((n) => n.nodeGroup === "sqldb")).toEqual(
      env.nodes.filter((n) => n.nodeGroup === "sqldb"),
    );

    await sandbox.jelastic.changeLayerResources(session, after, {
      ...cp,
      nodes: 1,
      publicIp: false,
    });
    const back = await sandbox.jelastic.getEnvInfo(session, "bill-staging");
    expect(back.nodes.filter((n) => n.nodeGroup === "cp")).toHaveLength(1);
    expect(back.nodes.flatMap((n) => n.publicIps)).toEqual([]);
  });

  it("applies the trial quotas of creation: public IP, cloudlets per node, nodes per layer", async () => {
    const session = await signIn(demoUsers.trial);
    const env = await sandbox.jelastic.getEnvInfo(session, "tess-hello");
    const refusal = (change: Partial<typeof cp>) =>
      sandbox.jelastic
        .changeLayerResources(session, env, { ...cp, ...change })
        .catch((e: unknown) => e);
    const ip = await refusal({ publicIp: true });
    expect(ip).toBeInstanceOf(JelasticQuotaError);
    expect((ip as JelasticQuotaError).code).toBe(2338);
    expect(((await refusal({ scalingLimitCloudlets: 9 })) as JelasticQuotaError).code).toBe(2361);
    expect(((await refusal({ nodes: 3 })) as JelasticQuotaError).code).toBe(2366);
    // Within the limits the trial environment can change (its own count is not "one more").
    await sandbox.jelastic.changeLayerResources(session, env, {
      ...cp,
      nodes: 2,
      scalingLimitCloudlets: 8,
    });
    const after = await sandbox.jelastic.getEnvInfo(session, "tess-hello");
    expect(after.nodes.map((n) => n.flexibleCloudlets)).toEqual([8, 8]);
  });

  it("another user's environment is not found and stays unchanged", async () => {
    const billing = await signIn(demoUsers.billing);
    const env = await sandbox.jelastic.getEnvInfo(billing, "bill-staging");
    const trial = await signIn(demoUsers.trial);
    await expect(
      sandbox.jelastic.changeLayerResources(trial, env, { ...cp, nodes: 2 }),
    ).rejects.toBeInstanceOf(JelasticNotFoundError);
    expect(await sandbox.jelastic.getEnvInfo(billing, "bill-staging")).toEqual(env);
  });
});
