/**
 * Platform form encoding: objects and arrays (`env`, `nodes`, `settings`) travel as JSON strings
 * inside one field, booleans as "true"/"false", and null/undefined are left out (reference §1.2).
 */
export type JelasticValue =
  | string
  | number
  | boolean
  | null
  | undefined
  | readonly unknown[]
  | { readonly [key: string]: unknown };

export type JelasticParams = { readonly [key: string]: JelasticValue };

export function toJelasticForm(params: JelasticParams): URLSearchParams {
  const form = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === null || value === undefined) continue;
    form.append(key, typeof value === "object" ? JSON.stringify(value) : String(value));
  }
  return form;
}
