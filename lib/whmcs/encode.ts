/**
 * PHP `http_build_query` semantics, which is what `includes/api.php` decodes:
 * arrays become `pid[0]=1&pid[1]=5`, maps `email_preferences[invoice]=1`, booleans `1`/`0`
 * (PHP reads the string "false" as true), and null/undefined are left out.
 */
export type PhpValue =
  | string
  | number
  | boolean
  | null
  | undefined
  | readonly PhpValue[]
  | { readonly [key: string]: PhpValue };

export type PhpParams = { readonly [key: string]: PhpValue };

export function toPhpForm(params: PhpParams, form = new URLSearchParams()): URLSearchParams {
  for (const [key, value] of Object.entries(params)) append(form, key, value);
  return form;
}

function append(form: URLSearchParams, key: string, value: PhpValue): void {
  if (value === null || value === undefined) return;
  if (typeof value === "boolean") return form.append(key, value ? "1" : "0");
  if (typeof value === "number") return form.append(key, numberText(key, value));
  if (typeof value === "string") return form.append(key, value);
  const entries: [string, PhpValue][] = Array.isArray(value)
    ? value.map((item, index) => [String(index), item])
    : Object.entries(value);
  for (const [sub, item] of entries) append(form, `${key}[${sub}]`, item);
}

/** WHMCS rejects exponent notation ("Amount must be in decimal format"); fail here, not there. */
function numberText(key: string, value: number): string {
  const text = String(value);
  if (!Number.isFinite(value) || /e/i.test(text)) {
    throw new RangeError(`Parameter ${key} is not a plain decimal number: ${text}`);
  }
  return text;
}
