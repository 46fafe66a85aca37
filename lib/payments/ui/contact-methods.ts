/**
 * PAYMENT_CONTACT_METHODS ("Bank transfer, Purchase order") → the names shown as "contact us"
 * choices: trimmed, empty and repeated entries dropped, at most ten.
 */
export function parseContactMethods(setting: string): string[] {
  const seen = new Set<string>();
  const names: string[] = [];
  for (const raw of setting.split(",")) {
    const name = raw.trim().replace(/\s+/g, " ");
    const key = name.toLowerCase();
    if (!name || seen.has(key)) continue;
    seen.add(key);
    names.push(name.slice(0, 80));
    if (names.length === 10) break;
  }
  return names;
}
