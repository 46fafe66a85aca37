import { describe, expect, it } from "vitest";
import { visualRuns } from "./bidi-runs";

describe("visualRuns", () => {
  it("leaves left-to-right text as one run", () => {
    expect(visualRuns("Invoice 3104 – ₺1.800,00")).toEqual({
      runs: [{ text: "Invoice 3104 – ₺1.800,00", rtl: false }],
      rtlParagraph: false,
    });
  });

  it("orders an Arabic line with a number right to left, the number itself left to right", () => {
    const { runs, rtlParagraph } = visualRuns("الطابق 12 برج");
    expect(rtlParagraph).toBe(true);
    // Drawn from the left: the last Arabic word first, then the number, then the first word.
    expect(runs.map((r) => [r.text.trim(), r.rtl])).toEqual([
      ["برج", true],
      ["12", false],
      ["الطابق", true],
    ]);
  });

  it("keeps a Latin paragraph with an embedded Hebrew phrase in Latin order", () => {
    const { runs, rtlParagraph } = visualRuns("Backup – שירות גיבוי (daily)");
    expect(rtlParagraph).toBe(false);
    expect(runs.map((r) => r.rtl)).toEqual([false, true, false]);
    expect(runs[1]?.text).toContain("שירות גיבוי");
  });

  it("mirrors brackets inside right-to-left text", () => {
    const { runs } = visualRuns("الباقة (نوفمبر)");
    expect(runs.map((r) => r.text).join("")).toBe("الباقة )نوفمبر(");
  });
});
