import { describe, expect, it } from "vitest";
import type { WhmcsClient } from "../state/types";
import { taxRateFor } from "./tax";

const client = (countryCode: string, taxId = "") => ({ countryCode, taxId }) as WhmcsClient;

describe("sandbox tax rules", () => {
  it("charges the customer's country rate, none outside the rules", () => {
    expect(taxRateFor(client("DE"))).toBe("19.00");
    expect(taxRateFor(client("FR"))).toBe("20.00");
    expect(taxRateFor(client("US"))).toBe("0.00");
  });

  it("reverse-charges EU businesses outside the hoster's country, not domestic ones", () => {
    expect(taxRateFor(client("FR", "FR12345678901"))).toBe("0.00");
    expect(taxRateFor(client("DE", "DE123456789"))).toBe("19.00");
    expect(taxRateFor(client("GB", "GB987654321"))).toBe("20.00");
  });
});
