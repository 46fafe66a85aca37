import { z } from "zod";
import { isCountryCode } from "./countries";

/**
 * Step 1 of "Upgrade trial account": the billing details WHMCS needs for a new client (AddClient
 * requires name, address, city, state, postcode, country and phone) plus the Terms of Service.
 * Pure and framework-free: the server action parses with it, the unit tests pin its rules.
 */
export const BILLING_DETAIL_FIELDS = [
  "firstName",
  "lastName",
  "companyName",
  "address1",
  "city",
  "state",
  "postcode",
  "country",
  "phoneNumber",
  "taxId",
  "acceptTerms",
] as const;
export type BillingDetailField = (typeof BILLING_DETAIL_FIELDS)[number];

/** What is wrong with a field; the page turns it into a translated sentence. */
export type FieldProblem = "required" | "too_long" | "invalid";

export const FIELD_MAX_LENGTH = {
  firstName: 100,
  lastName: 100,
  companyName: 100,
  address1: 200,
  city: 100,
  state: 100,
  postcode: 20,
  phoneNumber: 30,
  taxId: 30,
} as const;

// No control characters or angle brackets: the values end up in WHMCS, invoices and emails.
const PLAIN_TEXT = /^[^\p{Cc}<>]*$/u;
const POSTCODE = /^[\p{L}\p{N}][\p{L}\p{N} -]*$/u;
const PHONE = /^\+?[0-9 ()./-]+$/;
const TAX_ID = /^[A-Za-z0-9][A-Za-z0-9 .-]*$/;

const required = (max: number) =>
  z.string().trim().min(1, "required").max(max, "too_long").regex(PLAIN_TEXT, "invalid");

// Left out or blank: undefined (WHMCS then keeps its own default).
const optional = (max: number, pattern = PLAIN_TEXT) =>
  z.preprocess(
    (value) => value ?? "",
    z
      .string()
      .trim()
      .max(max, "too_long")
      .refine((value) => value === "" || pattern.test(value), "invalid")
      .transform((value) => (value === "" ? undefined : value)),
  );

export const billingDetailsSchema = z.object({
  firstName: required(FIELD_MAX_LENGTH.firstName),
  lastName: required(FIELD_MAX_LENGTH.lastName),
  companyName: optional(FIELD_MAX_LENGTH.companyName),
  address1: required(FIELD_MAX_LENGTH.address1),
  city: required(FIELD_MAX_LENGTH.city),
  state: required(FIELD_MAX_LENGTH.state),
  postcode: required(FIELD_MAX_LENGTH.postcode).regex(POSTCODE, "invalid"),
  country: z
    .string()
    .trim()
    .min(1, "required")
    .transform((value) => value.toUpperCase())
    .refine(isCountryCode, "invalid"),
  phoneNumber: required(FIELD_MAX_LENGTH.phoneNumber)
    .regex(PHONE, "invalid")
    // At least the digits of a short national number; "+" or "()" alone is no phone number.
    .refine((value) => (value.match(/\d/g) ?? []).length >= 5, "invalid"),
  taxId: optional(FIELD_MAX_LENGTH.taxId, TAX_ID),
  acceptTerms: z.literal("on", { error: "required" }),
});

export type BillingDetails = Omit<z.output<typeof billingDetailsSchema>, "acceptTerms">;

export type BillingDetailsParse =
  | { ok: true; details: BillingDetails }
  | { ok: false; problems: Partial<Record<BillingDetailField, FieldProblem>> };

const PROBLEMS: readonly string[] = ["required", "too_long", "invalid"];

/** Parses the submitted form; on failure, the first problem of every field that has one. */
export function parseBillingDetails(input: Record<string, unknown>): BillingDetailsParse {
  const parsed = billingDetailsSchema.safeParse(input);
  if (parsed.success) {
    const { acceptTerms: _accepted, ...details } = parsed.data;
    return { ok: true, details };
  }
  const problems: Partial<Record<BillingDetailField, FieldProblem>> = {};
  for (const issue of parsed.error.issues) {
    const field = issue.path[0] as BillingDetailField;
    if (problems[field]) continue;
    // A missing value (not a string at all) is "required"; our own codes pass through.
    problems[field] = PROBLEMS.includes(issue.message)
      ? (issue.message as FieldProblem)
      : issue.code === "invalid_type"
        ? "required"
        : "invalid";
  }
  return { ok: false, problems };
}
