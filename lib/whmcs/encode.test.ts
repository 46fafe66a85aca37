import { describe, expect, it } from "vitest";
import { toPhpForm } from "./encode";

const decoded = (form: URLSearchParams) => [...form.entries()];

describe("toPhpForm", () => {
  it("flattens arrays and maps PHP-style", () => {
    const form = toPhpForm({
      pid: [1, 5],
      billingcycle: ["monthly", "annually"],
      email_preferences: { invoice: true, general: false },
      itemdescription: { 13: "Line" },
    });
    expect(decoded(form)).toEqual([
      ["pid[0]", "1"],
      ["pid[1]", "5"],
      ["billingcycle[0]", "monthly"],
      ["billingcycle[1]", "annually"],
      ["email_preferences[invoice]", "1"],
      ["email_preferences[general]", "0"],
      ["itemdescription[13]", "Line"],
    ]);
    expect(form.toString()).toBe(
      "pid%5B0%5D=1&pid%5B1%5D=5&billingcycle%5B0%5D=monthly&billingcycle%5B1%5D=annually" +
        "&email_preferences%5Binvoice%5D=1&email_preferences%5Bgeneral%5D=0&itemdescription%5B13%5D=Line",
    );
  });

  it("nests deeper structures and drops null/undefined", () => {
    const form = toPhpForm({ a: { b: [{ c: "x" }] }, skip: null, gone: undefined, empty: "" });
    expect(decoded(form)).toEqual([
      ["a[b][0][c]", "x"],
      ["empty", ""],
    ]);
  });

  it("sends plain decimals only", () => {
    expect(decoded(toPhpForm({ amount: 15.95, qty: 0 }))).toEqual([
      ["amount", "15.95"],
      ["qty", "0"],
    ]);
    expect(() => toPhpForm({ amount: 1e-7 })).toThrow(RangeError);
    expect(() => toPhpForm({ amount: Number.NaN })).toThrow(RangeError);
  });
});
