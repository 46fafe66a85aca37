import type { SandboxDeps } from "../context";
import { html, page, type SafeHtml } from "../http/html";
import { sendHtml } from "../http/respond";
import type { RequestContext, Router } from "../http/router";
import type { SandboxState, SsoToken } from "../state/types";
import { currencyById } from "../whmcs/currencies";
import { money } from "../whmcs/format";
import { allInvoices } from "../whmcs/invoice-source";
import { invoiceTotals } from "../whmcs/invoice-view";

const BRAND = "WHMCS client area";

/**
 * Landing page of CreateSsoToken's `redirect_url`. The token works once within 60 s; then the page
 * shows the signed-in user and what the destination would have opened (an invoice, the invoice list…).
 */
export function registerWhmcsSso(router: Router, deps: SandboxDeps): void {
  router.on("GET", "/whmcs/oauth/singlesignon.php", (ctx) => land(ctx, deps));
}

function land(ctx: RequestContext, deps: SandboxDeps): void {
  const token = ctx.url.searchParams.get("access_token") ?? "";
  const now = deps.now();
  const sso = deps.store.state.whmcs.ssoTokens[token];
  if (!sso || sso.usedAt !== undefined || sso.expiresAt <= now) {
    const body = html`<h1>Single sign-on failed</h1>
      <p>
        Unable to authenticate with Single Sign-On token: it is invalid, expired or already used.
      </p>`;
    return sendHtml(ctx.res, 410, page("Single sign-on failed", BRAND, body));
  }
  deps.store.update((state) => {
    const stored = state.whmcs.ssoTokens[token];
    if (stored) stored.usedAt = now;
  });
  const state = deps.store.state;
  const user = state.whmcs.users.find((u) => u.id === sso.userId);
  const client = state.whmcs.clients.find((c) => c.id === sso.clientId);
  const email = user?.email ?? "unknown";
  const body = html`<h1>WHMCS client area</h1>
    <p data-testid="whmcs-user">Signed in as ${email}</p>
    <p class="note">
      Client #${sso.clientId} ${client ? `${client.firstname} ${client.lastname}` : ""} ·
      destination
      <code>${sso.destination}</code
      >${sso.redirectPath ? html` → <code>${sso.redirectPath}</code>` : ""}
    </p>
    ${destinationView(sso, state)}`;
  sendHtml(ctx.res, 200, page(`WHMCS client area — signed in as ${email}`, BRAND, body));
}

function destinationView(sso: SsoToken, state: SandboxState): SafeHtml {
  const invoiceId = /viewinvoice\.php\?id=(\d+)/.exec(sso.redirectPath ?? "")?.[1];
  const own = allInvoices(state).filter((i) => i.clientId === sso.clientId);
  if (invoiceId) {
    const invoice = own.find((i) => i.id === Number(invoiceId));
    if (!invoice) return html`<p>Invoice #${invoiceId} was not found for this client.</p>`;
    const totals = invoiceTotals(invoice);
    const cur = currencyById(state.whmcs.clients.find((c) => c.id === sso.clientId)?.currencyId);
    return html`<h2 data-testid="whmcs-invoice">Invoice #${invoice.id} — ${invoice.status}</h2>
      <p>
        Total ${cur.prefix}${money(totals.totalCents)}${cur.suffix} · balance
        ${cur.prefix}${money(totals.balanceCents)}${cur.suffix} · due ${invoice.duedate}
      </p>
      ${invoice.status === "Unpaid" ? html`<p><button type="button">Pay now</button> (sandbox: does nothing)</p>` : ""}`;
  }
  const rows = own.map(
    (i) =>
      html`<tr>
        <td>#${i.id}</td>
        <td>${i.date}</td>
        <td>${i.duedate}</td>
        <td>$${money(invoiceTotals(i).totalCents)} USD</td>
        <td>${i.status}</td>
      </tr>`,
  );
  return html`<h2>Invoices</h2>
    <table aria-label="Invoices">
      <thead>
        <tr>
          <th>Invoice</th>
          <th>Date</th>
          <th>Due</th>
          <th>Total</th>
          <th>Status</th>
        </tr>
      </thead>
      <tbody>
        ${rows}
      </tbody>
    </table>`;
}
