import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import type { SandboxDeps } from "../context";
import { readJson } from "../http/body";
import { sendHtml, sendJson, sendText } from "../http/respond";
import type { Router } from "../http/router";
import { newOrder } from "./orders";
import { orderJson } from "./representation";
import { paypalCredentials } from "./state";

/**
 * `/paypal/_harness`: a test-only merchant page that loads the stand-in SDK with the REAL
 * `@paypal/paypal-js` loader (its browser build, served from node_modules) through `sdkBaseUrl`, and a
 * tiny "merchant server" endpoint that creates orders. The browser test drives it; nothing else uses it.
 */
const require = createRequire(import.meta.url);
let loaderSource: string | null = null;

function loader(): string {
  // The package exports only its module entries; the browser build sits next to them in dist/.
  const cjsEntry = require.resolve("@paypal/paypal-js");
  loaderSource ??= readFileSync(join(dirname(dirname(cjsEntry)), "iife", "paypal-js.js"), "utf8");
  return loaderSource;
}

const PAGE = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8" /><title>PayPal SDK harness</title></head>
<body>
<main>
<h1>PayPal SDK harness</h1>
<label><input type="checkbox" id="vault" /> Save PayPal for future payments</label>
<div id="buttons"></div>
<h2>Events</h2>
<ul id="log" role="log" aria-label="Events"></ul>
</main>
<script src="/paypal/_harness/paypal-js.js"></script>
<script>
(function () {
  var q = new URLSearchParams(location.search);
  function log(text) {
    var li = document.createElement("li");
    li.textContent = text;
    document.getElementById("log").appendChild(li);
  }
  window.paypalLoadScript({
    clientId: q.get("client-id") || "${paypalCredentials.clientId}",
    currency: "USD",
    intent: "capture",
    components: "buttons",
    enableFunding: "card",
    disableFunding: q.get("disable-funding") || "venmo,paylater",
    dataPageType: "checkout",
    dataNamespace: "paypal",
    sdkBaseUrl: location.origin + "/paypal/sdk/js"
  }).then(function (paypal) {
    log("loaded " + JSON.stringify(paypal.__sandbox));
    return paypal.Buttons({
      onClick: function (data) { log("clicked " + data.fundingSource); },
      createOrder: function (data) {
        return fetch("/paypal/_harness/orders", {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ paymentSource: data.paymentSource, vault: document.getElementById("vault").checked })
        }).then(function (r) { return r.json(); }).then(function (order) {
          log("created " + order.id);
          return order.id;
        });
      },
      onApprove: function (data) { log("approved " + data.orderID + " " + data.paymentSource); },
      onCancel: function (data) { log("cancelled " + data.orderID); },
      onError: function (error) { log("error " + error.message); }
    }).render("#buttons");
  }).catch(function (error) { log("load-error " + error.message); });
})();
</script>
</body>
</html>`;

export function registerHarness(router: Router, deps: SandboxDeps): void {
  router.on("GET", "/paypal/_harness", (ctx) => sendHtml(ctx.res, 200, PAGE));
  router.on("GET", "/paypal/_harness/paypal-js.js", (ctx) =>
    sendText(ctx.res, 200, loader(), "application/javascript"),
  );
  router.on("POST", "/paypal/_harness/orders", async (ctx) => {
    // Callable from a page on another origin (the portal-CSP browser test); test-only endpoint.
    ctx.res.setHeader("access-control-allow-origin", "*");
    const body = ((await readJson(ctx.req).catch(() => undefined)) ?? {}) as {
      paymentSource?: string;
      vault?: boolean;
    };
    // Like a real merchant server: vault only a PayPal account, and only with the buyer's consent.
    const vault = body.vault === true && body.paymentSource === "paypal";
    const order = newOrder(deps, paypalCredentials.clientId, {
      intent: "CAPTURE",
      purchase_units: [{ amount: { currency_code: "USD", value: "10.00" }, custom_id: "harness" }],
      ...(vault
        ? {
            payment_source: {
              paypal: {
                attributes: {
                  vault: {
                    store_in_vault: "ON_SUCCESS",
                    usage_type: "MERCHANT",
                    customer_type: "CONSUMER",
                  },
                },
              },
            },
          }
        : {}),
    });
    sendJson(ctx.res, 201, orderJson(deps, order));
  });
}
