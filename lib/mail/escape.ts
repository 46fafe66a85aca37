const HTML_ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

/** Escapes text for HTML element content and double- or single-quoted attribute values. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (char) => HTML_ESCAPES[char] ?? char);
}

/**
 * A link target that is safe to print into an email: only absolute http(s) and mailto URLs, so a
 * `javascript:` or data URL taken from configuration or an event can never become a link.
 */
export function safeHref(value: string): string | null {
  try {
    const url = new URL(value);
    return ["http:", "https:", "mailto:"].includes(url.protocol) ? url.toString() : null;
  } catch {
    return null;
  }
}

/** A #rrggbb colour, or the fallback: a colour is printed into a style attribute unescaped. */
export function safeColor(value: string, fallback = "#1d4ed8"): string {
  return /^#[0-9a-fA-F]{6}$/.test(value) ? value : fallback;
}
