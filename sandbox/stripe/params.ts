import { z } from "zod";
import { invalidRequest, type StripeApiError } from "./errors";
import type { FormObject } from "./form";

/**
 * zod helpers for Stripe's form parameters (every value arrives as a string) and the mapping of
 * validation problems to Stripe's own wording ("Received unknown parameter: …", "Missing required
 * param: …"), so a typo in the portal fails here the way it would fail against Stripe.
 */
export const intParam = z
  .string()
  .regex(/^-?\d+$/, { message: "integer" })
  .transform(Number);
export const boolParam = z.enum(["true", "false"]).transform((v) => v === "true");
export const idParam = z.string().min(1);
/** `metadata[key]=value`; `metadata=` (empty) clears it. Stripe caps keys at 40 and values at 500. */
export const metadataParam = z.union([
  z.literal("").transform(() => ({}) as Record<string, string>),
  z.record(z.string().max(40), z.string().max(500)),
]);
export const expandParam = z.array(z.string()).optional();
export const currencyParam = z
  .string()
  .regex(/^[A-Za-z]{3}$/, { message: "currency" })
  .transform((c) => c.toLowerCase());

function paramName(path: PropertyKey[]): string {
  const [first, ...rest] = path.map(String);
  return `${first ?? ""}${rest.map((p) => `[${p}]`).join("")}`;
}

export function toStripeError(error: z.ZodError, params: FormObject): StripeApiError {
  // Stripe names an unknown parameter before anything else that is wrong.
  const issue = error.issues.find((i) => i.code === "unrecognized_keys") ?? error.issues[0];
  if (!issue) return invalidRequest("Invalid request");
  if (issue.code === "unrecognized_keys") {
    const name = paramName([...issue.path, issue.keys[0] ?? ""]);
    return invalidRequest(`Received unknown parameter: ${name}`, name, "parameter_unknown");
  }
  const name = paramName(issue.path);
  if (valueAt(params, issue.path) === undefined) {
    return invalidRequest(`Missing required param: ${name}.`, name, "parameter_missing");
  }
  if (issue.message === "integer") {
    return invalidRequest(
      `Invalid integer: ${String(valueAt(params, issue.path))}`,
      name,
      "parameter_invalid_integer",
    );
  }
  return invalidRequest(`Invalid value for ${name}: ${issue.message}`, name);
}

function valueAt(params: unknown, path: PropertyKey[]): unknown {
  let node = params;
  for (const key of path) {
    if (node === null || typeof node !== "object") return undefined;
    node = (node as Record<string, unknown>)[String(key)];
  }
  return node;
}

/** Validates `params` or throws the Stripe-shaped 400. */
export function parseParams<T>(schema: z.ZodType<T>, params: FormObject): T {
  const result = schema.safeParse(params);
  if (!result.success) throw toStripeError(result.error, params);
  return result.data;
}
