import { parsePhpParams, type PhpArray, type PhpValue } from "../http/php-form";

/**
 * Stripe's form encoding: `a[b][c]=x` nests objects, `items[0][price]=x` builds arrays (stripe-node
 * always writes explicit indices), and an empty value unsets a field. Decoded into plain JSON-like
 * values so handlers can validate them with zod.
 */
export type FormValue = string | FormValue[] | { [key: string]: FormValue };
export type FormObject = { [key: string]: FormValue };

export function decodeStripeForm(pairs: Iterable<[string, string]>): FormObject {
  return toObject(parsePhpParams(pairs));
}

function toObject(node: PhpArray): FormObject {
  const out: FormObject = {};
  for (const [key, value] of Object.entries(node)) out[key] = convert(value);
  return out;
}

function convert(value: PhpValue): FormValue {
  if (typeof value === "string") return value;
  const keys = Object.keys(value);
  // Keys 0..n-1 (in any order) are an array, as Stripe reads `a[0]`, `a[1]`.
  const isList =
    keys.length > 0 &&
    keys.every((k) => /^(0|[1-9]\d*)$/.test(k)) &&
    keys
      .map(Number)
      .sort((a, b) => a - b)
      .every((n, i) => n === i);
  if (!isList) return toObject(value);
  return keys
    .map(Number)
    .sort((a, b) => a - b)
    .map((n) => convert(value[String(n)] as PhpValue));
}

/**
 * A canonical text of the parameters, independent of key order, for the idempotency check
 * ("same key, same parameters").
 */
export function canonicalParams(params: FormObject): string {
  return JSON.stringify(sortDeep(params));
}

function sortDeep(value: FormValue): FormValue {
  if (typeof value === "string") return value;
  if (Array.isArray(value)) return value.map(sortDeep);
  return Object.fromEntries(
    Object.keys(value)
      .sort()
      .map((k) => [k, sortDeep(value[k] as FormValue)]),
  );
}
