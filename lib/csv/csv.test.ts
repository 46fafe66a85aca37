import { describe, expect, it } from "vitest";
import { csvField, csvText, toCsv } from "./csv";

describe("CSV", () => {
  it("quotes only what needs quoting and doubles quotes", () => {
    expect(csvField("plain")).toBe("plain");
    expect(csvField("Nov 1, 2026")).toBe('"Nov 1, 2026"');
    expect(csvField('Shop "EU"')).toBe('"Shop ""EU"""');
    expect(csvField("two\nlines")).toBe('"two\nlines"');
    expect(csvField("")).toBe("");
  });

  it("writes CRLF lines after a byte order mark", () => {
    expect(
      toCsv([
        ["a", "b,c"],
        ["1.50", "-2.00"],
      ]),
    ).toBe('\uFEFFa,"b,c"\r\n1.50,-2.00\r\n');
  });

  it("keeps user text from becoming a formula", () => {
    expect(csvText("=HYPERLINK(1)")).toBe("'=HYPERLINK(1)");
    expect(csvText("@sum")).toBe("'@sum");
    expect(csvText("-x")).toBe("'-x");
    expect(csvText("Shop (production)")).toBe("Shop (production)");
  });
});
