import { describe, expect, it } from "vitest";
import { parseBillingDetails } from "./billing-details";
import { COUNTRY_CODES, countryOptions, isCountryCode } from "./countries";
import { generateBillingPassword, GENERATED_PASSWORD_LENGTH } from "./password";

const valid = {
  firstName: " Tess ",
  lastName: "Trial",
  companyName: "",
  address1: "Friedrichstraße 123",
  city: "Berlin",
  state: "Berlin",
  postcode: "10117",
  country: "de",
  phoneNumber: "+49 30 1234567",
  taxId: "",
  acceptTerms: "on",
};

describe("billing details (upgrade step 1)", () => {
  it("accepts a complete form, trims, upper-cases the country and drops empty optionals", () => {
    const result = parseBillingDetails(valid);
    expect(result).toEqual({
      ok: true,
      details: {
        firstName: "Tess",
        lastName: "Trial",
        companyName: undefined,
        address1: "Friedrichstraße 123",
        city: "Berlin",
        state: "Berlin",
        postcode: "10117",
        country: "DE",
        phoneNumber: "+49 30 1234567",
        taxId: undefined,
      },
    });
  });

  it("keeps company and VAT number when given", () => {
    const result = parseBillingDetails({ ...valid, companyName: "Acme", taxId: "DE123456789" });
    expect(result.ok && result.details).toMatchObject({
      companyName: "Acme",
      taxId: "DE123456789",
    });
  });

  it("an empty form names every required field, and the Terms of Service", () => {
    const result = parseBillingDetails({});
    expect(result).toEqual({
      ok: false,
      problems: {
        firstName: "required",
        lastName: "required",
        address1: "required",
        city: "required",
        state: "required",
        postcode: "required",
        country: "required",
        phoneNumber: "required",
        acceptTerms: "required",
      },
    });
  });

  it("blank text is missing, not valid", () => {
    const result = parseBillingDetails({ ...valid, firstName: "   ", city: "\t" });
    expect(result).toEqual({ ok: false, problems: { firstName: "required", city: "required" } });
  });

  it("the Terms of Service must be ticked", () => {
    for (const acceptTerms of [undefined, "", "off", "true"]) {
      expect(parseBillingDetails({ ...valid, acceptTerms })).toEqual({
        ok: false,
        problems: { acceptTerms: "required" },
      });
    }
  });

  it("refuses unknown countries, bad phone numbers, postcodes and VAT numbers", () => {
    expect(parseBillingDetails({ ...valid, country: "XX" })).toMatchObject({
      problems: { country: "invalid" },
    });
    expect(parseBillingDetails({ ...valid, country: "Germany" })).toMatchObject({
      problems: { country: "invalid" },
    });
    for (const phoneNumber of ["+", "12", "call me", "+49 (30)"]) {
      expect(parseBillingDetails({ ...valid, phoneNumber })).toMatchObject({
        problems: { phoneNumber: "invalid" },
      });
    }
    expect(parseBillingDetails({ ...valid, postcode: "10117; DROP" })).toMatchObject({
      problems: { postcode: "invalid" },
    });
    expect(parseBillingDetails({ ...valid, taxId: "DE<12>" })).toMatchObject({
      problems: { taxId: "invalid" },
    });
  });

  it("accepts postcodes of other countries", () => {
    for (const postcode of ["M1 3HE", "1010", "75008", "SW1A 1AA", "100-0001"]) {
      expect(parseBillingDetails({ ...valid, postcode }).ok).toBe(true);
    }
  });

  it("refuses markup and control characters, and over-long values", () => {
    expect(parseBillingDetails({ ...valid, lastName: "<script>" })).toMatchObject({
      problems: { lastName: "invalid" },
    });
    expect(parseBillingDetails({ ...valid, city: "Ber\u0000lin" })).toMatchObject({
      problems: { city: "invalid" },
    });
    expect(parseBillingDetails({ ...valid, address1: "x".repeat(201) })).toMatchObject({
      problems: { address1: "too_long" },
    });
  });

  it("non-string input (a tampered request) is refused, not crashed on", () => {
    const result = parseBillingDetails({ ...valid, firstName: ["a", "b"], country: 49 });
    expect(result).toMatchObject({ ok: false, problems: { firstName: "required" } });
    expect(result.ok === false && result.problems.country).toBeTruthy();
  });
});

describe("countries", () => {
  it("has every ISO 3166-1 alpha-2 code once", () => {
    expect(COUNTRY_CODES).toHaveLength(249);
    expect(new Set(COUNTRY_CODES).size).toBe(249);
    expect(isCountryCode("DE")).toBe(true);
    expect(isCountryCode("EU")).toBe(false);
  });

  it("names them in the reader's language, sorted for that language", () => {
    const german = countryOptions("de");
    expect(german.find((c) => c.code === "DE")?.name).toBe("Deutschland");
    expect(countryOptions("en").find((c) => c.code === "DE")?.name).toBe("Germany");
    const names = german.map((c) => c.name);
    expect(names).toEqual([...names].sort(new Intl.Collator("de").compare));
  });
});

describe("generated billing password", () => {
  it("is long, mixes every character class and differs every time", () => {
    const seen = new Set<string>();
    for (let i = 0; i < 200; i++) {
      const password = generateBillingPassword();
      expect(password).toHaveLength(GENERATED_PASSWORD_LENGTH);
      expect(password).toMatch(/[A-Z]/);
      expect(password).toMatch(/[a-z]/);
      expect(password).toMatch(/[0-9]/);
      expect(password).toMatch(/[!#%+\-=?@_]/);
      expect(password).not.toMatch(/[0O1lI\s<>&"']/);
      seen.add(password);
    }
    expect(seen.size).toBe(200);
  });
});
