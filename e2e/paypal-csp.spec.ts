import { expect, test, type Page } from "@playwright/test";
import { createPayPalClient } from "../lib/paypal";
import config, { PORTAL_URL, SANDBOX_URL } from "../playwright.config";
import { paypalBuyers } from "../sandbox/seed-data/paypal-buyers";

/**
 * The stand-in PayPal SDK under the portal's REAL Content-Security-Policy (which names the stack's
 * sandbox through PAYPAL_SDK_URL): a probe page at the portal's origin carries the portal's CSP header,
 * loads the loader with the CSP nonce, and a buyer approves in the framed dialog without a violation.
 *
 * The probe page is fulfilled by Playwright, so Chromium cannot tell it came from the loopback portal
 * and would block its requests to the loopback sandbox (Local Network Access); a real portal page is
 * loopback itself. That check alone is switched off for this file.
 */
test.use({
  launchOptions: {
    ...config.use?.launchOptions,
    args: [
      ...(config.use?.launchOptions?.args ?? []),
      "--disable-features=LocalNetworkAccessChecks",
    ],
  },
});

const log = (page: Page) => page.getByRole("log", { name: "Events" });
const checkout = (page: Page) => page.frameLocator('iframe[title="PayPal checkout"]');

async function createdOrderId(page: Page): Promise<string> {
  const entry = log(page)
    .getByText(/^created /)
    .last();
  await expect(entry).toBeVisible();
  return (await entry.textContent())!.replace("created ", "").trim();
}

test("the portal's Content-Security-Policy lets the SDK load, open its dialog and approve", async ({
  page,
  request,
}) => {
  // The portal's real CSP (it names the stack's sandbox from PAYPAL_SDK_URL) on a probe page at the
  // portal's origin; the stack's sandbox serves loader, SDK and approval pages.
  const csp = (await request.get(`${PORTAL_URL}/login`)).headers()["content-security-policy"] ?? "";
  const nonce = /'nonce-([^']+)'/.exec(csp)?.[1] ?? "";
  expect(csp).toContain(`frame-src 'self' ${SANDBOX_URL}`);
  const violations: string[] = [];
  page.on("console", (message) => {
    if (message.text().includes("Content Security Policy")) violations.push(message.text());
  });
  const probe = `<!doctype html><html lang="en"><head><title>CSP probe</title></head><body><main>
<div id="buttons"></div><ul id="log" role="log" aria-label="Events"></ul></main>
<script nonce="${nonce}" src="${SANDBOX_URL}/paypal/_harness/paypal-js.js"></script>
<script nonce="${nonce}">
function log(t){var li=document.createElement("li");li.textContent=t;document.getElementById("log").appendChild(li);}
window.paypalLoadScript({clientId:"sandbox_paypal_client_id",currency:"USD",dataCspNonce:"${nonce}",
  sdkBaseUrl:"${SANDBOX_URL}/paypal/sdk/js"}).then(function(paypal){return paypal.Buttons({
  createOrder:function(){return fetch("${SANDBOX_URL}/paypal/_harness/orders",{method:"POST",
    body:JSON.stringify({paymentSource:"paypal"})}).then(function(r){return r.json();})
    .then(function(o){log("created "+o.id);return o.id;});},
  onApprove:function(d){log("approved "+d.orderID+" "+d.paymentSource);},
  onError:function(e){log("error "+e.message);}}).render("#buttons");})
  .catch(function(e){log("load-error "+e.message);});
</script></body></html>`;
  await page.route(`${PORTAL_URL}/paypal-csp-probe`, (route) =>
    route.fulfill({
      contentType: "text/html",
      headers: { "content-security-policy": csp },
      body: probe,
    }),
  );
  await page.goto(`${PORTAL_URL}/paypal-csp-probe`);
  await page.getByRole("button", { name: "PayPal", exact: true }).click();
  const orderId = await createdOrderId(page);
  const frame = checkout(page);
  await frame.getByLabel("Email").fill(paypalBuyers.buyer.email);
  await frame.getByLabel("Password").fill(paypalBuyers.buyer.password);
  await frame.getByRole("button", { name: "Log In" }).click();
  await frame.getByRole("button", { name: "Pay Now" }).click();
  await expect(log(page)).toContainText(`approved ${orderId} paypal`);
  expect(violations).toEqual([]);
  const stackPaypal = createPayPalClient({
    apiUrl: `${SANDBOX_URL}/paypal`,
    clientId: "sandbox_paypal_client_id",
    clientSecret: "sandbox_paypal_client_secret",
  });
  expect((await stackPaypal.getOrder(orderId)).status).toBe("approved");
});
