import { documentPage, html, type SafeHtml } from "../../http/html";

const STYLE = `body{font:16px/1.5 system-ui,sans-serif;margin:0;color:#1a1f36;background:#f6f9fc}
header{background:#fff;border-bottom:1px solid #e3e8ee;padding:.75rem 1.5rem}
main{max-width:28rem;margin:2rem auto;padding:0 1rem}
.card{background:#fff;border:1px solid #e3e8ee;border-radius:8px;padding:1.5rem}
label{display:block;font-weight:600;margin:.9rem 0 .25rem}
input{box-sizing:border-box;width:100%;font:inherit;padding:.5rem .6rem;border:1px solid #8792a2;border-radius:6px}
input[aria-invalid=true]{border-color:#c0123c}
input:focus,button:focus,a:focus{outline:3px solid #635bff;outline-offset:2px}
.row{display:flex;gap:.75rem}.row>div{flex:1}
.field-error{color:#c0123c;margin:.25rem 0 0;font-size:.9rem}
.alert{background:#fff0f3;border:1px solid #c0123c;color:#8a0b2a;border-radius:6px;padding:.75rem;margin:0 0 1rem}
.note{color:#4f566b;font-size:.9rem}
.amount{font-size:2rem;font-weight:700;margin:.25rem 0 1rem}
button{font:inherit;font-weight:600;border:0;border-radius:6px;padding:.65rem 1rem;cursor:pointer}
.primary{background:#635bff;color:#fff;width:100%;margin-top:1.25rem}
.secondary{background:#e3e8ee;color:#1a1f36}
.actions{display:flex;gap:.75rem;margin-top:1.25rem}.actions button{flex:1}
a{color:#4b44d6}`;

/** The hosted pages' frame: one `main` landmark, a heading, nothing loaded from elsewhere. */
export function hostedPage(title: string, merchant: string, body: SafeHtml): string {
  const header = html`<strong>${merchant}</strong> <span class="note">· Stripe sandbox</span>`;
  return documentPage({ title, style: STYLE, header, body });
}
