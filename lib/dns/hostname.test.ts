import { describe, expect, it } from "vitest";
import { checkHostname, dnsRecordsFor, platformSuffixOf } from "./hostname";

describe("checkHostname", () => {
  it.each([
    ["shop.example.com", "shop.example.com"],
    ["  WWW.Example.COM. ", "www.example.com"],
    ["bücher.example", "xn--bcher-kva.example"],
    ["münchen.de", "xn--mnchen-3ya.de"],
    ["a-b.c-d.example", "a-b.c-d.example"],
  ])("accepts %j as %j", (input, hostname) => {
    expect(checkHostname(input)).toEqual({ ok: true, hostname });
  });

  it.each([
    ["", "empty"],
    ["   ", "empty"],
    ["*.example.com", "wildcard"],
    ["localhost", "single_label"],
    ["https://shop.example.com", "invalid"],
    ["shop.example.com/path", "invalid"],
    ["shop example.com", "invalid"],
    ["-shop.example.com", "invalid"],
    ["shop-.example.com", "invalid"],
    ["shop..example.com", "invalid"],
    ["under_score.example.com", "invalid"],
    ["192.0.2.1", "invalid"],
    [`${"a".repeat(64)}.example.com`, "label_too_long"],
    [`${Array.from({ length: 5 }, () => "a".repeat(60)).join(".")}.com`, "too_long"],
  ])("refuses %j (%s)", (input, problem) => {
    expect(checkHostname(input)).toEqual({ ok: false, problem });
  });

  it("accepts exactly 63-character labels and 253 characters in total", () => {
    const label = "a".repeat(63);
    expect(checkHostname(`${label}.example.com`).ok).toBe(true);
    const name = `${["a".repeat(63), "b".repeat(63), "c".repeat(63), "d".repeat(58)].join(".")}.io`;
    expect(name).toHaveLength(253);
    expect(checkHostname(name).ok).toBe(true);
  });

  it("refuses the platform's own domain and names under it", () => {
    const suffixes = ["fra.sandbox-cloud.test"];
    expect(checkHostname("other.fra.sandbox-cloud.test", suffixes)).toEqual({
      ok: false,
      problem: "platform_domain",
    });
    expect(checkHostname("FRA.sandbox-cloud.test", suffixes)).toEqual({
      ok: false,
      problem: "platform_domain",
    });
    expect(checkHostname("notfra.sandbox-cloud.test", suffixes).ok).toBe(true);
  });
});

describe("platformSuffixOf", () => {
  it("drops the environment's own label", () => {
    expect(platformSuffixOf("bill-shop.fra.sandbox-cloud.test")).toBe("fra.sandbox-cloud.test");
    expect(platformSuffixOf("env.example")).toBeNull();
    expect(platformSuffixOf("")).toBeNull();
  });
});

describe("dnsRecordsFor", () => {
  it("is a CNAME to the environment domain without a public IP", () => {
    expect(dnsRecordsFor("shop.example.com", "env.cloud.test", [])).toEqual([
      { type: "CNAME", name: "shop.example.com", value: "env.cloud.test" },
    ]);
  });

  it("adds an A record to the first public IPv4 address", () => {
    expect(
      dnsRecordsFor("a.example.com", "env.cloud.test", ["2001:db8::1", "203.0.113.10"]),
    ).toEqual([
      { type: "A", name: "a.example.com", value: "203.0.113.10" },
      { type: "CNAME", name: "a.example.com", value: "env.cloud.test" },
    ]);
  });
});
