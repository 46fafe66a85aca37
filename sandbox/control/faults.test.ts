import { describe, expect, it } from "vitest";
import { FaultRegistry } from "./faults";

describe("FaultRegistry", () => {
  it("matches service and action case-insensitively, with wildcards", () => {
    const faults = new FaultRegistry();
    faults.add({ service: "whmcs", action: "GetClientsDetails", status: 500 });
    expect(faults.take("whmcs", "getclientsdetails")?.status).toBe(500);
    expect(faults.take("jelastic", "getclientsdetails")).toBeUndefined();
    faults.add({ service: "*", action: "*", latencyMs: 10 });
    expect(faults.take("jelastic", "billing/account/getaccount")?.latencyMs).toBe(10);
  });

  it("retires a fault after `times` hits and counts hits", () => {
    const faults = new FaultRegistry();
    const { id } = faults.add({ service: "jelastic", action: "*", status: 503, times: 2 });
    expect(faults.take("jelastic", "x")?.hits).toBe(1);
    expect(faults.list()).toEqual([expect.objectContaining({ id, hits: 1, remaining: 1 })]);
    expect(faults.take("jelastic", "x")?.hits).toBe(2);
    expect(faults.take("jelastic", "x")).toBeUndefined();
    expect(faults.list()).toEqual([]);
  });

  it("lets the first registered fault win", () => {
    const faults = new FaultRegistry();
    faults.add({ service: "whmcs", action: "GetInvoices", status: 500 });
    faults.add({ service: "*", action: "*", status: 502 });
    expect(faults.take("whmcs", "GetInvoices")?.status).toBe(500);
    expect(faults.take("whmcs", "GetUsers")?.status).toBe(502);
  });
});
