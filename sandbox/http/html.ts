/** Minimal HTML helpers for the sandbox's own pages (dashboard stand-ins, inbox, index). */
export function escapeHtml(value: string | number): string {
  return String(value)
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

/** Tagged template that escapes every interpolation unless it is already `SafeHtml`. */
export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

type Part = string | number | SafeHtml | SafeHtml[] | null | undefined | false;

export function html(strings: TemplateStringsArray, ...parts: Part[]): SafeHtml {
  let out = strings[0] ?? "";
  parts.forEach((part, index) => {
    out += render(part) + (strings[index + 1] ?? "");
  });
  return new SafeHtml(out);
}

function render(part: Part): string {
  if (part === null || part === undefined || part === false) return "";
  if (part instanceof SafeHtml) return part.value;
  if (Array.isArray(part)) return part.map((p) => p.value).join("");
  return escapeHtml(part);
}

const STYLE = `body{font:15px/1.5 system-ui,sans-serif;margin:0;color:#1f2937;background:#f8fafc}
header{background:#0f172a;color:#f8fafc;padding:.75rem 1.5rem}main{padding:1.5rem;max-width:64rem}
table{border-collapse:collapse;width:100%;background:#fff}th,td{border:1px solid #e2e8f0;padding:.4rem .6rem;text-align:left}
code{background:#e2e8f0;padding:0 .25rem;border-radius:3px}.note{color:#64748b}a{color:#1d4ed8}`;

/** The one HTML frame of every sandbox page: its own style, a header, one `main` landmark. */
export function documentPage(opts: {
  title: string;
  style: string;
  header: SafeHtml;
  body: SafeHtml;
}): string {
  return html`<!doctype html>
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>${opts.title}</title>
        <style>
          ${new SafeHtml(opts.style)}
        </style>
      </head>
      <body>
        <header>${opts.header}</header>
        <main>${opts.body}</main>
      </body>
    </html>`.value;
}

export function page(title: string, brand: string, body: SafeHtml): string {
  const header = html`<strong>${brand}</strong> <span class="note">(sandbox)</span>`;
  return documentPage({ title, style: STYLE, header, body });
}
