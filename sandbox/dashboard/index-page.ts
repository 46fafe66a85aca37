import { credentials, type SandboxDeps } from "../context";
import { demoUsers } from "../demo-users";
import { html, page } from "../http/html";
import { sendHtml } from "../http/respond";
import type { Router } from "../http/router";
import { implementedPlatformMethods } from "../jelastic/api";
import { implementedWhmcsActions } from "../whmcs/api";
import { paypalBuyers } from "../seed-data/paypal-buyers";

/** `GET /`: what the sandbox offers, with links, so a newcomer can find their way around. */
export function registerIndex(router: Router, deps: SandboxDeps, smtpPort: () => number): void {
  router.on("GET", "/", (ctx) => {
    const base = deps.publicUrl;
    const logins = Object.values(demoUsers).map(
      (u) =>
        html`<tr>
          <td><code>${u.email}</code></td>
          <td><code>${u.password}</code></td>
          <td>${u.describe}</td>
        </tr>`,
    );
    const body = html`<h1>Upstream sandbox</h1>
      <p>
        Stand-ins for WHMCS, the platform API, the platform dashboard and SMTP, speaking the real
        wire formats.
      </p>
      <h2>Endpoints</h2>
      <ul>
        <li>
          WHMCS API: <code>POST ${base}/whmcs/includes/api.php</code> (identifier
          <code>${credentials.whmcsIdentifier}</code>, secret
          <code>${credentials.whmcsSecret}</code>) — ${implementedWhmcsActions.join(", ")}
        </li>
        <li>WHMCS SSO landing: <code>${base}/whmcs/oauth/singlesignon.php?access_token=…</code></li>
        <li>
          Platform API:
          <code>${base}/jelastic/1.0/&lt;group&gt;/&lt;service&gt;/rest/&lt;method&gt;</code> —
          ${implementedPlatformMethods.join(", ")}
        </li>
        <li>
          Platform one-time login:
          <code
            >${base}/jelastic-reg/GenerateAuthLink?email=…&amp;session=${credentials.platformAdminToken}</code
          >
        </li>
        <li>Dashboard stand-in: <a href="/jelastic/dashboard/">/jelastic/dashboard/</a></li>
        <li>
          Stripe API: <code>${base}/v1/…</code> (key <code>sk_test_sandbox</code>), hosted checkout
          <code>${base}/c/pay/&lt;session&gt;</code>, 3-D Secure password
          <code>Auth-3DS-2026</code>, webhook controls
          <a href="/_control/webhooks">/_control/webhooks</a>
        </li>
        <li>
          PayPal REST: <code>${base}/paypal/v2/checkout/orders</code> (client id
          <code>sandbox_paypal_client_id</code>, secret <code>sandbox_paypal_client_secret</code>),
          JS SDK <code>${base}/paypal/sdk/js</code>, SDK harness
          <a href="/paypal/_harness">/paypal/_harness</a>, webhook events
          <a href="/_control/paypal/events">/_control/paypal/events</a>
        </li>
        <li>Inbox: <a href="/inbox">/inbox</a> (SMTP on <code>127.0.0.1:${smtpPort()}</code>)</li>
        <li>
          Control: <a href="/_control/health">/_control/health</a>,
          <a href="/_control/faults">/_control/faults</a>,
          <a href="/_control/emails">/_control/emails</a>, <code>POST /_control/reset</code>,
          <code>POST /_control/expire-sessions</code>
        </li>
      </ul>
      <h2>Demo logins</h2>
      <table aria-label="Demo logins">
        <thead>
          <tr>
            <th>Email</th>
            <th>Password</th>
            <th>What it is</th>
          </tr>
        </thead>
        <tbody>
          ${logins}
        </tbody>
      </table>
      <h2>PayPal buyers</h2>
      <table aria-label="PayPal buyers">
        <thead>
          <tr>
            <th>Email</th>
            <th>Password</th>
            <th>What it is</th>
          </tr>
        </thead>
        <tbody>
          ${Object.values(paypalBuyers).map(
            (b) =>
              html`<tr>
                <td><code>${b.email}</code></td>
                <td><code>${b.password}</code></td>
                <td>${b.describe}</td>
              </tr>`,
          )}
        </tbody>
      </table>
      <p>
        Guest card ("Debit or Credit Card"): 4242 4242 4242 4242 pays, 4000 0000 0000 0002 and 4000
        0000 0000 9995 are declined, 4000 0000 0000 0341 approves but its capture is declined.
      </p>`;
    sendHtml(ctx.res, 200, page("Sandbox", "Upstream sandbox", body));
  });
}
