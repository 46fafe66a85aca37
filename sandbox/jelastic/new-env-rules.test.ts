import { describe, expect, it } from "vitest";
import { seedState } from "../seed";
import { checkLimits, checkName } from "./new-env-rules";

const node = { nodeType: "nginx", count: 1, fixedCloudlets: 1, flexibleCloudlets: 4, extip: false };

describe("sandbox creation rules", () => {
  it("refuses bad and taken names", () => {
    const state = seedState();
    expect(checkName(state, "Bad_Name")?.body.result).toBe(99);
    expect(checkName(state, "bill-shop")?.body.error).toMatch(/already in use/);
    expect(checkName(state, "fresh-name")).toBeNull();
  });

  it("refuses a billing account with no balance (2207) and trial public IPs (2338)", () => {
    const state = seedState();
    const billing = state.platform.users.find((u) => u.uid === 1002);
    const trial = state.platform.users.find((u) => u.uid === 1001);
    if (!billing || !trial) throw new Error("seed changed");
    expect(checkLimits(state, billing, [node])).toBeNull();
    expect(checkLimits(state, { ...billing, balanceCents: 0 }, [node])?.body.result).toBe(2207);
    expect(checkLimits(state, trial, [{ ...node, extip: true }])?.body.result).toBe(2338);
    expect(checkLimits(state, trial, [{ ...node, count: 3 }])?.body.result).toBe(2366);
  });
});
