import type { SandboxDeps } from "../context";
import { html, page } from "../http/html";
import { sendHtml } from "../http/respond";
import type { Router } from "../http/router";

const BRAND = "Sandbox inbox";

/** Web inbox over the caught emails: a list, and one message with its HTML in a sandboxed iframe. */
export function registerInbox(router: Router, deps: SandboxDeps): void {
  router.on("GET", "/inbox", (ctx) => {
    const emails = deps.store.state.mail.emails;
    const rows = emails.map(
      (e) =>
        html`<tr>
          <td>${e.receivedAt.replace("T", " ").slice(0, 19)}</td>
          <td>${e.to.join(", ")}</td>
          <td><a href="/inbox/${encodeURIComponent(e.id)}">${e.subject || "(no subject)"}</a></td>
        </tr>`,
    );
    const body = html`<h1>Inbox</h1>
      <p class="note">Every email sent to the SMTP catcher, newest first (${emails.length}).</p>
      ${
        emails.length === 0
          ? html`<p>No emails yet.</p>`
          : html`<table aria-label="Emails">
              <thead>
                <tr>
                  <th>Date (UTC)</th>
                  <th>To</th>
                  <th>Subject</th>
                </tr>
              </thead>
              <tbody>
                ${rows}
              </tbody>
            </table>`
      }`;
    sendHtml(ctx.res, 200, page("Inbox", BRAND, body));
  });

  router.on("GET", "/inbox/:id", (ctx) => {
    const email = deps.store.state.mail.emails.find((e) => e.id === ctx.params.id);
    if (!email)
      return sendHtml(
        ctx.res,
        404,
        page(
          "Not found",
          BRAND,
          html`<h1>Email not found</h1>
            <p><a href="/inbox">Back to the inbox</a></p>`,
        ),
      );
    // An empty `sandbox` attribute: no scripts, no forms, no same-origin access for the email's HTML.
    const content = email.html
      ? html`<iframe
          title="Email content"
          sandbox=""
          srcdoc="${email.html}"
          style="width:100%;height:70vh;border:1px solid #e2e8f0;background:#fff"
        ></iframe>`
      : html`<pre style="white-space:pre-wrap">${email.text}</pre>`;
    const body = html`<p><a href="/inbox">← Inbox</a></p>
      <h1>${email.subject || "(no subject)"}</h1>
      <dl>
        <dt>From</dt>
        <dd>${email.fromName ? `${email.fromName} <${email.from}>` : email.from}</dd>
        <dt>To</dt>
        <dd>${email.to.join(", ")}</dd>
        <dt>Received</dt>
        <dd>${email.receivedAt}</dd>
      </dl>
      ${content}`;
    sendHtml(ctx.res, 200, page(email.subject || "Email", BRAND, body));
  });
}
