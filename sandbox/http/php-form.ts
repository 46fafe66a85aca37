/**
 * PHP-style form decoding (`a[0]=x&a[b][]=y`), because WHMCS clients flatten arrays the way PHP's
 * `http_build_query` does and WHMCS itself reads `$_POST` with PHP's rules.
 */
export type PhpValue = string | PhpArray;
export interface PhpArray {
  [key: string]: PhpValue;
}

/** Later keys win, like PHP; `a[]` appends at the next integer index. */
export function parsePhpParams(pairs: Iterable<[string, string]>): PhpArray {
  const root: PhpArray = {};
  for (const [rawKey, value] of pairs) {
    const path = splitKey(rawKey);
    if (path) assign(root, path, value);
  }
  return root;
}

function splitKey(key: string): string[] | null {
  const open = key.indexOf("[");
  if (open === -1) return key === "" ? null : [key];
  if (open === 0) return null;
  const path = [key.slice(0, open)];
  const bracket = /\[([^\]]*)\]/y;
  bracket.lastIndex = open;
  let match: RegExpExecArray | null;
  // PHP ignores anything after the last well-formed bracket pair.
  while ((match = bracket.exec(key)) !== null) path.push(match[1] ?? "");
  // An unbalanced "[" makes PHP treat the whole name literally (with "[" replaced by "_").
  return path.length === 1 ? [key.replace("[", "_")] : path;
}

function assign(root: PhpArray, path: string[], value: string): void {
  let node = root;
  path.forEach((segment, index) => {
    const key = segment === "" ? nextIndex(node) : segment;
    if (index === path.length - 1) {
      node[key] = value;
      return;
    }
    const child = node[key];
    if (child !== undefined && typeof child !== "string") {
      node = child;
    } else {
      const fresh: PhpArray = {};
      node[key] = fresh;
      node = fresh;
    }
  });
}

function nextIndex(node: PhpArray): string {
  let max = -1;
  for (const key of Object.keys(node)) {
    if (/^(0|[1-9]\d*)$/.test(key)) max = Math.max(max, Number(key));
  }
  return String(max + 1);
}

/** A scalar parameter; arrays read as absent (as PHP code casting them would misbehave anyway). */
export function str(params: PhpArray, key: string): string | undefined {
  const value = params[key];
  return typeof value === "string" ? value : undefined;
}

/** PHP `(int)` semantics for the common cases: leading digits, otherwise undefined. */
export function int(params: PhpArray, key: string): number | undefined {
  const value = str(params, key)?.trim();
  if (!value || !/^-?\d+/.test(value)) return undefined;
  return Number.parseInt(value, 10);
}

/** PHP truthiness of a form value: "" and "0" are false; anything else (even "false") is true. */
export function bool(params: PhpArray, key: string): boolean {
  const value = str(params, key);
  return value !== undefined && value !== "" && value !== "0";
}
